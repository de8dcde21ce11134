namespace MentorGraph.Persistence.Entities;

/// <summary>
/// A mentoring program, a cohort (table <c>programs</c>; the GraphQL type <c>Program</c>). Not named
/// <c>Program</c> in C#: the host's top-level <c>Program</c> class would win that name in its files.
/// </summary>
public sealed class MentoringProgram : IVersioned
{
    public long Id { get; set; }

    public string Name { get; set; } = "";

    public string Description { get; set; } = "";

    public string Goals { get; set; } = "";

    public DateOnly StartsOn { get; set; }

    /// <summary>On or after <see cref="StartsOn"/> (a CHECK).</summary>
    public DateOnly EndsOn { get; set; }

    /// <summary>The cadence new pairings of the program start with.</summary>
    public Cadence DefaultCadence { get; set; }

    public int Version { get; set; } = 1;

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public List<Pairing> Pairings { get; set; } = [];
}
