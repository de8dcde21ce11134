using MentorGraph.Persistence.Housekeeping;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Npgsql;

namespace MentorGraph.Api.Jobs;

/// <summary>
/// Registers the pairings' housekeeping jobs (<see cref="ExpireProposalsJob"/>, <see cref="MarkAtRiskJob"/>) and
/// what they need, for any host that runs jobs: the job runner resolves a job class from the services and calls
/// its <c>RunAsync</c>. Needs the process's <see cref="NpgsqlDataSource"/> and the settings already registered.
/// </summary>
public static class HousekeepingJobs
{
    public static IServiceCollection AddHousekeepingJobs(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(provider => new PairingHousekeeping(provider.GetRequiredService<NpgsqlDataSource>()));
        services.TryAddTransient<ExpireProposalsJob>();
        services.TryAddTransient<MarkAtRiskJob>();
        return services;
    }
}
