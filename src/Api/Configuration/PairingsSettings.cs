using MentorGraph.Persistence.Domain;

namespace MentorGraph.Api.Configuration;

/// <summary>
/// Pairings (section <c>Pairings</c>): how long a proposal waits for an answer, when a pairing counts as at risk,
/// and how many rows the housekeeping jobs change per statement. <c>proposePairing</c> stores <c>respondBy</c> =
/// now + <see cref="RespondWithinDays"/>; the expiry job (<c>ExpireProposalsJob</c>) expires the proposals not
/// answered by then; the at-risk job (<c>MarkAtRiskJob</c>) flags ACTIVE pairings without a completed session for
/// more than <see cref="AtRiskAfterPeriods"/> periods of their cadence (<see cref="AtRiskRule"/>).
/// </summary>
public sealed class PairingsSettings : ISettingsSection
{
    public static string SectionName => "Pairings";

    /// <summary>Days a PROPOSED pairing waits for acceptance or decline.</summary>
    public int RespondWithinDays { get; set; } = 14;

    /// <summary>
    /// Cadence periods (7, 14 or 30 days: <see cref="CadencePeriods"/>) an ACTIVE pairing may go without a completed
    /// session before it is at risk.
    /// </summary>
    public int AtRiskAfterPeriods { get; set; } = AtRiskRule.DefaultPeriods;

    /// <summary>The most pairings one statement of a housekeeping job changes (each batch is its own transaction).</summary>
    public int HousekeepingBatchSize { get; set; } = 1000;

    public TimeSpan RespondWithin => TimeSpan.FromDays(RespondWithinDays);

    public IEnumerable<SettingProblem> Problems()
    {
        if (RespondWithinDays is < 1 or > 365)
        {
            yield return new(nameof(RespondWithinDays), $"must be from 1 to 365 days (it is {RespondWithinDays}).");
        }

        if (AtRiskAfterPeriods is < 1 or > 52)
        {
            yield return new(nameof(AtRiskAfterPeriods), $"must be from 1 to 52 cadence periods (it is {AtRiskAfterPeriods}).");
        }

        if (HousekeepingBatchSize is < 1 or > 100_000)
        {
            yield return new(nameof(HousekeepingBatchSize), $"must be from 1 to 100000 pairings (it is {HousekeepingBatchSize}).");
        }
    }
}
