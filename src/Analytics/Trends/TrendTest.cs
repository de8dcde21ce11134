namespace MentorGraph.Analytics.Trends;

/// <summary>
/// Is a topic rising or falling? Each topic's last period is tested against its own baseline (the periods before)
/// with the exact conditional Poisson rate test (<see cref="PoissonRateTest"/>); the p-values of all topics judged in
/// one call are corrected together (<see cref="HolmCorrection"/>: testing 12 topics at α = 0.05 each would flag one
/// in two calls by chance alone). A topic is flagged when its corrected p-value is below α and the change is at
/// least <see cref="TrendTestOptions.MinimumRateRatio"/>; topics under <see cref="TrendTestOptions.MinimumCount"/> are
/// not judged at all (and take no part in the correction).
/// </summary>
public static class TrendTest
{
    public static IReadOnlyList<TrendVerdict> Judge(IReadOnlyList<TrendInput> topics, TrendTestOptions options)
    {
        if (options.Problems().FirstOrDefault() is { } problem)
        {
            throw new ArgumentException(problem, nameof(options));
        }

        foreach (var topic in topics)
        {
            if (topic.Baseline.Count != options.BaselinePeriods)
            {
                throw new ArgumentException($"'{topic.Key}' has {topic.Baseline.Count} baseline periods, not {options.BaselinePeriods}.", nameof(topics));
            }

            if (topic.Last < 0 || topic.Baseline.Any(c => c < 0))
            {
                throw new ArgumentException($"'{topic.Key}' has a negative count.", nameof(topics));
            }
        }

        var judged = new List<int>();
        var pValues = new List<double>();
        for (var i = 0; i < topics.Count; i++)
        {
            var topic = topics[i];
            var average = topic.Baseline.Sum() / (double)options.BaselinePeriods;
            if (Math.Max(topic.Last, average) >= options.MinimumCount)
            {
                judged.Add(i);
                pValues.Add(PoissonRateTest.TwoSidedP(topic.Last, topic.Baseline.Sum(), options.BaselinePeriods));
            }
        }

        var adjusted = HolmCorrection.Adjust(pValues);
        var verdicts = new TrendVerdict[topics.Count];
        for (var i = 0; i < topics.Count; i++)
        {
            var topic = topics[i];
            var average = topic.Baseline.Sum() / (double)options.BaselinePeriods;
            double? ratio = average > 0 ? topic.Last / average : null;
            var at = judged.IndexOf(i);
            if (at < 0)
            {
                verdicts[i] = new TrendVerdict(topic.Key, TrendDirection.TooFew, topic.Last, average, ratio, null, null);
                continue;
            }

            var significant = adjusted[at] < options.Alpha;
            var direction = significant && (ratio is null || ratio >= options.MinimumRateRatio) && topic.Last > average ? TrendDirection.Rising
                : significant && ratio <= 1 / options.MinimumRateRatio ? TrendDirection.Falling
                : TrendDirection.Steady;
            verdicts[i] = new TrendVerdict(topic.Key, direction, topic.Last, average, ratio, pValues[at], adjusted[at]);
        }

        return verdicts;
    }
}
