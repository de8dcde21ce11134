using MentorGraph.Api.Data;
using MentorGraph.Api.Jobs;
using MentorGraph.Persistence.Insights;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Npgsql;

namespace MentorGraph.Api.Schema.Insights;

/// <summary>
/// Registers what the insights read through (<see cref="ReadDatabase"/> — the read replica, else the primary — with the
/// trend tables; <see cref="KnowledgeFlowQuery"/> over it; <see cref="TopicTrendTables"/> over the primary, for the
/// refresh) and the job that keeps the trend tables current
/// (<see cref="RefreshTopicTrendsJob"/>).
/// </summary>
public static class InsightsServices
{
    public static IServiceCollection AddInsightsServices(this IServiceCollection services)
    {
        services.TryAddSingleton(provider => new TopicTrendTables(provider.GetRequiredService<NpgsqlDataSource>()));
        services.TryAddSingleton(ReadDatabase.Create);
        services.TryAddSingleton(provider => new KnowledgeFlowQuery(provider.GetRequiredService<ReadDatabase>().DataSource));
        services.TryAddTransient<RefreshTopicTrendsJob>();
        return services;
    }
}
