using MentorGraph.Persistence.Entities;

namespace MentorGraph.Api.Seed;

/// <summary>How a person writes notes: the same person sounds the same across their notes.</summary>
public enum WritingStyle
{
    /// <summary>Full sentences, a few of them.</summary>
    Plain,

    /// <summary>Longer, more reflective.</summary>
    Detailed,

    /// <summary>Lower case, dashes, abbreviations.</summary>
    Informal,

    /// <summary>One or two short sentences.</summary>
    Terse,
}

/// <summary>A person of the generated organisation: the row of <c>people</c> plus what the generator needs to write as them.</summary>
public sealed class SeedPerson
{
    public long Id { get; init; }

    public required string FirstName { get; init; }

    public required string LastName { get; init; }

    public string Name => $"{FirstName} {LastName}";

    public required string Email { get; init; }

    public required string Title { get; set; }

    public long DepartmentId { get; init; }

    public required string Department { get; init; }

    public Band Band { get; init; }

    public bool IsFemale { get; init; }

    public WritingStyle Style { get; init; }

    public required IReadOnlyList<string> CanTeach { get; init; }

    public required IReadOnlyList<string> WantsToLearn { get; init; }

    public DateTime CreatedAt { get; init; }

    /// <summary>Set for leavers: only after their last pairing closed.</summary>
    public DateTime? DeactivatedAt { get; set; }

    /// <summary>1, or 2 for a leaver (deactivation is one update).</summary>
    public int Version => DeactivatedAt is null ? 1 : 2;

    public DateTime UpdatedAt => DeactivatedAt ?? CreatedAt;

    /// <summary>How many pairings the person is in, to spread pairings over people.</summary>
    public int Pairings { get; set; }

    public string They => IsFemale ? "she" : "he";

    public string Them => IsFemale ? "her" : "him";

    public string Their => IsFemale ? "her" : "his";
}
