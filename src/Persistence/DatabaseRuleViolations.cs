namespace MentorGraph.Persistence;

/// <summary>
/// The SQLSTATEs our triggers raise, class <c>MG</c> (ours; PostgreSQL's own classes are digits and
/// letters that never start with M). Each trigger sets TABLE and, where one column is at fault, COLUMN, so
/// <see cref="DatabaseErrors"/> can name the field; the status triggers' message ends in <c>from X to Y.</c>.
/// The same list is in <c>db/migrations/README.md</c>. Never reuse a code for another rule.
/// </summary>
public static class DatabaseRuleViolations
{
    /// <summary>A pairing's status change is not an edge of the state machine (pairings_check_status_edge).</summary>
    public const string PairingTransitionRefused = "MG001";

    /// <summary>A pairing's senior does not rank above its junior (pairings_check_band_order).</summary>
    public const string BandOrder = "MG002";

    /// <summary>A note's or feedback's author, or a lesson's teacher or learner, is not one of the pairing's two participants.</summary>
    public const string NotAParticipant = "MG003";

    /// <summary>A session's status change is not an edge of the state machine (sessions_check).</summary>
    public const string SessionTransitionRefused = "MG004";

    /// <summary>A lesson's session belongs to another pairing (lessons_check).</summary>
    public const string LessonSessionOfAnotherPairing = "MG005";

    /// <summary>A lesson's direction does not follow from who taught (lessons_check).</summary>
    public const string LessonDirectionMismatch = "MG006";

    /// <summary>A session's occurred_at is in the future (sessions_check; 5 minutes of clock slack).</summary>
    public const string OccurredInFuture = "MG007";

    /// <summary>Feedback on a session that is not COMPLETED (session_feedback_check).</summary>
    public const string FeedbackBeforeCompletion = "MG008";

    /// <summary>A deactivated person in a new open pairing, or one becoming ACTIVE (pairings_check_participants_active).</summary>
    public const string InactiveParticipant = "MG009";

    /// <summary>Every code above.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        PairingTransitionRefused, BandOrder, NotAParticipant, SessionTransitionRefused, LessonSessionOfAnotherPairing,
        LessonDirectionMismatch, OccurredInFuture, FeedbackBeforeCompletion, InactiveParticipant,
    ];
}
