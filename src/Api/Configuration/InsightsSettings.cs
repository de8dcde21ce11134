using MentorGraph.Analytics.Trends;

namespace MentorGraph.Api.Configuration;

/// <summary>
/// Insights (section <c>Insights</c>): the company's time zone the trend tables count weeks and months in, the
/// smallest group an insight may show (privacy), and the rules of the trending/falling test.
/// </summary>
public sealed class InsightsSettings : ISettingsSection
{
    /// <summary>The lowest <see cref="MinimumGroupSize"/> allowed: smaller groups point at people.</summary>
    public const int LowestGroupSize = 3;

    public static string SectionName => "Insights";

    /// <summary>
    /// The IANA time zone (e.g. <c>Europe/Berlin</c>) weeks (Monday to Sunday) and months are counted in. Changing it
    /// makes the next refresh rebuild the trend tables.
    /// </summary>
    public string TimeZone { get; set; } = "UTC";

    /// <summary>
    /// k: a group with fewer distinct people or fewer counted notes is suppressed (returned without numbers). At least
    /// <see cref="LowestGroupSize"/>.
    /// </summary>
    public int MinimumGroupSize { get; set; } = 5;

    /// <summary>A topic is judged trending or falling only when the period or its baseline's average has this many notes.</summary>
    public int TrendMinimumCount { get; set; } = 20;

    /// <summary>The chance that any steady topic is flagged by accident in one answer (Holm-corrected over the topics).</summary>
    public double TrendAlpha { get; set; } = 0.05;

    /// <summary>The smallest change that counts: trending needs this many times the baseline's average, falling its inverse.</summary>
    public double TrendMinimumRateRatio { get; set; } = 1.5;

    /// <summary>The test's options; the baseline is always the 8 periods before the judged one.</summary>
    public TrendTestOptions TrendTest => new()
    {
        BaselinePeriods = 8,
        MinimumCount = TrendMinimumCount,
        Alpha = TrendAlpha,
        MinimumRateRatio = TrendMinimumRateRatio,
    };

    public IEnumerable<SettingProblem> Problems()
    {
        if (string.IsNullOrWhiteSpace(TimeZone) || !TimeZoneInfo.TryFindSystemTimeZoneById(TimeZone, out var zone) || !zone.HasIanaId)
        {
            yield return new(nameof(TimeZone), $"must be an IANA time zone such as UTC or Europe/Berlin (it is '{TimeZone}').");
        }

        if (MinimumGroupSize is < LowestGroupSize or > 1000)
        {
            yield return new(nameof(MinimumGroupSize), $"must be from {LowestGroupSize} to 1000 (it is {MinimumGroupSize}).");
        }

        if (TrendMinimumCount is < 1 or > 1_000_000)
        {
            yield return new(nameof(TrendMinimumCount), $"must be from 1 to 1000000 notes (it is {TrendMinimumCount}).");
        }

        if (!(TrendAlpha > 0 && TrendAlpha < 1))
        {
            yield return new(nameof(TrendAlpha), $"must be above 0 and below 1 (it is {TrendAlpha}).");
        }

        if (!(TrendMinimumRateRatio >= 1 && TrendMinimumRateRatio <= 100))
        {
            yield return new(nameof(TrendMinimumRateRatio), $"must be from 1 to 100 (it is {TrendMinimumRateRatio}).");
        }
    }
}
