namespace MentorGraph.Persistence.Entities;

/// <summary>
/// Who taught whom what (table <c>lessons</c>). Teacher and learner are the pairing's two participants
/// (MG003), the optional session is one of the pairing's (MG005), and <see cref="Direction"/> follows from
/// who taught (MG006) — <see cref="Domain.LessonRules"/> derives learner and direction.
/// </summary>
public sealed class Lesson : IVersioned
{
    public long Id { get; set; }

    public long PairingId { get; set; }

    public Pairing Pairing { get; set; } = null!;

    /// <summary>Null for a lesson learned outside a session.</summary>
    public long? SessionId { get; set; }

    public Session? Session { get; set; }

    public long TeacherId { get; set; }

    public Person Teacher { get; set; } = null!;

    public long LearnerId { get; set; }

    public Person Learner { get; set; } = null!;

    public string Title { get; set; } = "";

    public string Detail { get; set; } = "";

    /// <summary>Set together with <see cref="TopicSource"/> (a CHECK), or both null.</summary>
    public string? TopicId { get; set; }

    public Topic? Topic { get; set; }

    public LabelSource? TopicSource { get; set; }

    public LearningDirection Direction { get; set; }

    public LessonVisibility Visibility { get; set; }

    public int Version { get; set; } = 1;

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
