using Hangfire;
using MentorGraph.Api.Configuration;
using MentorGraph.Api.Pipeline;

namespace MentorGraph.Api.Jobs;

/// <summary>
/// Registers the recurring jobs when a host with a job server starts (each such process does; Hangfire keeps one
/// definition per id, and one server runs each occurrence): the pipeline's sweep on <c>Jobs:SweepCron</c>, and the
/// pairings' housekeeping — <see cref="ExpireProposalsJob"/> every 5 minutes and <see cref="MarkAtRiskJob"/> hourly
/// (both idempotent and safe in several processes at once); and the trend tables' refresh every minute
/// (<see cref="RefreshTopicTrendsJob"/>, on the notes queue: it is quick, and the insights should follow new labels); and
/// the engagement rollup's refresh every minute (<see cref="RefreshEngagementDaysJob"/>, on the housekeeping queue); and the
/// analytics views' publication every minute (<see cref="PublishAnalyticsJob"/>, on the housekeeping queue).
/// </summary>
public sealed class RecurringJobsRegistration(IRecurringJobManager recurring, JobsSettings settings) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        recurring.AddOrUpdate<PipelineSweepJob>(
            PipelineSweepJob.RecurringJobId,
            JobQueues.Notes,
            job => job.RunAsync(CancellationToken.None),
            settings.SweepCron,
            new RecurringJobOptions { TimeZone = TimeZoneInfo.Utc });
        recurring.AddOrUpdate<ExpireProposalsJob>(
            ExpireProposalsJob.Id,
            JobQueues.Housekeeping,
            job => job.RunAsync(CancellationToken.None),
            ExpireProposalsJob.Cron,
            new RecurringJobOptions { TimeZone = TimeZoneInfo.Utc });
        recurring.AddOrUpdate<MarkAtRiskJob>(
            MarkAtRiskJob.Id,
            JobQueues.Housekeeping,
            job => job.RunAsync(CancellationToken.None),
            MarkAtRiskJob.Cron,
            new RecurringJobOptions { TimeZone = TimeZoneInfo.Utc });
        recurring.AddOrUpdate<RefreshTopicTrendsJob>(
            RefreshTopicTrendsJob.Id,
            JobQueues.Notes,
            job => job.RunAsync(CancellationToken.None),
            RefreshTopicTrendsJob.Cron,
            new RecurringJobOptions { TimeZone = TimeZoneInfo.Utc });
        recurring.AddOrUpdate<RefreshEngagementDaysJob>(
            RefreshEngagementDaysJob.Id,
            JobQueues.Housekeeping,
            job => job.RunAsync(CancellationToken.None),
            RefreshEngagementDaysJob.Cron,
            new RecurringJobOptions { TimeZone = TimeZoneInfo.Utc });
        recurring.AddOrUpdate<PublishAnalyticsJob>(
            PublishAnalyticsJob.Id,
            JobQueues.Housekeeping,
            job => job.RunAsync(CancellationToken.None),
            PublishAnalyticsJob.Cron,
            new RecurringJobOptions { TimeZone = TimeZoneInfo.Utc });
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
