namespace MentorGraph.Api.Seed;

/// <summary>What <c>seed</c> does with a database that already has people.</summary>
public enum SeedMode
{
    /// <summary>Refuses it (the default): nothing is written.</summary>
    Refuse,

    /// <summary>Leaves it alone and succeeds (<c>--if-empty</c>, for scripts that seed a fresh database).</summary>
    IfEmpty,

    /// <summary>Adds a second organisation beside the existing data, changing nothing that is there (<c>--append</c>).</summary>
    Append,

    /// <summary>Deletes all mentoring data first — every row of the domain tables, not the topics — then seeds (<c>--force</c>).</summary>
    Force,
}

/// <summary>The database already has people and the mode says not to touch it.</summary>
public sealed class SeedRefusedException(int people) : Exception(
    $"The database already has {people} {(people == 1 ? "person" : "people")}; nothing was written. "
    + "Use --append to add a second organisation beside them, --force to delete all mentoring data first, "
    + "or --if-empty to do nothing when there are people.")
{
    public int People { get; } = people;
}
