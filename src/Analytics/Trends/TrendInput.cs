namespace MentorGraph.Analytics.Trends;

/// <summary>One topic's counts for the test: the judged period and the baseline periods before it, oldest first.</summary>
/// <param name="Key">The caller's name for the topic; returned as given.</param>
/// <param name="Baseline">The counts of the <see cref="TrendTestOptions.BaselinePeriods"/> periods before (a period without notes is 0).</param>
/// <param name="Last">The count of the judged period.</param>
public sealed record TrendInput(string Key, IReadOnlyList<int> Baseline, int Last);
