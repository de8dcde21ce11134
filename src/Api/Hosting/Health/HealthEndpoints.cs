using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace MentorGraph.Api.Hosting.Health;

/// <summary>
/// ASP.NET Core health checks at three addresses:
/// <list type="bullet">
/// <item><c>/health/live</c>: the process answers (no checks run) — for restarts by an orchestrator.</item>
/// <item><c>/health/ready</c>: the database is reachable and the classifier is loaded — for load balancers;
/// 200 when ready, 503 when not.</item>
/// <item><c>/health</c>: the same as <c>/health/ready</c>, kept for earlier users.</item>
/// </list>
/// Bodies are small JSON documents such as
/// <c>{"status":"healthy","database":{"reachable":true,"latencyMs":2},"classifier":{"ready":true,"state":"ready"}}</c>;
/// failure reasons are logged, never returned.
/// </summary>
public static class HealthEndpoints
{
    public const string LivePath = "/health/live";
    public const string ReadyPath = "/health/ready";
    public const string LegacyPath = "/health";
    private const string ReadyTag = "ready";

    public static IServiceCollection AddApiHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>(DatabaseHealthCheck.Name, tags: [ReadyTag])
            .AddCheck<ClassifierHealthCheck>(ClassifierHealthCheck.Name, tags: [ReadyTag]);
        return services;
    }

    public static IEndpointRouteBuilder MapApiHealthChecks(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks(LivePath, new HealthCheckOptions { Predicate = _ => false, ResponseWriter = WriteAsync });
        var ready = new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag), ResponseWriter = WriteAsync };
        endpoints.MapHealthChecks(ReadyPath, ready);
        endpoints.MapHealthChecks(LegacyPath, ready);
        return endpoints;
    }

    /// <summary>The body: overall status, then one object per check that ran.</summary>
    public static async Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json";
        context.Response.Headers.CacheControl = "no-store";
        await using var json = new Utf8JsonWriter(context.Response.Body);
        json.WriteStartObject();
        json.WriteString("status", report.Status == HealthStatus.Healthy ? "healthy" : "unhealthy");
        if (report.Entries.TryGetValue(DatabaseHealthCheck.Name, out var database))
        {
            json.WriteStartObject("database");
            json.WriteBoolean("reachable", database.Status == HealthStatus.Healthy);
            if (database.Data.TryGetValue("latencyMs", out var latency) && latency is long milliseconds)
            {
                json.WriteNumber("latencyMs", milliseconds);
            }
            else
            {
                json.WriteNull("latencyMs");
            }

            json.WriteEndObject();
        }

        if (report.Entries.TryGetValue(ClassifierHealthCheck.Name, out var classifier))
        {
            json.WriteStartObject("classifier");
            json.WriteBoolean("ready", classifier.Status == HealthStatus.Healthy);
            json.WriteString("state", classifier.Description);
            if (classifier.Data.TryGetValue("loadingForSeconds", out var seconds) && seconds is double loadingFor)
            {
                json.WriteNumber("loadingForSeconds", loadingFor);
            }

            if (classifier.Data.TryGetValue("stage", out var stage) && stage is string stageText)
            {
                json.WriteString("stage", stageText);
            }

            if (classifier.Data.TryGetValue("progress", out var progress) && progress is double fraction)
            {
                json.WriteNumber("progress", fraction);
            }

            json.WriteEndObject();
        }

        json.WriteEndObject();
        await json.FlushAsync(context.RequestAborted);
    }
}
