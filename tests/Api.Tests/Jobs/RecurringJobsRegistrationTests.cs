using Hangfire;
using Hangfire.Storage;
using MentorGraph.Api.Jobs;
using MentorGraph.Api.Pipeline;
using MentorGraph.Api.Tests.Hosting;
using MentorGraph.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using static MentorGraph.Api.Tests.Pipeline.PipelineTestSupport;

namespace MentorGraph.Api.Tests.Jobs;

/// <summary>
/// A host with a job server (serve's, here) registers every recurring job in Hangfire's storage when it starts:
/// the pipeline's sweep on its setting, the trend tables' refresh, and the pairings' housekeeping and the analytics views'
/// publication on the housekeeping queue.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class RecurringJobsRegistrationTests(PostgresServerFixture server)
{
    [Fact]
    public async Task ServeWithAJobServer_RegistersTheSweepTheTrendsRefreshAndTheHousekeepingJobs_EachOnItsQueueAndSchedule()
    {
        var database = new MigratedDatabaseFixture(server);
        await database.InitializeAsync();
        Dictionary<string, RecurringJobDto> jobs;
        try
        {
            await using var host = await StartAsync(database.ConnectionString, JobSettings(sweepCron: "*/2 * * * *"));
            using var connection = host.App.Services.GetRequiredService<JobStorage>().GetConnection();
            jobs = connection.GetRecurringJobs().ToDictionary(job => job.Id);
        }
        finally
        {
            await database.DisposeAsync();
        }

        // Hangfire 1.8 keeps a job's queue on the job itself (RecurringJobDto.Queue is the older field, "default").
        Assert.Equal(
            [PublishAnalyticsJob.Id, RefreshEngagementDaysJob.Id, RefreshTopicTrendsJob.Id, ExpireProposalsJob.Id, MarkAtRiskJob.Id, PipelineSweepJob.RecurringJobId],
            jobs.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(("*/2 * * * *", JobQueues.Notes), (jobs[PipelineSweepJob.RecurringJobId].Cron, jobs[PipelineSweepJob.RecurringJobId].Job.Queue));
        Assert.Equal((ExpireProposalsJob.Cron, JobQueues.Housekeeping), (jobs[ExpireProposalsJob.Id].Cron, jobs[ExpireProposalsJob.Id].Job.Queue));
        Assert.Equal((RefreshTopicTrendsJob.Cron, JobQueues.Notes), (jobs[RefreshTopicTrendsJob.Id].Cron, jobs[RefreshTopicTrendsJob.Id].Job.Queue));
        Assert.Equal((MarkAtRiskJob.Cron, JobQueues.Housekeeping), (jobs[MarkAtRiskJob.Id].Cron, jobs[MarkAtRiskJob.Id].Job.Queue));
        Assert.Equal((RefreshEngagementDaysJob.Cron, JobQueues.Housekeeping), (jobs[RefreshEngagementDaysJob.Id].Cron, jobs[RefreshEngagementDaysJob.Id].Job.Queue));
        Assert.Equal((PublishAnalyticsJob.Cron, JobQueues.Housekeeping), (jobs[PublishAnalyticsJob.Id].Cron, jobs[PublishAnalyticsJob.Id].Job.Queue));
    }
}
