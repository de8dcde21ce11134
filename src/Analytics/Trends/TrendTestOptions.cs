namespace MentorGraph.Analytics.Trends;

/// <summary>
/// The rules of the trending/falling test (<see cref="TrendTest"/>). The host passes them from its settings.
/// </summary>
public sealed record TrendTestOptions
{
    /// <summary>How many periods before the judged one form its baseline.</summary>
    public int BaselinePeriods { get; init; } = 8;

    /// <summary>
    /// A topic is judged only when the judged period or the baseline's average has at least this many notes: small
    /// numbers never trend or fall (a week going from 2 notes to 9 is noise to an executive, whatever a test says).
    /// </summary>
    public int MinimumCount { get; init; } = 20;

    /// <summary>
    /// The family-wise error rate: the chance that any steady topic of one call is flagged (Holm-corrected over the
    /// topics judged).
    /// </summary>
    public double Alpha { get; init; } = 0.05;

    /// <summary>
    /// The smallest change that counts: trending needs at least this many times the baseline's average, falling at
    /// most its inverse. Keeps very large counts from flagging changes too small to matter, and guards against the
    /// weeks being more variable than Poisson (notes come in sessions, sessions in pairs with agendas).
    /// </summary>
    public double MinimumRateRatio { get; init; } = 1.5;

    /// <summary>What is wrong with these options, if anything (empty when they are usable).</summary>
    public IEnumerable<string> Problems()
    {
        if (BaselinePeriods is < 1 or > 104)
        {
            yield return $"BaselinePeriods must be from 1 to 104 (it is {BaselinePeriods}).";
        }

        if (MinimumCount is < 1 or > 1_000_000)
        {
            yield return $"MinimumCount must be from 1 to 1000000 (it is {MinimumCount}).";
        }

        if (!(Alpha > 0 && Alpha < 1))
        {
            yield return $"Alpha must be above 0 and below 1 (it is {Alpha}).";
        }

        if (!(MinimumRateRatio >= 1 && MinimumRateRatio <= 100))
        {
            yield return $"MinimumRateRatio must be from 1 to 100 (it is {MinimumRateRatio}).";
        }
    }
}
