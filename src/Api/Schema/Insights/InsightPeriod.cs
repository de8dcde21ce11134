using MentorGraph.GraphQL;
using MentorGraph.Persistence.Insights;

namespace MentorGraph.Api.Schema.Insights;

/// <summary>The GraphQL input <c>PeriodInput</c>: inclusive ISO dates in the company's time zone.</summary>
public sealed record PeriodInput(DateOnly From, DateOnly To)
{
    /// <summary>The longest period an insight reads (about 10 years): the trend tables' rows stay a few thousand.</summary>
    public const int MaxDays = 3660;

    /// <summary>Throws a BAD_USER_INPUT error when the period is reversed or too long.</summary>
    public PeriodInput Checked()
    {
        if (From > To)
        {
            throw new GraphQLException($"period.from ({From:yyyy-MM-dd}) is after period.to ({To:yyyy-MM-dd}).", ErrorCodes.BadUserInput);
        }

        if (To.DayNumber - From.DayNumber + 1 > MaxDays)
        {
            throw new GraphQLException($"The period spans {To.DayNumber - From.DayNumber + 1} days; at most {MaxDays} are read at once.", ErrorCodes.BadUserInput);
        }

        return this;
    }

    /// <summary>The start of every complete week or month inside the period, oldest first (empty when there is none).</summary>
    public IReadOnlyList<DateOnly> CompletePeriods(TrendPeriod granularity)
    {
        var starts = new List<DateOnly>();
        var start = TopicTrendTables.PeriodStart(granularity, From);
        if (start < From)
        {
            start = TopicTrendTables.NextStart(granularity, start);
        }

        for (; TopicTrendTables.NextStart(granularity, start).AddDays(-1) <= To; start = TopicTrendTables.NextStart(granularity, start))
        {
            starts.Add(start);
        }

        return starts;
    }
}

/// <summary>The arguments of <c>Query.trendingTopics</c>.</summary>
public sealed record TrendingTopicsArguments(PeriodInput Period, TrendPeriod Granularity);

/// <summary>The arguments of <c>Query.knowledgeFlow</c>.</summary>
public sealed record KnowledgeFlowArguments(PeriodInput Period, IReadOnlyList<FlowDimension> GroupBy, KnowledgeFlowFilterInput? Where);

/// <summary>The GraphQL input <c>KnowledgeFlowFilterInput</c>: ids as the API gives them, the topic as its definition.</summary>
public sealed record KnowledgeFlowFilterInput(string? ProgramId, string? DepartmentId, MentorGraph.Analytics.TopicDefinition? Topic)
{
    /// <summary>The filter in database keys; a malformed id or one of another type is a BAD_USER_INPUT error.</summary>
    public FlowFilter ToFilter() => new(
        ProgramId is null ? null : Common.Ids.ForArgument(ProgramId, Nodes.NodeTypes.Program, "where.programId"),
        DepartmentId is null ? null : Common.Ids.ForArgument(DepartmentId, Nodes.NodeTypes.Department, "where.departmentId"),
        Topic?.Name);
}
