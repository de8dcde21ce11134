using MentorGraph.Persistence.Insights;

namespace MentorGraph.Api.Schema.Insights;

/// <summary>The GraphQL type <c>Engagement</c>: every number null when <see cref="Suppressed"/>.</summary>
public sealed record EngagementView(
    bool Suppressed, int? ActivePairings, int? PausedPairings, int? PairingsActiveInPeriod, int? SessionsHeld, int? SessionsExpected,
    double? CadenceAdherence, int? AtRiskPairings, int? ProposalsWaiting, double? AverageProposalAgeDays, int? OldestProposalAgeDays,
    int? FeedbackCount, double? AverageFeedbackRating, int? LessonsRecorded, double? LessonsPerPairing)
{
    /// <summary>The answer when the figures rest on fewer than k people: no numbers, never zeros.</summary>
    public static EngagementView SuppressedView { get; } = new(true, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
}

/// <summary>The arguments of <c>Query.engagement</c>.</summary>
public sealed record EngagementArguments(PeriodInput Period, EngagementFilterInput? Where);

/// <summary>The GraphQL input <c>EngagementFilterInput</c>: ids as the API gives them.</summary>
public sealed record EngagementFilterInput(string? ProgramId, string? DepartmentId)
{
    /// <summary>The filter in database keys; a malformed id or one of another type is a BAD_USER_INPUT error.</summary>
    public EngagementFilter ToFilter() => new(
        ProgramId is null ? null : Common.Ids.ForArgument(ProgramId, Nodes.NodeTypes.Program, "where.programId"),
        DepartmentId is null ? null : Common.Ids.ForArgument(DepartmentId, Nodes.NodeTypes.Department, "where.departmentId"));
}

/// <summary>
/// <c>engagement</c>'s privacy rule and its answer from the raw figures. The answer rests on the people of the pairings in
/// its scope; its group is theirs in what it is filtered on: everyone (no filter), a program's pairings' people, a
/// department's own people in the pairings (partners from other departments do not make a small department big), or both.
/// Fewer than k of them: suppressed. And as a filter is a grouping of which one group is shown, the answer is the group of
/// the filter's grid — by program, by department, or by both — decided by <see cref="LatticeSuppression"/> over every
/// program and department: a department is suppressed when the smallest visible one must hide with a small one, so the
/// company's answer minus the other departments' does not give back a small department. (Pairings across two
/// departments count in both; the rule treats a line of departments as if it added up to the total, which only makes
/// the subtraction less exact.)
/// </summary>
public static class Engagement
{
    /// <summary>
    /// Whether the answer for <paramref name="filter"/> is suppressed, decided over <paramref name="grid"/> — the cells of
    /// every program and/or department the filter names (<see cref="EngagementQuery.ReadPeopleGridAsync"/>).
    /// </summary>
    public static bool Suppressed(IReadOnlyList<EngagementCell> grid, EngagementFilter filter, int k)
    {
        var byProgram = filter.ProgramId is not null;
        var byDepartment = filter.DepartmentId is not null;
        var index = grid.ToList().FindIndex(cell => cell.ProgramId == filter.ProgramId && cell.DepartmentId == filter.DepartmentId && cell.People > 0);
        if (index < 0)
        {
            return true; // nobody: no group to show
        }

        static string? Text(long? id) => id?.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var keys = grid.Select(cell => new LatticeCell([.. (byProgram ? [Text(cell.ProgramId)] : Array.Empty<string?>()), .. (byDepartment ? [Text(cell.DepartmentId)] : Array.Empty<string?>())])).ToList();
        var suppressed = LatticeSuppression.Suppressed(keys, (byProgram ? 1 : 0) + (byDepartment ? 1 : 0), members =>
        {
            var people = DistinctPeople.Count(members.Select(i => (grid[i].People, (IEnumerable<long>?)grid[i].PeopleIds)), k);
            return new GroupMeasure(people < k, people < k ? people : members.Sum(i => grid[i].People));
        });
        return suppressed.Contains(index);
    }

    /// <summary>The answer: the figures with the derived ratios, or no numbers at all when <paramref name="suppressed"/>.</summary>
    public static EngagementView View(EngagementFigures figures, bool suppressed)
    {
        if (suppressed)
        {
            return EngagementView.SuppressedView;
        }

        var expected = (int)Math.Round(figures.SessionsExpected, MidpointRounding.AwayFromZero);
        return new EngagementView(
            false,
            figures.ActivePairings,
            figures.PausedPairings,
            figures.PairingsActiveInPeriod,
            figures.SessionsHeld,
            expected,
            expected == 0 ? null : Math.Round(figures.SessionsHeld / (double)expected, 4),
            figures.AtRiskPairings,
            figures.ProposalsWaiting,
            figures.AverageProposalAgeDays is { } age ? Math.Round(age, 2) : null,
            figures.OldestProposalAgeDays,
            figures.FeedbackCount,
            figures.AverageFeedbackRating is { } rating ? Math.Round(rating, 2) : null,
            figures.LessonsRecorded,
            figures.PairingsActiveInPeriod == 0 ? null : Math.Round(figures.LessonsRecorded / (double)figures.PairingsActiveInPeriod, 2));
    }
}
