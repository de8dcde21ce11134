using MentorGraph.Api.Configuration;

namespace MentorGraph.Api.Models;

/// <summary>
/// Keeps this process on the database's active model: refreshes <see cref="DatabaseActiveModelSource"/> at
/// start and then every <see cref="ClassifierSettings.ActiveModelPollSeconds"/> (one index lookup per poll), so
/// an activation by any process reaches every <c>serve</c> and <c>jobs</c> process within that time, without a
/// restart. A failed poll is logged (once per distinct failure) and tried again at the next.
/// </summary>
public sealed class ActiveModelWatcher(DatabaseActiveModelSource source, ClassifierSettings settings, ILogger<ActiveModelWatcher> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = TimeSpan.FromSeconds(settings.ActiveModelPollSeconds);
        string? lastError = null;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await source.RefreshAsync(stoppingToken);
                lastError = null;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                // Any failure (database away, a race lost, a package that does not load) is logged and tried again:
                // a poller that threw would stop the host.
                // Once per kind of failure, not at every poll.
                if (lastError != exception.Message)
                {
                    logger.LogWarning(exception, "Could not follow the active classifier model; trying again every {Seconds} s.", settings.ActiveModelPollSeconds);
                    lastError = exception.Message;
                }
            }

            try
            {
                await Task.Delay(interval, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
