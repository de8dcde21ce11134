using Hangfire;
using Hangfire.PostgreSql;
using MentorGraph.Api.Configuration;
using MentorGraph.Api.Hosting;
using MentorGraph.Api.Pipeline;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace MentorGraph.Api.Jobs;

/// <summary>
/// Hangfire in the host: storage in the product's PostgreSQL (schema <c>Jobs:SchemaName</c>, installed with the migrations by
/// <see cref="HangfireSchema"/>), with Hangfire.PostgreSql's defaults replaced from <see cref="JobsSettings"/> —
/// LISTEN/NOTIFY long polling, a sliding invisibility timeout of ~30 s, no degraded mode (an unreachable database
/// fails the start instead of being hidden) — the client every process enqueues with, the pipeline's jobs and, when
/// asked, a job server listening to the pipeline's queues, new notes first.
/// </summary>
public static class JobServices
{
    public static IServiceCollection AddMentorGraphJobs(this IServiceCollection services, JobsSettings settings, bool runServer)
    {
        ArgumentNullException.ThrowIfNull(settings);
        services.AddHangfire(configuration => configuration
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings());

        // Our storage, not the static JobStorage.Current: each host (a test may run two) has its own.
        services.Replace(ServiceDescriptor.Singleton<JobStorage>(provider =>
        {
            _ = provider.GetRequiredService<IGlobalConfiguration>();
            _ = provider.GetRequiredService<HangfireLogRegistration>();
            var connectionString = provider.GetRequiredService<DatabaseConnection>().ConnectionString;
            return new PostgreSqlStorage(
                new Hangfire.PostgreSql.Factories.NpgsqlConnectionFactory(connectionString, StorageOptions(settings)),
                StorageOptions(settings));
        }));
        services.Replace(ServiceDescriptor.Singleton<IBackgroundJobClient>(provider => new BackgroundJobClient(provider.GetRequiredService<JobStorage>())));
        services.Replace(ServiceDescriptor.Singleton<IRecurringJobManager>(provider => new RecurringJobManager(provider.GetRequiredService<JobStorage>())));

        services.AddSingleton(provider => new HangfireLogRegistration(HangfireLogging.Register(provider.GetRequiredService<ILoggerFactory>())));
        services.TryAddSingleton<IActiveModelSource, BuiltInActiveModel>();
        services.AddSingleton<ClassificationTrigger>();
        services.AddSingleton<PipelineCounters>();
        services.AddTransient<ClassifyPendingNotesJob>();
        services.AddTransient<PipelineSweepJob>();
        if (runServer)
        {
            services.AddHostedService<RecurringJobsRegistration>();
            services.AddHangfireServer((_, options) =>
            {
                options.Queues = JobQueues.All;
                options.WorkerCount = settings.EffectiveWorkerCount;
                options.SchedulePollingInterval = TimeSpan.FromSeconds(settings.SchedulePollingIntervalSeconds);
                options.HeartbeatInterval = TimeSpan.FromSeconds(settings.HeartbeatIntervalSeconds);
                options.ServerTimeout = TimeSpan.FromSeconds(settings.ServerTimeoutSeconds);
                options.ServerCheckInterval = TimeSpan.FromSeconds(Math.Min(settings.ServerTimeoutSeconds, 60));
                options.ShutdownTimeout = TimeSpan.FromSeconds(settings.ShutdownTimeoutSeconds);
            });
        }

        return services;
    }

    /// <summary>Hangfire.PostgreSql's options from the settings (its defaults in the comments).</summary>
    public static PostgreSqlStorageOptions StorageOptions(JobsSettings settings) => new()
    {
        SchemaName = settings.SchemaName,
        PrepareSchemaIfNecessary = false,                                                   // HangfireSchema, under our lock
        QueuePollInterval = TimeSpan.FromSeconds(settings.QueuePollIntervalSeconds),         // 15 s
        EnableLongPolling = settings.EnableLongPolling,                                      // false
        InvisibilityTimeout = TimeSpan.FromSeconds(settings.InvisibilityTimeoutSeconds),     // 30 min
        UseSlidingInvisibilityTimeout = true,                                                // false
        AllowDegradedModeWithoutStorage = false,
    };
}

/// <summary>The host's registration with <see cref="HangfireLogging"/>, ended when the host's services are disposed.</summary>
public sealed class HangfireLogRegistration(IDisposable registration) : IDisposable
{
    public void Dispose() => registration.Dispose();
}
