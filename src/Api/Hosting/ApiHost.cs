using MentorGraph.Api.Auth;
using MentorGraph.Api.Configuration;
using MentorGraph.Api.Data;
using MentorGraph.Api.Hosting.Health;
using MentorGraph.Api.Jobs;
using MentorGraph.Api.Models;
using MentorGraph.Api.Schema.Insights;
using MentorGraph.Api.TrustedDocuments;
using MentorGraph.Api.Schema.Suggestions;
using MentorGraph.Api.Schema.Teachers;
using Microsoft.AspNetCore.Builder;
using Npgsql;

namespace MentorGraph.Api.Hosting;

/// <summary>
/// Composes the web host of <c>mentorgraph serve</c>: the program's configuration (<see cref="AppConfiguration"/>),
/// console logging, the typed settings, Kestrel, and the HTTP pipeline — CORS (before routing, so preflights
/// never reach an endpoint), sign-in with bearer tokens, request timeouts, per-client rate limits on the GraphQL endpoints, health checks,
/// GraphQL, the background jobs (Hangfire: the client, and a job server unless <c>Jobs:RunServerInServe</c> is false),
/// the <c>/hangfire</c> dashboard, the web app (<see cref="WebApp"/>: landing page, dashboard, GraphiQL), and OpenTelemetry when an endpoint is configured.
/// </summary>
public static class ApiHost
{
    /// <exception cref="SettingsException">A setting needed to build the host is invalid (the message names it).</exception>
    public static WebApplication Build(ApiHostOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = [],
            ContentRootPath = AppContext.BaseDirectory,
            EnvironmentName = options.EnvironmentName,
        });
        var configuration = builder.Configuration;
        configuration.UseAppSources(options.EnvironmentName, options.Settings, options.SettingsDirectory, options.EnvironmentVariables);

        // Every section is checked before anything else, so one start reports every bad setting.
        SettingsRegistration.CheckAll(configuration);
        var server = SettingsBinder.Read<ServerSettings>(configuration);
        ApiLogging.Configure(builder.Logging, LoggingSettings.Format(configuration));
        builder.WebHost.UseUrls(server.Urls);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);
        builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = TimeSpan.FromSeconds(server.ShutdownTimeoutSeconds));

        var services = builder.Services;
        services.AddAppSettings(configuration);
        services.AddSingleton(provider => DatabaseConnection.Resolve(provider.GetRequiredService<DatabaseSettings>(), configuration));
        services.AddSingleton(provider => provider.GetRequiredService<DatabaseConnection>().CreateDataSource(provider.GetRequiredService<DatabaseSettings>()));
        services.AddMentorGraphDatabase();
        services.AddHousekeepingJobs();
        services.AddInsightsServices();
        services.AddTeachersServices();
        services.AddSuggestionsServices();
        services.AddApiAuthentication(SettingsBinder.Read<AuthSettings>(configuration), options.EnvironmentName);
        services.AddApiHealthChecks();
        services.AddApiCors(SettingsBinder.Read<CorsSettings>(configuration));
        services.AddApiRequestTimeouts(server);
        services.AddApiRateLimiting(SettingsBinder.Read<RateLimitSettings>(configuration));
        services.AddApiTelemetry(SettingsBinder.Read<TelemetrySettings>(configuration), configuration);
        services.AddMentorGraphGraphQL(configuration);
        services.AddTrustedDocuments();
        services.AddActiveModel();
        var jobs = SettingsBinder.Read<JobsSettings>(configuration);
        services.AddMentorGraphJobs(jobs, runServer: jobs.RunServerInServe);
        services.AddJobsDashboard(jobs, SettingsBinder.Read<AuthSettings>(configuration));
        options.ConfigureServices?.Invoke(services);

        var app = builder.Build();
        app.UseCors();
        app.UseWebAppFiles();
        app.UseRouting();
        app.UseAuthentication();
        app.UseInvalidCredentialRefusal();
        app.UseJobsDashboardSignIn();
        app.UseViewerLookup();
        app.UseRequestTimeouts();
        app.UseRateLimiter();
        app.MapApiEndpoints();
        return app;
    }
}
