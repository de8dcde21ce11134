using MentorGraph.Api.Configuration;
using MentorGraph.Api.Jobs;
using MentorGraph.Api.Models;
using MentorGraph.Api.Schema.Insights;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Npgsql;

namespace MentorGraph.Api.Hosting;

/// <summary>
/// The host of <c>mentorgraph jobs</c>: the same configuration, settings and logging as <c>serve</c>, the database,
/// the classifier (loaded at start) and a Hangfire job server — no HTTP. Run as many as the work needs, beside
/// any number of <c>serve</c> processes on the same database: they share the queues.
/// </summary>
public static class JobsHost
{
    /// <exception cref="SettingsException">A setting is invalid (the message names it).</exception>
    public static IHost Build(ApiHostOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = [],
            ContentRootPath = AppContext.BaseDirectory,
            EnvironmentName = options.EnvironmentName,
            DisableDefaults = true,
        });
        var configuration = builder.Configuration;
        configuration.UseAppSources(options.EnvironmentName, options.Settings, options.SettingsDirectory, options.EnvironmentVariables);
        SettingsRegistration.CheckAll(configuration);
        var server = SettingsBinder.Read<ServerSettings>(configuration);
        ApiLogging.Configure(builder.Logging, LoggingSettings.Format(configuration));
        builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = TimeSpan.FromSeconds(server.ShutdownTimeoutSeconds));

        var services = builder.Services;
        services.AddAppSettings(configuration);
        services.AddSingleton(provider => DatabaseConnection.Resolve(provider.GetRequiredService<DatabaseSettings>(), configuration));
        services.AddSingleton(provider => NpgsqlDataSource.Create(provider.GetRequiredService<DatabaseConnection>().ConnectionString));
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(provider => Schema.Classification.ClassifierSource.FromSettings(
            provider.GetRequiredService<TimeProvider>(), SettingsBinder.Read<ClassifierSettings>(configuration)));
        services.AddHostedService<ClassifierWarmup>();
        services.AddActiveModel();
        services.AddHousekeepingJobs();
        services.AddInsightsServices();
        services.AddMentorGraphJobs(SettingsBinder.Read<JobsSettings>(configuration), runServer: true);
        options.ConfigureServices?.Invoke(services);
        return builder.Build();
    }
}
