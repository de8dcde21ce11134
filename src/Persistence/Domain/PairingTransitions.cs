using MentorGraph.Persistence.Entities;

namespace MentorGraph.Persistence.Domain;

/// <summary>
/// Changes a pairing's status the one way the schema expects: checked against
/// <see cref="PairingStateMachine"/>, with <c>started_at</c> / <c>ended_at</c> set as the CHECKs require and an
/// entry appended to the status history (saved with the pairing, in the same transaction); any transition
/// clears <c>at_risk</c> (see <see cref="AtRiskRule"/>).
/// </summary>
public static class PairingTransitions
{
    /// <summary>How long a proposal waits for an answer unless the application configures otherwise.</summary>
    public static readonly TimeSpan DefaultRespondWithin = TimeSpan.FromDays(14);

    /// <summary>Makes <paramref name="pairing"/> a new proposal and writes the first history entry (from null).</summary>
    public static void Propose(Pairing pairing, long? byPersonId, DateTimeOffset at, TimeSpan respondWithin)
    {
        if (respondWithin <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(respondWithin), respondWithin, "A proposal needs time to be answered.");
        }

        pairing.Status = PairingStatus.Proposed;
        pairing.ProposedById = byPersonId;
        pairing.ProposedAt = at;
        pairing.RespondBy = at + respondWithin;
        pairing.StatusHistory.Add(new PairingStatusChange { From = null, To = PairingStatus.Proposed, ByPersonId = byPersonId, At = at });
    }

    /// <summary>
    /// Takes <paramref name="action"/>'s edge: null when done (status, dates and history changed, not saved),
    /// else the violation, and nothing changed.
    /// </summary>
    public static RuleViolation? Apply(Pairing pairing, PairingAction action, long? byPersonId, string? reason, DateTimeOffset at)
    {
        if (PairingStateMachine.Check(pairing.Status, action) is { } refused)
        {
            return refused;
        }

        var from = pairing.Status;
        var to = PairingStateMachine.TargetOf(action);
        pairing.Status = to;
        if (to == PairingStatus.Active && pairing.StartedAt is null)
        {
            pairing.StartedAt = at;
        }

        if (PairingStateMachine.IsClosed(to))
        {
            pairing.EndedAt = at;
        }

        // Only an ACTIVE pairing can be at risk (AtRiskRule): leaving ACTIVE clears the flag now rather than at
        // the housekeeping job's next run. Becoming ACTIVE (accept, resume) restarts the rule's clock, so the
        // flag stays false until the job finds the pairing quiet again.
        pairing.AtRisk = false;

        pairing.StatusHistory.Add(new PairingStatusChange { From = from, To = to, ByPersonId = byPersonId, At = at, Reason = reason });
        return null;
    }
}
