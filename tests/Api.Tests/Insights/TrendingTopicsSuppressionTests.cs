using MentorGraph.Analytics;
using MentorGraph.Analytics.Trends;
using MentorGraph.Api.Schema.Insights;
using MentorGraph.Persistence.Insights;

namespace MentorGraph.Api.Tests.Insights;

/// <summary>
/// The privacy rules of <see cref="TrendingTopics"/> on rows made up for each case, and an attacker who tries to
/// recover a suppressed count by subtracting what is shown from a total.
/// </summary>
public sealed class TrendingTopicsSuppressionTests
{
    private const int K = 5;
    private static readonly DateOnly Week = new(2026, 6, 8);
    private static readonly TrendTestOptions Options = new();

    private static TopicTrendRow Row(DateOnly start, string topic, int notes, int people) =>
        new(TrendPeriod.Week, start, topic, notes, null, notes, 0, 0, 0, people);

    /// <summary>Every topic with 10 notes by 10 people in each of the 9 weeks, but <paramref name="changes"/>.</summary>
    private static List<TopicTrendRow> Rows(params TopicTrendRow[] changes)
    {
        var rows = new List<TopicTrendRow>();
        for (var w = 0; w <= 8; w++)
        {
            foreach (var topic in Taxonomy.TopicDefinitions)
            {
                var start = Week.AddDays(-7 * w);
                rows.Add(changes.FirstOrDefault(c => c.PeriodStart == start && c.TopicId == topic.Name) ?? Row(start, topic.Name, 10, 10));
            }
        }

        return rows;
    }

    private static IReadOnlyList<TopicTrendView> Compute(List<TopicTrendRow> rows) =>
        TrendingTopics.Compute(rows, TrendPeriod.Week, [Week.AddDays(-7), Week], K, Options);

    private static TopicTrendView Topic(IReadOnlyList<TopicTrendView> views, string id) => views.Single(v => v.Topic.Name == id);

    [Fact]
    public void NothingSmall_NothingSuppressed()
    {
        var views = Compute(Rows());

        Assert.All(views, v => Assert.All(v.Series, p => Assert.Equal(10, p.Notes)));
        Assert.All(views, v => Assert.Equal(20, v.Upward));
    }

    [Fact]
    public void FewNotes_Suppressed_NotZero_AndTheTopicShowsNoTotals()
    {
        var views = Compute(Rows(Row(Week, "LEADERSHIP", 3, 3)));

        var leadership = Topic(views, "LEADERSHIP");
        Assert.Null(leadership.Series[^1].Notes);
        Assert.Null(leadership.Upward);
        Assert.Null(leadership.Score);
        Assert.DoesNotContain("notes in", leadership.Reason);
    }

    /// <summary>
    /// The attacker asks knowledgeFlow by topic over the series' two weeks (LEADERSHIP: 10 + 3 = 13 notes) and subtracts the
    /// weeks trendingTopics shows: with the first week shown, the small week would come back as 13 − 10.
    /// </summary>
    [Fact]
    public void OneSmallWeekOfATopic_AnotherWeekOfItIsSuppressed_SoTheTopicsTotalRecoversNeither()
    {
        var views = Compute(Rows(Row(Week, "LEADERSHIP", 3, 3)));

        var leadership = Topic(views, "LEADERSHIP");
        Assert.All(leadership.Series, point => Assert.Null(point.Notes));
        foreach (var start in new[] { Week.AddDays(-7), Week })
        {
            Assert.True(views.Count(v => v.Series.Single(p => p.Start == start).Notes is null) >= 2, $"the week of {start} hides at least two topics");
        }
    }

    [Fact]
    public void ManyNotesByFewPeople_Suppressed()
    {
        var views = Compute(Rows(Row(Week, "LEADERSHIP", 12, 2)));

        Assert.Null(Topic(views, "LEADERSHIP").Series[^1].Notes);
    }

    [Fact]
    public void OneSmallTopicInAWeek_ASecondIsSuppressed_SoTheWeeksTotalRecoversNeither()
    {
        // The attacker knows the week's total over all topics (e.g. from the knowledge-flow insight by week).
        const int weekTotal = (10 * 10) + 3 + 6;
        var views = Compute(Rows(Row(Week, "LEADERSHIP", 3, 3), Row(Week, "COMMUNICATION", 6, 6)));

        var shown = views.Select(v => v.Series[^1].Notes).ToList();
        Assert.Equal(2, shown.Count(n => n is null));
        Assert.Null(Topic(views, "LEADERSHIP").Series[^1].Notes);
        var recovered = weekTotal - shown.Sum(n => n ?? 0);
        Assert.True(recovered > 3, "what subtraction gives is LEADERSHIP's notes plus another topic's");

        // And each topic's total over the two weeks (knowledgeFlow by topic) minus its shown weeks gives back no week:
        // a topic hides none of its weeks or both.
        Assert.All(views, v => Assert.NotEqual(1, v.Series.Count(p => p.Notes is null)));
    }

    [Fact]
    public void SuppressedPoint_CannotBeRecoveredFromTheTopicsDirectionTotals()
    {
        var views = Compute(Rows(Row(Week.AddDays(-7), "DATA_ANALYTICS", 2, 2)));

        var topic = Topic(views, "DATA_ANALYTICS");
        Assert.Null(topic.Series[0].Notes);
        Assert.Null(topic.Series[1].Notes); // else the topic's total over both weeks, minus it, gives back the first
        Assert.Null(topic.Upward);
        Assert.Null(topic.Downward);
        Assert.Null(topic.Mutual);
    }

    [Fact]
    public void ZeroNotes_ShownAsZero()
    {
        var views = Compute(Rows().Where(r => !(r.PeriodStart == Week && r.TopicId == "LEADERSHIP")).ToList());

        Assert.Equal(0, Topic(views, "LEADERSHIP").Series[^1].Notes);
    }
}
