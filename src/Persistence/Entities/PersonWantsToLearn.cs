namespace MentorGraph.Persistence.Entities;

/// <summary>A topic a person wants to learn (table <c>person_wants_to_learn</c>); inserted and deleted, never updated.</summary>
public sealed class PersonWantsToLearn
{
    public long PersonId { get; set; }

    public Person Person { get; set; } = null!;

    public string TopicId { get; set; } = "";

    public Topic Topic { get; set; } = null!;
}
