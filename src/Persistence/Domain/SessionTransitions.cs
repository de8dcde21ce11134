using MentorGraph.Persistence.Entities;

namespace MentorGraph.Persistence.Domain;

/// <summary>
/// Changes a session's status as the schema expects: an edge of <see cref="SessionStateMachine"/>, and
/// <c>occurred_at</c> set exactly when COMPLETED, never in the future (MG007).
/// </summary>
public static class SessionTransitions
{
    /// <summary>SCHEDULED → COMPLETED at <paramref name="occurredAt"/> (not after <paramref name="now"/>), optionally with the real duration.</summary>
    public static RuleViolation? Complete(Session session, DateTimeOffset occurredAt, int? durationMinutes, DateTimeOffset now)
    {
        if (SessionStateMachine.Check(session.Status, SessionAction.Complete) is { } refused)
        {
            return refused;
        }

        if (occurredAt > now)
        {
            return new RuleViolation(RuleViolationKind.Invalid, DatabaseRuleViolations.OccurredInFuture, "A session cannot have occurred in the future.")
            {
                Field = "occurredAt",
            };
        }

        session.Status = SessionStatus.Completed;
        session.OccurredAt = occurredAt;
        if (durationMinutes is { } minutes)
        {
            session.DurationMinutes = minutes;
        }

        return null;
    }

    /// <summary>SCHEDULED → CANCELLED (<see cref="SessionAction.Cancel"/>) or MISSED (<see cref="SessionAction.MarkMissed"/>), with why.</summary>
    public static RuleViolation? Close(Session session, SessionAction action, string? reason)
    {
        if (action == SessionAction.Complete)
        {
            throw new ArgumentException($"Use {nameof(Complete)} to complete a session.", nameof(action));
        }

        if (SessionStateMachine.Check(session.Status, action) is { } refused)
        {
            return refused;
        }

        session.Status = SessionStateMachine.TargetOf(action);
        session.StatusReason = reason;
        return null;
    }
}
