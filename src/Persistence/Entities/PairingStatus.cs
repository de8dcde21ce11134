namespace MentorGraph.Persistence.Entities;

/// <summary>
/// Where a pairing is in its life; the allowed changes are <see cref="Domain.PairingStateMachine"/>'s
/// edges (and the database's trigger <c>pairings_check_status_edge</c>).
/// </summary>
public enum PairingStatus
{
    Proposed,
    Active,
    Paused,
    Completed,
    Cancelled,
    Declined,
    Expired,
}
