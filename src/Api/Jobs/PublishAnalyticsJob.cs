using MentorGraph.Api.Configuration;
using MentorGraph.Api.Exports;

namespace MentorGraph.Api.Jobs;

/// <summary>
/// Keeps the tables behind the analytics views (migration 0019) equal to the exports' rows: republishes, with the
/// exports' privacy rule and <c>Insights:MinimumGroupSize</c>, the weeks and periods whose lessons, labelled notes or
/// trend rows changed since the last run — everything when k or <c>Insights:TimeZone</c> changed, or when history was
/// re-filed (<see cref="AnalyticsPublication"/>). Every minute, so the views follow the trend tables' refresh within a
/// minute or two. Idempotent: a second run finds nothing to do.
/// </summary>
public sealed class PublishAnalyticsJob(AnalyticsPublication publication, InsightsSettings settings, ILogger<PublishAnalyticsJob> logger)
{
    /// <summary>The recurring job's id.</summary>
    public const string Id = "insights-publish-analytics";

    /// <summary>Every minute: a run with nothing to do is two DELETEs on empty tables.</summary>
    public const string Cron = "* * * * *";

    public async Task<PublicationResult> RunAsync(CancellationToken cancellationToken)
    {
        var result = await publication.PublishAsync(settings.TimeZone, settings.MinimumGroupSize, full: false, cancellationToken);
        if (result.Weeks + result.Periods > 0)
        {
            logger.LogInformation(
                "Analytics views: {Weeks} weeks and {Periods} trend periods published ({Rows} rows, k = {K}{Full}).",
                result.Weeks, result.Periods, result.Rows, settings.MinimumGroupSize, result.Full ? ", everything" : string.Empty);
        }

        return result;
    }
}
