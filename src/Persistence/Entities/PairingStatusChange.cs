namespace MentorGraph.Persistence.Entities;

/// <summary>
/// One entry of a pairing's status history (table <c>pairing_status_changes</c>), append-only: the first
/// has no <see cref="From"/> (the proposal), then one per transition.
/// </summary>
public sealed class PairingStatusChange
{
    public long Id { get; set; }

    public long PairingId { get; set; }

    public Pairing Pairing { get; set; } = null!;

    /// <summary>Null on the first entry.</summary>
    public PairingStatus? From { get; set; }

    public PairingStatus To { get; set; }

    /// <summary>Who made the change; null for the system (expiry) or an integration.</summary>
    public long? ByPersonId { get; set; }

    public Person? By { get; set; }

    public DateTimeOffset At { get; set; }

    public string? Reason { get; set; }
}
