namespace MentorGraph.Persistence.Entities;

/// <summary>An organisational unit (table <c>departments</c>); its name is unique case-insensitively.</summary>
public sealed class Department : IVersioned
{
    public long Id { get; set; }

    public string Name { get; set; } = "";

    public int Version { get; set; } = 1;

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public List<Person> People { get; set; } = [];
}
