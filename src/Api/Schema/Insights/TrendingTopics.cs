using System.Globalization;
using MentorGraph.Analytics;
using MentorGraph.Analytics.Trends;
using MentorGraph.Persistence.Insights;

namespace MentorGraph.Api.Schema.Insights;

/// <summary>
/// <c>trendingTopics</c> from the trend tables' rows: each topic's series, the trending/falling test of the last
/// complete period against the 8 before (<see cref="TrendTest"/>), the direction split, and the privacy rules — a
/// topic-period with fewer than k notes or people is suppressed, no period and no topic of the series holds a single
/// unknown (the period's total over all topics and the topic's total over the series are public through knowledgeFlow;
/// <see cref="Suppressed"/>), and a topic with any suppressed period in its window shows no totals, score or numbers in
/// its reason (so nothing can be subtracted).
/// </summary>
public static class TrendingTopics
{
    public static IReadOnlyList<TopicTrendView> Compute(
        IReadOnlyList<TopicTrendRow> rows, TrendPeriod granularity, IReadOnlyList<DateOnly> series, int k, TrendTestOptions options)
    {
        var last = series[^1];
        var baseline = Enumerable.Range(1, options.BaselinePeriods).Select(i => Back(granularity, last, i)).Reverse().ToList();
        var window = baseline.Concat(series).Distinct().Order().ToList();
        var topics = Taxonomy.TopicDefinitions;
        var byKey = rows.ToDictionary(r => (r.PeriodStart, r.TopicId));
        TopicTrendRow? Row(DateOnly start, TopicDefinition topic) => byKey.GetValueOrDefault((start, topic.Name));
        int Notes(DateOnly start, TopicDefinition topic) => Row(start, topic)?.Notes ?? 0;

        var suppressed = Suppressed(window, series, topics, Row, k);
        var verdicts = TrendTest.Judge(
            [.. topics.Select(t => new TrendInput(t.Name, [.. baseline.Select(s => Notes(s, t))], Notes(last, t)))], options);
        var judgedCount = verdicts.Count(v => v.PValue is not null);

        var views = new List<TopicTrendView>();
        for (var i = 0; i < topics.Count; i++)
        {
            var topic = topics[i];
            var verdict = verdicts[i];
            var hidden = window.Any(s => suppressed.Contains((s, topic.Name)));
            var points = series.Select(s => new TrendPointView(s, suppressed.Contains((s, topic.Name)) ? null : Notes(s, topic))).ToList();
            var seriesRows = series.Select(s => Row(s, topic)).OfType<TopicTrendRow>().ToList();
            var (upward, downward, mutual) = (seriesRows.Sum(r => r.Upward), seriesRows.Sum(r => r.Downward), seriesRows.Sum(r => r.Mutual));
            var reason = Reason(verdict, granularity, last, options, judgedCount, hidden ? null : (upward, downward, mutual));
            views.Add(new TopicTrendView(
                topic,
                verdict.Direction == TrendDirection.Rising,
                verdict.Direction == TrendDirection.Falling,
                hidden || verdict.RateRatio is null ? null : Math.Round(verdict.RateRatio.Value, 2),
                reason,
                hidden ? null : upward,
                hidden ? null : downward,
                hidden ? null : mutual,
                points));
        }

        return [.. views
            .Select((view, index) => (view, index))
            .OrderBy(x => x.view.Trending ? 0 : x.view.Falling ? 1 : 2)
            .ThenByDescending(x => x.view.Trending ? verdicts[x.index].RateRatio ?? double.MaxValue : 0)
            .ThenBy(x => x.index)
            .Select(x => x.view)];
    }

    /// <summary>
    /// The suppressed topic-periods, by <see cref="LatticeSuppression"/>: a topic-period with fewer than k notes (but some)
    /// or fewer than k people is suppressed; the series' periods are one grid of period × topic, whose coarser grids are
    /// public elsewhere — a period's total over all topics (knowledgeFlow by week or month), a topic's total over the
    /// series (knowledgeFlow by topic over the same span) — so no period and no topic holds one unknown: a topic's total
    /// minus its visible periods gives back no small period. The baseline's periods before the series are decided one
    /// period at a time (only whether a topic shows numbers depends on them). People do not add up: a group of several
    /// topic-periods counts the most of any of them (a lower bound, so a coarse group is never taken for larger than it is).
    /// </summary>
    internal static HashSet<(DateOnly, string)> Suppressed(
        IReadOnlyList<DateOnly> periods, IReadOnlyList<DateOnly> series, IReadOnlyList<TopicDefinition> topics,
        Func<DateOnly, TopicDefinition, TopicTrendRow?> row, int k)
    {
        var suppressed = new HashSet<(DateOnly, string)>();
        void Decide(IReadOnlyList<DateOnly> starts)
        {
            var cells = starts.SelectMany(start => topics.Select(topic => row(start, topic)))
                .OfType<TopicTrendRow>().Where(r => r.Notes > 0).ToList();
            var keys = cells.Select(r => new LatticeCell([r.PeriodStart.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), r.TopicId])).ToList();
            var hidden = LatticeSuppression.Suppressed(keys, 2, members =>
            {
                var notes = members.Sum(i => cells[i].Notes);
                return new GroupMeasure(notes < k || members.Max(i => cells[i].People) < k, notes);
            });
            suppressed.UnionWith(hidden.Select(i => (cells[i].PeriodStart, cells[i].TopicId)));
        }

        Decide(series);
        foreach (var start in periods.Except(series))
        {
            Decide([start]);
        }

        return suppressed;
    }

    private static DateOnly Back(TrendPeriod granularity, DateOnly start, int periods) =>
        granularity == TrendPeriod.Week ? start.AddDays(-7 * periods) : start.AddMonths(-periods);

    /// <summary>Why, in words; numbers only when <paramref name="split"/> is given (nothing of the topic is suppressed).</summary>
    private static string Reason(
        TrendVerdict verdict, TrendPeriod granularity, DateOnly last, TrendTestOptions options, int judged, (int Up, int Down, int Mutual)? split)
    {
        var unit = granularity == TrendPeriod.Week ? "week" : "month";
        var when = granularity == TrendPeriod.Week
            ? string.Create(CultureInfo.InvariantCulture, $"the week of {last:yyyy-MM-dd}")
            : last.ToString("MMMM yyyy", CultureInfo.InvariantCulture);
        var before = $"the {options.BaselinePeriods} {unit}s before";
        var numbers = split is not null;
        string Text(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
        var tested = Text($"p = {verdict.AdjustedPValue:0.####} after correcting for the {judged} topics judged");
        var sentence = verdict.Direction switch
        {
            TrendDirection.Rising when numbers && verdict.RateRatio is { } ratio =>
                Text($"Rising: {verdict.Last} notes in {when}, {ratio:0.0} times the average of {verdict.BaselineAverage:0.0} over {before} ({tested})."),
            TrendDirection.Rising when numbers =>
                Text($"Rising: {verdict.Last} notes in {when}, none in {before} ({tested})."),
            TrendDirection.Rising => Text($"Rising: {when} is well above {before} ({tested})."),
            TrendDirection.Falling when numbers =>
                Text($"Falling: {verdict.Last} notes in {when}, {verdict.RateRatio:0.0} times the average of {verdict.BaselineAverage:0.0} over {before} ({tested})."),
            TrendDirection.Falling => Text($"Falling: {when} is well below {before} ({tested})."),
            TrendDirection.TooFew => Text($"Too few notes to judge: under {options.MinimumCount} in {when} and on average in {before}."),
            _ when verdict.AdjustedPValue < options.Alpha =>
                Text($"Steady: {when} differs from {before}, but by less than {options.MinimumRateRatio:0.##} times."),
            _ when numbers => Text($"Steady: {verdict.Last} notes in {when} against an average of {verdict.BaselineAverage:0.0} over {before}; no significant change."),
            _ => Text($"Steady: no significant change in {when} against {before}."),
        };
        return split is { } s && Leaning(s) is { } leaning ? $"{sentence} {leaning}" : sentence;
    }

    /// <summary>Which way the series' notes were mostly taught, when one direction has more than half of them.</summary>
    private static string? Leaning((int Up, int Down, int Mutual) split)
    {
        var total = split.Up + split.Down + split.Mutual;
        return total == 0 ? null
            : split.Up * 2 > total ? "Mostly taught upward: juniors teaching seniors."
            : split.Down * 2 > total ? "Mostly taught downward: seniors teaching juniors."
            : split.Mutual * 2 > total ? "Mostly learned both ways at once."
            : "Taught both ways.";
    }
}
