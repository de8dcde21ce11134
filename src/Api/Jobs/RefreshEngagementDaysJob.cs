using MentorGraph.Api.Configuration;
using MentorGraph.Persistence.Insights;

namespace MentorGraph.Api.Jobs;

/// <summary>
/// Brings the engagement rollup up to date in <c>Insights:TimeZone</c> (<see cref="EngagementDays.RefreshAsync"/>): recomputes
/// the days whose sessions, feedback or lessons changed since the last run, every minute — so <c>engagement</c> follows
/// within a minute. Idempotent: a second run finds nothing to do.
/// </summary>
public sealed class RefreshEngagementDaysJob(EngagementDays rollup, InsightsSettings settings, ILogger<RefreshEngagementDaysJob> logger)
{
    /// <summary>The recurring job's id.</summary>
    public const string Id = "insights-refresh-engagement-days";

    /// <summary>Every minute: a refresh with nothing to do is one DELETE on an empty table.</summary>
    public const string Cron = "* * * * *";

    /// <summary>Returns the days recomputed.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var days = await rollup.RefreshAsync(settings.TimeZone, cancellationToken);
        if (days > 0)
        {
            logger.LogInformation("Engagement rollup: {Days} days recomputed.", days);
        }

        return days;
    }
}
