using MentorGraph.Persistence.Entities;

namespace MentorGraph.Persistence.Domain;

/// <summary>Who may give feedback on a session and when, as the trigger <c>session_feedback_check</c> enforces it.</summary>
public static class FeedbackRules
{
    /// <summary>
    /// Null when <paramref name="authorId"/> may rate <paramref name="session"/> (whose pairing is
    /// <paramref name="pairing"/>): a participant (MG003) of a COMPLETED session (MG008).
    /// </summary>
    public static RuleViolation? Check(Session session, Pairing pairing, long authorId)
    {
        if (PairingRules.CheckParticipant(pairing, authorId, "sessionId") is { } notParticipant)
        {
            return notParticipant;
        }

        return session.Status == SessionStatus.Completed
            ? null
            : new RuleViolation(RuleViolationKind.Invalid, DatabaseRuleViolations.FeedbackBeforeCompletion, "Feedback is for completed sessions.")
            {
                Field = "sessionId",
            };
    }
}
