using MentorGraph.Persistence.Entities;

namespace MentorGraph.Persistence.Domain;

/// <summary>
/// A lesson's derived fields — the learner is the other participant, and the direction is UPWARD when
/// the junior teaches, DOWNWARD when the senior does — and its consistency rules, as the trigger
/// <c>lessons_check</c> enforces them (MG003, MG005, MG006).
/// </summary>
public static class LessonRules
{
    /// <summary>The direction of a lesson taught by <paramref name="teacherId"/>, a participant of <paramref name="pairing"/>.</summary>
    public static LearningDirection DirectionOf(Pairing pairing, long teacherId) =>
        teacherId == pairing.JuniorId ? LearningDirection.Upward
        : teacherId == pairing.SeniorId ? LearningDirection.Downward
        : throw new ArgumentException($"Person {teacherId} is not a participant of pairing {pairing.Id}.", nameof(teacherId));

    /// <summary>
    /// Sets the lesson's pairing, teacher, learner and direction: null when done, else the MG003
    /// violation on <c>teacherId</c> and nothing changed.
    /// </summary>
    public static RuleViolation? AssignTeacher(Lesson lesson, Pairing pairing, long teacherId)
    {
        if (PairingRules.CheckParticipant(pairing, teacherId, "teacherId") is { } notParticipant)
        {
            return notParticipant;
        }

        lesson.PairingId = pairing.Id;
        lesson.TeacherId = teacherId;
        lesson.LearnerId = teacherId == pairing.SeniorId ? pairing.JuniorId : pairing.SeniorId;
        lesson.Direction = DirectionOf(pairing, teacherId);
        return null;
    }

    /// <summary>Null when <paramref name="session"/> is one of <paramref name="pairing"/>'s; else the MG005 violation on <c>sessionId</c>.</summary>
    public static RuleViolation? CheckSession(Pairing pairing, Session session) =>
        session.PairingId == pairing.Id
            ? null
            : new RuleViolation(RuleViolationKind.Invalid, DatabaseRuleViolations.LessonSessionOfAnotherPairing, "The session belongs to another pairing.")
            {
                Field = "sessionId",
            };
}
