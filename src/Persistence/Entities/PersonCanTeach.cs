namespace MentorGraph.Persistence.Entities;

/// <summary>A topic a person can teach (table <c>person_can_teach</c>); inserted and deleted, never updated.</summary>
public sealed class PersonCanTeach
{
    public long PersonId { get; set; }

    public Person Person { get; set; } = null!;

    public string TopicId { get; set; } = "";

    public Topic Topic { get; set; } = null!;
}
