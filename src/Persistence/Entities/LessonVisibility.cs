namespace MentorGraph.Persistence.Entities;

/// <summary>Who may read a lesson: the pair, the program's members, or the whole company (the lesson feed).</summary>
public enum LessonVisibility
{
    Pair,
    Program,
    Company,
}
