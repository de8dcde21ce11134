namespace MentorGraph.Persistence.Entities;

/// <summary>
/// The direction of a lesson, derived from who taught (<see cref="Domain.LessonRules"/>): UPWARD when the
/// pairing's junior taught the senior (reverse mentoring), DOWNWARD when the senior taught the junior.
/// A lesson has one teacher, so it is never MUTUAL; a note's classification can be (<see cref="NoteDirection"/>).
/// </summary>
public enum LearningDirection
{
    Upward,
    Downward,
}
