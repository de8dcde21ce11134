using System.Diagnostics;
using Npgsql;

namespace MentorGraph.Api.Hosting;

/// <summary>
/// <c>GET /health</c>: 200 <c>{"status":"healthy","database":{"reachable":true,"latencyMs":n}}</c> when the
/// database answers <c>SELECT 1</c> in time, else 503 with <c>"status":"unhealthy"</c> and
/// <c>"reachable":false</c>. The reason is logged, not returned.
/// </summary>
public static class HealthEndpoint
{
    public const string Path = "/health";

    public static void MapHealthEndpoint(this IEndpointRouteBuilder endpoints)
        => endpoints.MapGet(Path, CheckAsync);

    private static async Task<IResult> CheckAsync(
        NpgsqlDataSource dataSource, ServeOptions options, ILoggerFactory loggers, HttpContext http, CancellationToken requestAborted)
    {
        http.Response.Headers.CacheControl = "no-store";
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(requestAborted);
        timeout.CancelAfter(options.HealthCheckTimeout);
        var stopwatch = Stopwatch.StartNew();
        try
        {
            await using var connection = await dataSource.OpenConnectionAsync(timeout.Token);
            await using var command = new NpgsqlCommand("SELECT 1", connection);
            await command.ExecuteScalarAsync(timeout.Token);
            return Results.Json(new HealthReport("healthy", new DatabaseHealth(true, stopwatch.ElapsedMilliseconds)));
        }
        catch (Exception ex) when ((ex is NpgsqlException or OperationCanceledException or TimeoutException) && !requestAborted.IsCancellationRequested)
        {
            loggers.CreateLogger(typeof(HealthEndpoint).FullName!)
                .LogWarning(ex, "Health check: database unreachable after {ElapsedMs} ms", stopwatch.ElapsedMilliseconds);
            return Results.Json(new HealthReport("unhealthy", new DatabaseHealth(false, null)), statusCode: StatusCodes.Status503ServiceUnavailable);
        }
    }

    private sealed record HealthReport(string Status, DatabaseHealth Database);

    private sealed record DatabaseHealth(bool Reachable, long? LatencyMs);
}
