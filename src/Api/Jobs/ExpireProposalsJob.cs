using MentorGraph.Api.Configuration;
using MentorGraph.Persistence.Housekeeping;

namespace MentorGraph.Api.Jobs;

/// <summary>
/// Expires the PROPOSED pairings nobody answered by their <c>respondBy</c>
/// (<see cref="PairingHousekeeping.ExpireOverdueProposalsAsync"/>), as of the process's clock, in batches of
/// <c>Pairings:HousekeepingBatchSize</c>. A plain class with one method, so the job runner's recurring job and a test
/// call the same thing; running it twice, or in two processes at once, expires each proposal once.
/// </summary>
public sealed class ExpireProposalsJob(PairingHousekeeping housekeeping, PairingsSettings settings, TimeProvider clock, ILogger<ExpireProposalsJob> logger)
{
    /// <summary>The recurring job's id.</summary>
    public const string Id = "pairings-expire-proposals";

    /// <summary>Every 5 minutes: a proposal expires at most 5 minutes after its <c>respondBy</c>.</summary>
    public const string Cron = "*/5 * * * *";

    /// <summary>Expires what is overdue now; returns how many proposals expired.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var expired = await housekeeping.ExpireOverdueProposalsAsync(clock.GetUtcNow(), settings.HousekeepingBatchSize, cancellationToken);
        if (expired > 0)
        {
            logger.LogInformation("Expired {Count} pairing proposals not answered in time.", expired);
        }

        return expired;
    }
}
