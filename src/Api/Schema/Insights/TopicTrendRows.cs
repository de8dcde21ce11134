using MentorGraph.Api.Exports;
using MentorGraph.GraphQL.Data.Declarations;
using MentorGraph.Persistence.Insights;

namespace MentorGraph.Api.Schema.Insights;

/// <summary>
/// The GraphQL type <c>TopicTrendRow</c>: one row of <c>insights.topic_trends</c> after the privacy rule (numbers null
/// when <see cref="Suppressed"/>). <see cref="Key"/> and <see cref="NotesOrder"/> exist for paging only.
/// </summary>
public sealed record TopicTrendRowView(
    long Key, TrendPeriod Granularity, DateOnly PeriodStart, string TopicId, bool Suppressed,
    int? Notes, double? Share, int? Upward, int? Downward, int? Mutual, int? Lessons, int? People)
{
    /// <summary>
    /// What <c>order: { notes: … }</c> sorts by: the notes, or for a suppressed row <see cref="int.MaxValue"/> — the rows are
    /// in memory, where nulls would sort first, and every other connection sorts nulls greatest (PostgreSQL's order), which
    /// the cursors assume. A cursor carries no suppressed number this way: every suppressed row has the same value.
    /// </summary>
    public int NotesOrder => Notes ?? int.MaxValue;

    /// <summary>
    /// The granularity as filters and orders see it, <c>WEEK</c> or <c>MONTH</c>: a cursor carries text, not a C# enum
    /// (descending puts weeks first, the export's order).
    /// </summary>
    public string GranularityName => Granularity == TrendPeriod.Week ? "WEEK" : "MONTH";

    /// <summary>The row's period as one number (a DataLoader's key): its start's day number, then the granularity.</summary>
    public long PeriodKey => (PeriodStart.DayNumber * 2L) + (Granularity == TrendPeriod.Week ? 0 : 1);
}

/// <summary>
/// <c>topicTrends</c>: the trend tables' rows, with the export's privacy rule (<see cref="TopicTrendsExport.Suppress"/>,
/// applied to whole periods before any filter, so a filter never changes what is suppressed), paged, filtered and sorted in
/// memory by the engine's connection machinery. The tables hold one row per topic and period with notes or lessons: 12
/// topics × (52 weeks + 12 months) a year, a few thousand rows for years of history, read whole in one indexed scan.
/// </summary>
public static class TopicTrendRows
{
    /// <summary>The connection's shape: filter on topic, granularity, periodStart; sort on those and notes. Inputs named <c>TopicTrend…Input</c> as agreed.</summary>
    public static EntityShape<TopicTrendRowView> Shape { get; } = new EntityShape<TopicTrendRowView>("TopicTrendRow", "TopicTrend")
        .Key(r => r.Key)
        .Enum("topic", r => r.TopicId, "TopicId", fromGraphQL: value => ((MentorGraph.Analytics.TopicDefinition)value).Name)
        .Enum("granularity", r => r.GranularityName, "TrendGranularity", fromGraphQL: value => (TrendPeriod)value == TrendPeriod.Week ? "WEEK" : "MONTH")
        .Field("periodStart", r => r.PeriodStart)
        .Field("notes", r => r.NotesOrder, FieldUse.Sort);

    /// <summary>
    /// A key unique over the tables and stable as rows are added: the period's day number, then the granularity, then the
    /// topic's place in the taxonomy.
    /// </summary>
    public static long KeyOf(TrendPeriod granularity, DateOnly periodStart, string topicId) =>
        (periodStart.DayNumber * 1000L) + (granularity == TrendPeriod.Week ? 0 : 500) + TopicIndex(topicId);

    /// <summary>
    /// Every row of the tables, in the export's order (weeks, then months; by period, then topic), after the privacy rule.
    /// <see cref="TopicTrendRowView.Lessons"/> is the table's number: the lessons rule is applied where the field is resolved
    /// (<c>TopicTrendRowsResolvers</c>), for the periods of the rows asked for only.
    /// </summary>
    public static IReadOnlyList<TopicTrendRowView> Visible(IReadOnlyList<TopicTrendRow> weeks, IReadOnlyList<TopicTrendRow> months, int k)
    {
        var views = new List<TopicTrendRowView>(weeks.Count + months.Count);
        foreach (var rows in new[] { weeks, months })
        {
            foreach (var period in rows.GroupBy(r => r.PeriodStart))
            {
                var block = period
                    .OrderBy(r => r.TopicId, StringComparer.Ordinal)
                    .Select(r => new TopicTrendsExport.Row(
                        r.Granularity == TrendPeriod.Week ? "WEEK" : "MONTH", r.PeriodStart, r.TopicId, r.Notes, r.Share, r.Upward, r.Downward, r.Mutual, r.Lessons, r.People))
                    .ToList();
                TopicTrendsExport.Suppress(block, k);
                var granularity = period.First().Granularity;
                views.AddRange(block.Select(r => r.Suppressed
                    ? new TopicTrendRowView(KeyOf(granularity, r.PeriodStart, r.Topic), granularity, r.PeriodStart, r.Topic, true, null, null, null, null, null, null, null)
                    : new TopicTrendRowView(KeyOf(granularity, r.PeriodStart, r.Topic), granularity, r.PeriodStart, r.Topic, false, r.Notes, r.Share, r.Upward, r.Downward, r.Mutual, r.Lessons, r.People)));
            }
        }

        return views;
    }

    /// <summary>The topics' places in the taxonomy (under 500, so a week's keys never meet a month's).</summary>
    private static readonly Dictionary<string, int> TopicIndexes = MentorGraph.Analytics.Taxonomy.TopicDefinitions
        .Select((topic, i) => (topic.Name, i))
        .ToDictionary(x => x.Name, x => x.i, StringComparer.Ordinal);

    private static int TopicIndex(string topicId) =>
        TopicIndexes.TryGetValue(topicId, out var index) ? index : throw new InvalidOperationException($"The trend tables hold the topic '{topicId}', which the taxonomy does not know.");
}
