namespace MentorGraph.Analytics.Trends;

/// <summary>What the test says of one topic.</summary>
public enum TrendDirection
{
    /// <summary>No change the test can tell from chance, or too small to matter.</summary>
    Steady,

    /// <summary>Significantly above its baseline, by at least the minimum ratio.</summary>
    Rising,

    /// <summary>Significantly below its baseline, by at least the minimum ratio.</summary>
    Falling,

    /// <summary>Neither the period nor the baseline's average reaches the minimum count: not judged.</summary>
    TooFew,
}

/// <summary>
/// The verdict on one topic.
/// </summary>
/// <param name="Key">The topic, as the caller named it.</param>
/// <param name="Direction">Rising, falling, steady or not judged.</param>
/// <param name="Last">The judged period's count.</param>
/// <param name="BaselineAverage">The baseline's count per period.</param>
/// <param name="RateRatio"><paramref name="Last"/> over <paramref name="BaselineAverage"/>; null when the baseline had none.</param>
/// <param name="PValue">The two-sided exact p-value (<see cref="PoissonRateTest"/>); null when not judged.</param>
/// <param name="AdjustedPValue">Holm-adjusted over the topics judged together; null when not judged.</param>
public sealed record TrendVerdict(
    string Key, TrendDirection Direction, int Last, double BaselineAverage, double? RateRatio, double? PValue, double? AdjustedPValue);
