namespace MentorGraph.Persistence.Entities;

/// <summary>
/// The direction of learning a note's classification gives: the classifier's three labels (UPWARD,
/// DOWNWARD, MUTUAL). Lessons use <see cref="LearningDirection"/>, which has no MUTUAL.
/// </summary>
public enum NoteDirection
{
    Upward,
    Downward,
    Mutual,
}
