using MentorGraph.Api.Configuration;
using MentorGraph.Persistence.Housekeeping;

namespace MentorGraph.Api.Jobs;

/// <summary>
/// Flags the ACTIVE pairings without a completed session for more than <c>Pairings:AtRiskAfterPeriods</c> periods of
/// their cadence and clears the flag where that no longer holds (<see cref="PairingHousekeeping.MarkAtRiskAsync"/>),
/// as of the process's clock. A plain class with one method, so the job runner's recurring job and a test call the
/// same thing; it only writes rows whose flag changes, so a second run changes nothing.
/// </summary>
public sealed class MarkAtRiskJob(PairingHousekeeping housekeeping, PairingsSettings settings, TimeProvider clock, ILogger<MarkAtRiskJob> logger)
{
    /// <summary>The recurring job's id.</summary>
    public const string Id = "pairings-mark-at-risk";

    /// <summary>Hourly, at minute 17 (the rule counts in days; off the hour, where other work clusters).</summary>
    public const string Cron = "17 * * * *";

    /// <summary>Brings every pairing's flag up to date; returns how many were flagged and cleared.</summary>
    public async Task<AtRiskChanges> RunAsync(CancellationToken cancellationToken)
    {
        var changes = await housekeeping.MarkAtRiskAsync(
            clock.GetUtcNow(), settings.AtRiskAfterPeriods, settings.HousekeepingBatchSize, cancellationToken);
        if (changes.Marked + changes.Cleared > 0)
        {
            logger.LogInformation("Pairings at risk: {Marked} flagged, {Cleared} cleared.", changes.Marked, changes.Cleared);
        }

        return changes;
    }
}
