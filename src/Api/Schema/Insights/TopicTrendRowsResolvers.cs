using MentorGraph.Api.Configuration;
using MentorGraph.Api.Exports;
using MentorGraph.Api.Schema.Common;
using MentorGraph.GraphQL.Data.Binding;
using MentorGraph.GraphQL.Execution;
using MentorGraph.GraphQL.Execution.Binding;
using MentorGraph.GraphQL.Types;
using MentorGraph.Persistence.Insights;

namespace MentorGraph.Api.Schema.Insights;

/// <summary>
/// <c>topicTrends</c> (EXECUTIVE, ANALYST, ADMIN — the SDL's <c>@authorize</c>): the rows of <see cref="TopicTrendRows"/> as a
/// connection (<c>TopicTrendsConnection</c>, filtered with <c>TopicTrendFilterInput</c>, sorted with <c>TopicTrendSortInput</c>).
/// </summary>
internal static class TopicTrendRowsResolvers
{
    public static SchemaBuilder AddTopicTrendRows(this SchemaBuilder builder) => builder
        .BindType<TopicTrendRowView>("TopicTrendRow")
        .Resolve("TopicTrendRow.topic", context => TopicIds.Topic(Row(context).TopicId))
        .Resolve("TopicTrendRow.lessons", LessonsAsync)
        .ResolveConnection(
            "Query.topicTrends",
            TopicTrendRows.Shape,
            async context =>
            {
                var services = context.Services ?? throw new InvalidOperationException("Insights need the request's services.");
                var tables = services.GetRequiredService<TopicTrendTables>();
                var k = services.GetRequiredService<InsightsSettings>().MinimumGroupSize;
                var weeks = await tables.ReadAsync(TrendPeriod.Week, DateOnly.MinValue, DateOnly.MaxValue, context.CancellationToken);
                var months = await tables.ReadAsync(TrendPeriod.Month, DateOnly.MinValue, DateOnly.MaxValue, context.CancellationToken);
                return TopicTrendRows.Visible(weeks, months, k).AsQueryable();
            },
            settings => settings
                .OrderByDefault(r => r.GranularityName, descending: true)
                .OrderByDefault(r => r.PeriodStart)
                .OrderByDefault(r => r.TopicId));

    /// <summary>
    /// The row's lessons after the lessons rule (<see cref="TopicTrendLessons"/>, as the export and the view): null when the
    /// row is suppressed or the rule hides the topic's lessons of the period. One batch per page: the lessons of the page's
    /// periods are read (runs of consecutive periods), not the whole history the connection pages over.
    /// </summary>
    private static async ValueTask<object?> LessonsAsync(IResolveFieldContext context)
    {
        var row = Row(context);
        if (row.Lessons is not { } lessons)
        {
            return null;
        }

        var loader = context.DataLoaders.GetOrAdd<long, HashSet<string>>("TopicTrendRow.lessonsHidden", async (keys, token) =>
        {
            var services = context.Services ?? throw new InvalidOperationException("Insights need the request's services.");
            var settings = services.GetRequiredService<InsightsSettings>();
            var periods = keys.Select(key => (Granularity: key % 2 == 0 ? "WEEK" : "MONTH", Start: DateOnly.FromDayNumber((int)(key / 2)))).ToList();
            var hidden = await TopicTrendLessons.ForPeriodsAsync(
                services.GetRequiredService<Data.ReadDatabase>().DataSource, periods, settings.TimeZone, settings.MinimumGroupSize, token);
            return keys.Zip(periods).ToDictionary(x => x.First, x => hidden[x.Second]);
        });
        var hidden = await loader.LoadAsync(row.PeriodKey) ?? throw new InvalidOperationException($"The lessons rule decided nothing for {row.GranularityName} {row.PeriodStart}.");
        return hidden.Contains(row.TopicId) ? null : lessons;
    }

    private static TopicTrendRowView Row(IResolveFieldContext context) =>
        context.Source as TopicTrendRowView ?? throw new InvalidOperationException("TopicTrendRow fields resolve on TopicTrendRowView.");
}
