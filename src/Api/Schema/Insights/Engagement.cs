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

/// <summary><c>engagement</c>'s answer from the raw figures, with the privacy rule (fewer than k people: suppressed) and the derived ratios.</summary>
public static class Engagement
{
    public static EngagementView View(EngagementFigures figures, int k)
    {
        if (figures.People < k)
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
