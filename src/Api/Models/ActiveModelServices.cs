using MentorGraph.Api.Pipeline;
using MentorGraph.Persistence.Models;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace MentorGraph.Api.Models;

/// <summary>
/// Registers the model store and the active model of a process that classifies (<c>serve</c>, <c>jobs</c>) — call it
/// before <c>AddMentorGraphJobs</c>, whose <see cref="BuiltInActiveModel"/> is only the fallback:
/// <see cref="IActiveModelSource"/> backed by PostgreSQL and its watcher. Needs the process's
/// <see cref="Npgsql.NpgsqlDataSource"/>, <see cref="Schema.Classification.ClassifierSource"/> (the built-in model)
/// and the settings.
/// </summary>
public static class ActiveModelServices
{
    public static IServiceCollection AddActiveModel(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddSingleton(provider => new ModelStore(provider.GetRequiredService<Npgsql.NpgsqlDataSource>()));
        services.AddSingleton<DatabaseActiveModelSource>();
        services.AddSingleton<IActiveModelSource>(provider => provider.GetRequiredService<DatabaseActiveModelSource>());
        services.AddHostedService<ActiveModelWatcher>();
        services.TryAddSingleton(RetrainingCorpus.BuiltIn);
        services.AddTransient<RetrainClassifierJob>();
        services.AddSingleton<RetrainingRequests>();
        return services;
    }
}
