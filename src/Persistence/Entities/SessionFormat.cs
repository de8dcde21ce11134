namespace MentorGraph.Persistence.Entities;

/// <summary>How a session is held.</summary>
public enum SessionFormat
{
    Coffee,
    Lunch,
    Video,
    Office,
    Walk,
    Other,
}
