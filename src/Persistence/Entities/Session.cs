namespace MentorGraph.Persistence.Entities;

/// <summary>
/// A meeting of a pairing (table <c>sessions</c>). <see cref="ScheduledAt"/> may be in the past (sessions
/// are often recorded afterwards); <see cref="OccurredAt"/> is set exactly when COMPLETED and never in
/// the future (MG007). Change the status with <see cref="Domain.SessionTransitions"/> (MG004).
/// </summary>
public sealed class Session : IVersioned
{
    public long Id { get; set; }

    public long PairingId { get; set; }

    public Pairing Pairing { get; set; } = null!;

    public DateTimeOffset ScheduledAt { get; set; }

    public DateTimeOffset? OccurredAt { get; set; }

    /// <summary>1 to 1440 (a CHECK).</summary>
    public int DurationMinutes { get; set; }

    public SessionFormat Format { get; set; }

    public SessionStatus Status { get; set; } = SessionStatus.Scheduled;

    /// <summary>Why it was cancelled or missed.</summary>
    public string? StatusReason { get; set; }

    public int Version { get; set; } = 1;

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public List<SessionNote> Notes { get; set; } = [];

    public List<SessionFeedback> Feedback { get; set; } = [];

    public List<Lesson> Lessons { get; set; } = [];
}
