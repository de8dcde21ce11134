using System.Text.Json.Nodes;
using MentorGraph.Api.Tests.Seed;
using MentorGraph.Tests.Support;

namespace MentorGraph.Api.Tests.Insights;

/// <summary>
/// <c>knowledgeFlow</c> over GraphQL on the labelled demo seed: numbers equal a direct SQL count; suppression for
/// every groupBy, with an attempt to recover a suppressed group by subtracting the visible ones from the total.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class KnowledgeFlowApiTests(InsightsApiFixture api) : IClassFixture<InsightsApiFixture>
{
    private const string Query = """
        query($period: PeriodInput!, $groupBy: [FlowGrouping!]!) {
          knowledgeFlow(period: $period, groupBy: $groupBy) { key label suppressed upward downward mutual total reciprocityIndex }
        }
        """;

    private static readonly string[] Groupings = ["DEPARTMENT", "PROGRAM", "TOPIC", "BAND_PAIR", "MONTH", "WEEK"];

    private async Task<JsonArray> FlowAsync(string from, string to, params string[] groupBy) =>
        (await api.RunAsync(Query, api.Token("ANALYST"), new { period = new { from, to }, groupBy })).Ok()["knowledgeFlow"]!.AsArray();

    [Fact]
    public async Task ByTopic_OverAYear_EqualsADirectCount()
    {
        var groups = await FlowAsync("2025-06-17", "2026-06-16", "TOPIC");

        Assert.Equal(12, groups.Count);
        foreach (var group in groups)
        {
            var topic = (string)group!["key"]!;
            foreach (var direction in new[] { "UPWARD", "DOWNWARD", "MUTUAL" })
            {
                var direct = await SeedDatabase.CountAsync(api.ConnectionString,
                    $"SELECT count(*) FROM session_notes WHERE topic_id = '{topic}' AND direction = '{direction}' AND created_at >= '2025-06-17T00:00:00Z' AND created_at < '2026-06-17T00:00:00Z'");
                Assert.Equal(direct, (long)group[direction.ToLowerInvariant()]!);
            }

            var (up, down, total) = ((int)group["upward"]!, (int)group["downward"]!, (int)group["total"]!);
            Assert.Equal(1 - (Math.Abs(up - down) / (double)total), (double)group["reciprocityIndex"]!, 3);
        }
    }

    [Fact]
    public async Task BandPairKeys_ReadSeniorBandThenJuniorBand()
    {
        var groups = await FlowAsync("2025-06-17", "2026-06-16", "BAND_PAIR");

        Assert.Contains(groups, g => (string)g!["key"]! == "EXECUTIVE>JUNIOR" && (string)g["label"]! == "Executive > Junior");
        Assert.All(groups, g => Assert.Matches("^(EXECUTIVE|SENIOR|MID)>(SENIOR|MID|JUNIOR)$", (string)g!["key"]!));
    }

    [Fact]
    public async Task WithoutGrouping_OneGroupOfAllNotes()
    {
        var groups = await FlowAsync("2026-06-01", "2026-06-14");

        var all = Assert.Single(groups);
        Assert.Equal("ALL", (string)all!["key"]!);
        Assert.Equal(
            await SeedDatabase.CountAsync(api.ConnectionString, "SELECT count(*) FROM session_notes WHERE topic_id IS NOT NULL AND created_at >= '2026-06-01' AND created_at < '2026-06-15'"),
            (long)all["total"]!);
    }

    public static TheoryData<string> EveryGrouping() => [.. Groupings];

    /// <summary>
    /// Two weeks of notes split by each grouping: small groups exist, each is suppressed with no numbers, and the
    /// total minus the visible groups never isolates one suppressed group (at least two, or none, are suppressed).
    /// </summary>
    [Theory]
    [MemberData(nameof(EveryGrouping))]
    public async Task Suppression_HoldsForEveryGrouping_AndSubtractionFromTheTotalRecoversNoGroup(string grouping)
    {
        var total = (int)(await FlowAsync("2026-05-25", "2026-06-14"))[0]!["total"]!;
        var groups = await FlowAsync("2026-05-25", "2026-06-14", grouping);

        var suppressed = groups.Where(g => (bool)g!["suppressed"]!).ToList();
        Assert.All(suppressed, g =>
        {
            foreach (var field in new[] { "upward", "downward", "mutual", "total", "reciprocityIndex" })
            {
                Assert.Null(g![field]);
            }
        });
        Assert.Contains(suppressed.Count, new[] { 0, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20 });
        var remainder = total - groups.Where(g => !(bool)g!["suppressed"]!).Sum(g => (int)g!["total"]!);
        if (suppressed.Count > 0)
        {
            // What subtraction gives is the sum of at least two suppressed groups, not any one of them.
            Assert.True(remainder >= 2);
        }
        else
        {
            Assert.Equal(0, remainder);
        }

        Assert.All(groups.Where(g => !(bool)g!["suppressed"]!), g => Assert.True((int)g!["total"]! >= 5));
    }

    /// <summary>
    /// By topic and month: along each grouping, a line of groups adds up to a group of the answer by the other grouping
    /// alone; counting that total as unknown when it is suppressed there, no line holds exactly one unknown.
    /// </summary>
    [Fact]
    public async Task TwoGroupings_NoLineHoldsOneUnknown_CountingTheCoarserAnswersSuppressedTotals()
    {
        var groups = await FlowAsync("2026-04-01", "2026-06-14", "TOPIC", "MONTH");
        var byTopic = await FlowAsync("2026-04-01", "2026-06-14", "TOPIC");
        var byMonth = await FlowAsync("2026-04-01", "2026-06-14", "MONTH");

        LineAssert.NoLineHoldsOneUnknown(groups, [byMonth, byTopic]);
        Assert.Contains(groups, g => (bool)g!["suppressed"]!);
    }

    /// <summary>The same groupings in another order hide the same groups (the rule sees the dimensions in one order).</summary>
    [Fact]
    public async Task TwoGroupings_InEitherOrder_HideTheSameGroups()
    {
        static HashSet<string> Hidden(JsonArray groups, bool swap) => [.. groups.Where(g => (bool)g!["suppressed"]!).Select(g =>
        {
            var parts = ((string)g!["key"]!).Split('|');
            return swap ? parts[1] + "|" + parts[0] : parts[0] + "|" + parts[1];
        })];

        var topicMonth = await FlowAsync("2026-04-01", "2026-06-14", "TOPIC", "MONTH");
        var monthTopic = await FlowAsync("2026-04-01", "2026-06-14", "MONTH", "TOPIC");

        Assert.NotEmpty(Hidden(topicMonth, swap: false));
        Assert.Equal(Hidden(topicMonth, swap: false), Hidden(monthTopic, swap: true));
    }

    [Fact]
    public async Task Where_ATopicAndADepartment_CountsOnlyThoseNotes()
    {
        var department = await SeedDatabase.CountAsync(api.ConnectionString, "SELECT min(id) FROM departments");
        var departmentId = Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"Department:{department}"));
        const string Filtered = """
            query($period: PeriodInput!, $where: KnowledgeFlowFilterInput) {
              knowledgeFlow(period: $period, groupBy: [], where: $where) { key suppressed total }
            }
            """;

        var response = await api.RunAsync(Filtered, api.Token("ADMIN"), new
        {
            period = new { from = "2025-06-17", to = "2026-06-16" },
            where = new { topic = "LEADERSHIP", departmentId },
        });

        var group = Assert.Single(response.Ok()["knowledgeFlow"]!.AsArray());
        Assert.Equal(
            await SeedDatabase.CountAsync(api.ConnectionString,
                $"SELECT count(*) FROM session_notes n JOIN people a ON a.id = n.author_id WHERE n.topic_id = 'LEADERSHIP' AND a.department_id = {department} AND n.created_at >= '2025-06-17' AND n.created_at < '2026-06-17'"),
            (long)group!["total"]!);
    }

    [Fact]
    public async Task Where_AnIdOfAnotherType_IsBadUserInput()
    {
        const string Filtered = "query { knowledgeFlow(period: { from: \"2026-01-01\", to: \"2026-06-14\" }, groupBy: [], where: { programId: \"UGVyc29uOjE=\" }) { key } }";

        var response = await api.RunAsync(Filtered, api.Token("ADMIN"));

        Assert.Equal(["BAD_USER_INPUT"], response.Codes);
    }

    [Theory]
    [InlineData("[\"TOPIC\", \"TOPIC\"]")]
    [InlineData("[\"TOPIC\", \"WEEK\", \"MONTH\", \"PROGRAM\"]")]
    public async Task BadGroupBy_IsBadUserInput(string groupBy)
    {
        var response = await api.RunAsync(Query, api.Token("EXECUTIVE"), new { period = new { from = "2026-01-01", to = "2026-06-14" }, groupBy = JsonNode.Parse(groupBy) });

        Assert.Equal(["BAD_USER_INPUT"], response.Codes);
        Assert.Contains("at most 3 groupings, each once", (string)response.Errors[0]!["message"]!);
    }
}
