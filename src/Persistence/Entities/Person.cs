namespace MentorGraph.Persistence.Entities;

/// <summary>
/// Someone who takes part in mentoring (table <c>people</c>). Never deleted: a leaver is deactivated
/// (<see cref="Active"/> false, <see cref="DeactivatedAt"/> set) and keeps their history.
/// </summary>
public sealed class Person : IVersioned
{
    public long Id { get; set; }

    public string Name { get; set; } = "";

    /// <summary>As entered; unique case-insensitively (index <c>people_email_unique</c>).</summary>
    public string Email { get; set; } = "";

    public string? Title { get; set; }

    public long? DepartmentId { get; set; }

    public Department? Department { get; set; }

    public Band Band { get; set; }

    public bool Active { get; set; } = true;

    /// <summary>Set exactly when <see cref="Active"/> is false (a CHECK).</summary>
    public DateTimeOffset? DeactivatedAt { get; set; }

    public int Version { get; set; } = 1;

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Topics this person can teach. Changing them is an update of the person: mark it modified so its version moves.</summary>
    public List<PersonCanTeach> CanTeach { get; set; } = [];

    /// <summary>Topics this person wants to learn (see <see cref="CanTeach"/> about the version).</summary>
    public List<PersonWantsToLearn> WantsToLearn { get; set; } = [];

    public List<Pairing> PairingsAsSenior { get; set; } = [];

    public List<Pairing> PairingsAsJunior { get; set; } = [];

    public List<Lesson> LessonsTaught { get; set; } = [];

    public List<Lesson> LessonsLearned { get; set; } = [];
}
