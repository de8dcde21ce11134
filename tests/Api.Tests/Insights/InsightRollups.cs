using MentorGraph.Api.Configuration;
using MentorGraph.Api.Exports;
using MentorGraph.Persistence.Insights;
using Npgsql;

namespace MentorGraph.Api.Tests.Insights;

/// <summary>
/// Brings every insight rollup up to date, as the recurring jobs would within a minute: the trend tables with the
/// knowledge-flow cells (<see cref="TopicTrendTables"/>), the engagement rollup (<see cref="EngagementDays"/>), and the
/// analytics views' published rows (<see cref="AnalyticsPublication"/>, with the default k).
/// One place for the fixtures that seed a database and then serve insights, so that none forgets a rollup (the
/// browser fixture once refreshed only the trends, and the dashboard showed no sessions held).
/// </summary>
public static class InsightRollups
{
    public static async Task RefreshAsync(NpgsqlDataSource dataSource, string timeZone = "UTC")
    {
        await new TopicTrendTables(dataSource).RefreshAsync(timeZone, default);
        await new EngagementDays(dataSource).RefreshAsync(timeZone, default);
        await new AnalyticsPublication(dataSource).PublishAsync(timeZone, new InsightsSettings().MinimumGroupSize, full: false, default);
    }
}
