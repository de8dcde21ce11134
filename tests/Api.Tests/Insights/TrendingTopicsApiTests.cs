using System.Text.Json.Nodes;
using MentorGraph.Api.Tests.Seed;
using MentorGraph.Tests.Support;

namespace MentorGraph.Api.Tests.Insights;

/// <summary>
/// <c>trendingTopics</c> over GraphQL on the labelled demo seed: the seed's two rising topics trend and nothing else
/// is flagged; the series equal a direct count where shown; who may ask; bad periods.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class TrendingTopicsApiTests(InsightsApiFixture api) : IClassFixture<InsightsApiFixture>
{
    private const string Query = """
        query($period: PeriodInput!, $granularity: TrendGranularity! = WEEK) {
          trendingTopics(period: $period, granularity: $granularity) {
            topic { id } trending falling score reason upward downward mutual series { start notes }
          }
        }
        """;

    /// <summary>From eleven weeks before the seed's today to the day before it: the last complete week is its last rising week.</summary>
    private static readonly object Period = new { period = new { from = "2026-03-30", to = "2026-06-16" } };

    [Theory]
    [InlineData("EXECUTIVE")]
    [InlineData("ANALYST")]
    [InlineData("ADMIN")]
    public async Task SeededRisingTopics_AreTrending_AndNoOtherTopicIsFlagged(string role)
    {
        var topics = (await api.RunAsync(Query, api.Token(role), Period)).Ok()["trendingTopics"]!.AsArray();

        Assert.Equal(12, topics.Count);
        Assert.Equal(["SOCIAL_MEDIA", "EMERGING_TECH"], topics.Take(2).Select(Id).Order().Reverse());
        Assert.Equal(["EMERGING_TECH", "SOCIAL_MEDIA"], topics.Where(t => (bool)t!["trending"]!).Select(Id).Order());
        Assert.DoesNotContain(topics, t => (bool)t!["falling"]!);
        Assert.All(topics.Take(2), t =>
        {
            Assert.StartsWith("Rising: ", (string)t!["reason"]!);
            // Null when a period of the topic's window is suppressed (the score would give the baseline's total away).
            Assert.True(t["score"] is null || (double)t["score"]! >= 1.5);
        });
    }

    [Fact]
    public async Task Series_EveryCompleteWeekInThePeriod_ShownCountsEqualADirectCount()
    {
        var topics = (await api.RunAsync(Query, api.Token("ANALYST"), Period)).Ok()["trendingTopics"]!.AsArray();

        foreach (var topic in topics)
        {
            var series = topic!["series"]!.AsArray();
            Assert.Equal(11, series.Count);
            Assert.Equal("2026-03-30", (string)series[0]!["start"]!);
            Assert.Equal("2026-06-08", (string)series[^1]!["start"]!);
            foreach (var point in series.Where(p => p!["notes"] is not null))
            {
                var start = (string)point!["start"]!;
                var direct = await SeedDatabase.CountAsync(api.ConnectionString,
                    $"SELECT count(*) FROM session_notes WHERE topic_id = '{Id(topic)}' AND created_at >= '{start}T00:00:00Z' AND created_at < '{start}T00:00:00Z'::timestamptz + interval '7 days'");
                Assert.Equal(direct, (long)point["notes"]!);
            }
        }
    }

    [Fact]
    public async Task SuppressedPoints_HaveAtLeastOnePartnerInTheirWeek_AndHideTheirTopicsTotals()
    {
        var topics = (await api.RunAsync(Query, api.Token("EXECUTIVE"), Period)).Ok()["trendingTopics"]!.AsArray();

        var nullsPerWeek = topics.SelectMany(t => t!["series"]!.AsArray()).Where(p => p!["notes"] is null).GroupBy(p => (string)p!["start"]!);
        Assert.NotEmpty(nullsPerWeek);
        Assert.All(nullsPerWeek, week => Assert.True(week.Count() >= 2, $"Only one topic suppressed in the week of {week.Key}."));
        foreach (var topic in topics.Where(t => t!["series"]!.AsArray().Any(p => p!["notes"] is null)))
        {
            Assert.Null(topic!["upward"]);
            Assert.Null(topic["downward"]);
            Assert.Null(topic["mutual"]);
            Assert.Null(topic["score"]);
            Assert.DoesNotMatch(@"\d+ notes", (string)topic["reason"]!);
        }
    }

    [Fact]
    public async Task Months_AnswerWithAMonthlySeries()
    {
        var response = await api.RunAsync(Query, api.Token("ADMIN"), new { period = new { from = "2025-07-01", to = "2026-06-16" }, granularity = "MONTH" });

        var series = response.Ok()["trendingTopics"]![0]!["series"]!.AsArray();
        Assert.Equal("2025-07-01", (string)series[0]!["start"]!);
        Assert.Equal("2026-05-01", (string)series[^1]!["start"]!);
    }

    [Fact]
    public async Task Member_IsForbidden()
    {
        var response = await api.RunAsync(Query, api.Token(), Period);

        Assert.Equal(["FORBIDDEN"], response.Codes);
        Assert.Null(response.Data);
    }

    [Theory]
    [InlineData("2026-06-16", "2026-03-30", "period.from (2026-06-16) is after period.to (2026-03-30).")]
    [InlineData("2026-06-10", "2026-06-13", "holds no complete ISO week (Monday to Sunday) to judge")]
    [InlineData("2000-01-01", "2026-06-13", "at most 3660 are read at once")]
    public async Task BadPeriod_IsBadUserInput_SayingWhy(string from, string to, string message)
    {
        var response = await api.RunAsync(Query, api.Token("ANALYST"), new { period = new { from, to } });

        Assert.Equal(["BAD_USER_INPUT"], response.Codes);
        Assert.Contains(message, (string)response.Errors[0]!["message"]!);
    }

    private static string Id(JsonNode? topic) => (string)topic!["topic"]!["id"]!;
}
