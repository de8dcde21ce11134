namespace MentorGraph.Api.Seed;

/// <summary>What a seed run did.</summary>
/// <param name="Counts">What was generated and loaded (nothing when <paramref name="Skipped"/>).</param>
/// <param name="Skipped">The database had people and the mode was <see cref="SeedMode.IfEmpty"/>: nothing was done.</param>
/// <param name="ExistingPeople">People in the database before the run.</param>
/// <param name="Deleted">With <see cref="SeedMode.Force"/>: the rows deleted first, by table.</param>
/// <param name="RisingTargets">Notes each rising topic got in each of the last 4 complete weeks.</param>
/// <param name="Load">Rows and time per table of the COPY (generation included: rows are made as COPY asks for them).</param>
/// <param name="Vacuum">The VACUUM (ANALYZE) after the commit.</param>
public sealed record SeedResult(
    SeedCounts Counts,
    bool Skipped,
    long ExistingPeople,
    IReadOnlyDictionary<string, long> Deleted,
    IReadOnlyDictionary<string, int[]> RisingTargets,
    IReadOnlyList<(string Table, long Rows, TimeSpan Time)> Load,
    TimeSpan Vacuum,
    TimeSpan Elapsed);
