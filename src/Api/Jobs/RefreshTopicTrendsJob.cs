using MentorGraph.Api.Configuration;
using MentorGraph.Persistence.Insights;

namespace MentorGraph.Api.Jobs;

/// <summary>
/// Brings the trend tables up to date in <c>Insights:TimeZone</c>: recomputes the weeks and months whose labels
/// changed since the last run (<see cref="TopicTrendTables.RefreshAsync"/>). A classification job for new notes calls
/// it once it has drained the outbox (<c>Pipeline.ClassifyPendingNotesJob</c>); it also runs every minute, for labels
/// written by anything else (a person's label, a deleted note, a lesson, a re-classification). Idempotent: a second
/// run finds nothing to do.
/// </summary>
public sealed class RefreshTopicTrendsJob(TopicTrendTables trends, InsightsSettings settings, ILogger<RefreshTopicTrendsJob> logger)
{
    /// <summary>The recurring job's id.</summary>
    public const string Id = "insights-refresh-topic-trends";

    /// <summary>Every minute: a refresh with nothing to do is one DELETE on an empty table.</summary>
    public const string Cron = "* * * * *";

    /// <summary>Returns the periods recomputed.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var periods = await trends.RefreshAsync(settings.TimeZone, cancellationToken);
        if (periods > 0)
        {
            logger.LogInformation("Topic trends: {Periods} weeks and months recomputed.", periods);
        }

        return periods;
    }
}
