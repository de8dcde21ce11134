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
                if (weeks.Count + months.Count == 0)
                {
                    return Array.Empty<TopicTrendRowView>().AsQueryable();
                }

                var starts = weeks.Concat(months).Select(r => r.PeriodStart).ToList();
                var read = services.GetRequiredService<Data.ReadDatabase>().DataSource;
                var timeZone = services.GetRequiredService<InsightsSettings>().TimeZone;
                await using var lessons = await TopicTrendLessons.OpenAsync(read, starts.Min(), starts.Max(), timeZone, k, context.CancellationToken);
                return (await TopicTrendRows.VisibleAsync(weeks, months, k, lessons, context.CancellationToken)).AsQueryable();
            },
            settings => settings
                .OrderByDefault(r => r.GranularityName, descending: true)
                .OrderByDefault(r => r.PeriodStart)
                .OrderByDefault(r => r.TopicId));

    private static TopicTrendRowView Row(IResolveFieldContext context) =>
        context.Source as TopicTrendRowView ?? throw new InvalidOperationException("TopicTrendRow fields resolve on TopicTrendRowView.");
}
