namespace MentorGraph.Persistence.Entities;

/// <summary>Who may read a session note: PAIR (both participants, and ADMIN for review) or PRIVATE (its author only).</summary>
public enum NoteVisibility
{
    Pair,
    Private,
}
