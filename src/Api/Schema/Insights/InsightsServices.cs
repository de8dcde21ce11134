using MentorGraph.Api.Data;
using MentorGraph.Api.Exports;
using MentorGraph.Api.Jobs;
using MentorGraph.Persistence.Insights;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Npgsql;

namespace MentorGraph.Api.Schema.Insights;

/// <summary>
/// Registers what the insights read through (<see cref="ReadDatabase"/> — the read replica, else the primary — with
/// <see cref="KnowledgeFlowQuery"/>, <see cref="ParticipationQuery"/> and <see cref="EngagementQuery"/> over it;
/// <see cref="TopicTrendTables"/> and the engagement rollup <see cref="EngagementDays"/> over the primary, for their
/// refresh) and the jobs that keep them current (<see cref="RefreshTopicTrendsJob"/>, <see cref="RefreshEngagementDaysJob"/>; the
/// analytics views' <see cref="PublishAnalyticsJob"/> over <see cref="AnalyticsPublication"/>, on the primary).
/// </summary>
public static class InsightsServices
{
    public static IServiceCollection AddInsightsServices(this IServiceCollection services)
    {
        services.TryAddSingleton(provider => new TopicTrendTables(provider.GetRequiredService<NpgsqlDataSource>()));
        services.TryAddSingleton(ReadDatabase.Create);
        services.TryAddSingleton(provider => new KnowledgeFlowQuery(provider.GetRequiredService<ReadDatabase>().DataSource));
        services.TryAddSingleton(provider => new ParticipationQuery(provider.GetRequiredService<ReadDatabase>().DataSource));
        services.TryAddSingleton(provider => new EngagementQuery(provider.GetRequiredService<ReadDatabase>().DataSource));
        services.TryAddSingleton(provider => new EngagementDays(provider.GetRequiredService<NpgsqlDataSource>()));
        services.TryAddTransient<RefreshTopicTrendsJob>();
        services.TryAddTransient<RefreshEngagementDaysJob>();
        services.TryAddSingleton(provider => new AnalyticsPublication(provider.GetRequiredService<NpgsqlDataSource>()));
        services.TryAddTransient<PublishAnalyticsJob>();
        return services;
    }
}
