namespace MentorGraph.Persistence.Domain;

/// <summary>
/// What can happen to a pairing; each is exactly one kind of edge (<see cref="PairingStateMachine.EdgesOf"/>).
/// The first six are the API's mutations (acceptPairing, ...); <see cref="Expire"/> is the expiry job's;
/// <see cref="CancelForLeaver"/> is what deactivating a participant does to their open pairings.
/// </summary>
public enum PairingAction
{
    /// <summary>PROPOSED → ACTIVE.</summary>
    Accept,

    /// <summary>PROPOSED → DECLINED.</summary>
    Decline,

    /// <summary>ACTIVE → PAUSED.</summary>
    Pause,

    /// <summary>PAUSED → ACTIVE.</summary>
    Resume,

    /// <summary>ACTIVE | PAUSED → COMPLETED.</summary>
    Complete,

    /// <summary>ACTIVE | PAUSED → CANCELLED.</summary>
    Cancel,

    /// <summary>PROPOSED → EXPIRED (no answer by <c>respondBy</c>).</summary>
    Expire,

    /// <summary>PROPOSED | ACTIVE | PAUSED → CANCELLED, when a participant is deactivated (not a mutation of its own).</summary>
    CancelForLeaver,
}
