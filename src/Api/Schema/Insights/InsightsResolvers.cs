using MentorGraph.Api.Configuration;
using MentorGraph.GraphQL;
using MentorGraph.GraphQL.Execution.Binding;
using MentorGraph.GraphQL.Types;
using MentorGraph.Persistence.Insights;

namespace MentorGraph.Api.Schema.Insights;

/// <summary>
/// The insights (EXECUTIVE, ANALYST, ADMIN — the SDL's <c>@authorize</c>; a MEMBER gets FORBIDDEN): aggregates
/// only, read from the trend tables (<see cref="TopicTrendTables"/>), with the privacy rules of
/// <see cref="TrendingTopics"/>.
/// </summary>
internal static class InsightsResolvers
{
    /// <summary>The most groupings of one knowledgeFlow (three already make hundreds of groups, most of them suppressed).</summary>
    public const int MaxGroupings = 3;

    public static SchemaBuilder AddInsights(this SchemaBuilder builder) => builder
        .BindEnum<TrendPeriod>("TrendGranularity")
        .BindType<TopicTrendView>("TopicTrend")
        .BindType<TrendPointView>("TrendPoint")
        .BindEnum<FlowDimension>("FlowGrouping")
        .BindType<FlowGroupView>("FlowGroup")
        .ResolveArguments<KnowledgeFlowArguments>("Query.knowledgeFlow", async (arguments, context) =>
        {
            var period = arguments.Period.Checked();
            if (arguments.GroupBy.Count > MaxGroupings || arguments.GroupBy.Distinct().Count() != arguments.GroupBy.Count)
            {
                throw new GraphQLException($"groupBy takes at most {MaxGroupings} groupings, each once.", ErrorCodes.BadUserInput);
            }

            var services = context.Services ?? throw new InvalidOperationException("Insights need the request's services.");
            var settings = services.GetRequiredService<InsightsSettings>();
            var filter = arguments.Where?.ToFilter() ?? new FlowFilter();
            var dimensions = KnowledgeFlow.Dimensions(arguments.GroupBy, filter);
            var cells = await services.GetRequiredService<KnowledgeFlowQuery>().ReadAsync(
                dimensions, period.From, period.To, settings.MinimumGroupSize, new FlowFilter(), context.CancellationToken);
            return KnowledgeFlow.Groups(cells, dimensions, arguments.GroupBy, filter, settings.MinimumGroupSize);
        })
        .ResolveArguments<TrendingTopicsArguments>("Query.trendingTopics", async (arguments, context) =>
        {
            var period = arguments.Period.Checked();
            var series = period.CompletePeriods(arguments.Granularity);
            if (series.Count == 0)
            {
                var unit = arguments.Granularity == TrendPeriod.Week ? "ISO week (Monday to Sunday)" : "calendar month";
                throw new GraphQLException(
                    $"The period {period.From:yyyy-MM-dd} to {period.To:yyyy-MM-dd} holds no complete {unit} to judge; make it longer.", ErrorCodes.BadUserInput);
            }

            var services = context.Services ?? throw new InvalidOperationException("Insights need the request's services.");
            var settings = services.GetRequiredService<InsightsSettings>();
            var test = settings.TrendTest;
            var first = series[0];
            var baselineFirst = arguments.Granularity == TrendPeriod.Week
                ? series[^1].AddDays(-7 * test.BaselinePeriods)
                : series[^1].AddMonths(-test.BaselinePeriods);
            var rows = await services.GetRequiredService<Data.ReadDatabase>().TopicTrends.ReadAsync(
                arguments.Granularity, baselineFirst < first ? baselineFirst : first, series[^1], context.CancellationToken);
            return TrendingTopics.Compute(rows, arguments.Granularity, series, settings.MinimumGroupSize, test);
        });
}
