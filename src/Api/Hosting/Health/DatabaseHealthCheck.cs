using System.Diagnostics;
using MentorGraph.Api.Configuration;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;

namespace MentorGraph.Api.Hosting.Health;

/// <summary>
/// Readiness: the database answers <c>SELECT 1</c> within <see cref="ServerSettings.HealthCheckTimeoutSeconds"/>.
/// The reason for a failure is logged, never returned to the caller.
/// </summary>
public sealed class DatabaseHealthCheck(NpgsqlDataSource dataSource, ServerSettings server, ILogger<DatabaseHealthCheck> logger) : IHealthCheck
{
    public const string Name = "database";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(server.HealthCheckTimeoutSeconds));
        var stopwatch = Stopwatch.StartNew();
        try
        {
            await using var connection = await dataSource.OpenConnectionAsync(timeout.Token);
            await using var command = new NpgsqlCommand("SELECT 1", connection);
            await command.ExecuteScalarAsync(timeout.Token);
            return HealthCheckResult.Healthy("reachable", new Dictionary<string, object> { ["latencyMs"] = stopwatch.ElapsedMilliseconds });
        }
        catch (Exception ex) when ((ex is NpgsqlException or OperationCanceledException or TimeoutException) && !cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning(ex, "Health check: database unreachable after {ElapsedMs} ms", stopwatch.ElapsedMilliseconds);
            return HealthCheckResult.Unhealthy("unreachable");
        }
    }
}
