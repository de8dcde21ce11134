using MentorGraph.Persistence.Entities;

namespace MentorGraph.Persistence.Domain;

/// <summary>
/// When a pairing is at risk: it is ACTIVE and has had no COMPLETED session for more than
/// <c>periods</c> of its cadence (<see cref="CadencePeriods"/>) since it last became ACTIVE. The clock starts at
/// the latest of its last completed session's <c>occurred_at</c>, its <c>started_at</c> and the last time it
/// became ACTIVE (a resume restarts it: time spent PAUSED does not count). Strictly more: at exactly
/// <c>periods</c> periods it is not yet at risk. Any other status is never at risk.
/// <para>
/// <see cref="Housekeeping.PairingHousekeeping.MarkAtRiskAsync"/> applies the same rule in SQL to every pairing;
/// this is the rule in code, for tests and for reading.
/// </para>
/// </summary>
public static class AtRiskRule
{
    /// <summary>The number of periods unless the application configures otherwise.</summary>
    public const int DefaultPeriods = 3;

    /// <summary>How long a pairing of <paramref name="cadence"/> may go without a completed session.</summary>
    public static TimeSpan Allowance(Cadence cadence, int periods) => TimeSpan.FromDays(periods * CadencePeriods.DaysOf(cadence));

    /// <summary>
    /// Whether a pairing in <paramref name="status"/> is at risk at <paramref name="now"/>, given when its clock
    /// started (<paramref name="since"/>: the latest of the last completed session, the start and the last
    /// activation).
    /// </summary>
    public static bool IsAtRisk(PairingStatus status, Cadence cadence, DateTimeOffset since, DateTimeOffset now, int periods) =>
        status == PairingStatus.Active && since + Allowance(cadence, periods) < now;
}
