using MentorGraph.Api.Jobs;
using MentorGraph.Persistence.Insights;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Npgsql;

namespace MentorGraph.Api.Schema.Insights;

/// <summary>
/// Registers what the insights read through (<see cref="TopicTrendTables"/>, <see cref="KnowledgeFlowQuery"/>,
/// <see cref="ParticipationQuery"/>, <see cref="EngagementQuery"/>, over the
/// process's <see cref="NpgsqlDataSource"/>) and the job that keeps the trend tables current
/// (<see cref="RefreshTopicTrendsJob"/>), and the engagement rollup with its job (<see cref="EngagementDays"/>,
/// <see cref="RefreshEngagementDaysJob"/>).
/// </summary>
public static class InsightsServices
{
    public static IServiceCollection AddInsightsServices(this IServiceCollection services)
    {
        services.TryAddSingleton(provider => new TopicTrendTables(provider.GetRequiredService<NpgsqlDataSource>()));
        services.TryAddSingleton(provider => new KnowledgeFlowQuery(provider.GetRequiredService<NpgsqlDataSource>()));
        services.TryAddSingleton(provider => new ParticipationQuery(provider.GetRequiredService<NpgsqlDataSource>()));
        services.TryAddSingleton(provider => new EngagementQuery(provider.GetRequiredService<NpgsqlDataSource>()));
        services.TryAddSingleton(provider => new EngagementDays(provider.GetRequiredService<NpgsqlDataSource>()));
        services.TryAddTransient<RefreshTopicTrendsJob>();
        services.TryAddTransient<RefreshEngagementDaysJob>();
        return services;
    }
}
