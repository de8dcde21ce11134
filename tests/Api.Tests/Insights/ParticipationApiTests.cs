using System.Text.Json.Nodes;
using MentorGraph.Api.Schema.Nodes;
using MentorGraph.Api.Tests.Seed;
using MentorGraph.Tests.Support;

namespace MentorGraph.Api.Tests.Insights;

/// <summary>
/// <c>participation</c> over GraphQL on the labelled demo seed: per department, the numbers equal direct SQL counts over
/// pairings; months and quarters; who may ask; bad groupings.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class ParticipationApiTests(InsightsApiFixture api) : IClassFixture<InsightsApiFixture>
{
    internal const string Query = """
        query($period: PeriodInput!, $groupBy: [ParticipationGrouping!]!) {
          participation(period: $period, groupBy: $groupBy) {
            key label suppressed juniors seniors repeatParticipants pairingsStarted pairingsCompleted completionRate
          }
        }
        """;

    private const string From = "2025-06-18";
    private const string To = "2026-06-17";

    /// <summary>The pairings that ran in the year (started before its end, not ended before its start).</summary>
    private const string Ran = $"p.started_at < '{To}'::date + 1 AND (p.ended_at IS NULL OR p.ended_at >= '{From}'::date)";

    private async Task<JsonArray> ParticipationAsync(params string[] groupBy) =>
        (await api.RunAsync(Query, api.Token("EXECUTIVE"), new { period = new { from = From, to = To }, groupBy })).Ok()["participation"]!.AsArray();

    [Fact]
    public async Task ByDepartment_OverAYear_EqualsDirectCounts()
    {
        var groups = await ParticipationAsync("DEPARTMENT");

        Assert.NotEmpty(groups);
        Assert.All(groups, g => Assert.False((bool)g!["suppressed"]!));
        foreach (var group in groups)
        {
            Assert.True(GlobalId.TryDecode((string)group!["key"]!, NodeTypes.Department, out var department));
            var inDepartment = $"(SELECT department_id FROM people WHERE id = {{0}}) = {department}";
            Assert.Equal(
                await SeedDatabase.CountAsync(api.ConnectionString, $"SELECT count(DISTINCT p.junior_id) FROM pairings p WHERE {Ran} AND {string.Format(inDepartment, "p.junior_id")}"),
                (long)group["juniors"]!);
            Assert.Equal(
                await SeedDatabase.CountAsync(api.ConnectionString, $"SELECT count(DISTINCT p.senior_id) FROM pairings p WHERE {Ran} AND {string.Format(inDepartment, "p.senior_id")}"),
                (long)group["seniors"]!);
            var either = $"({string.Format(inDepartment, "p.junior_id")} OR {string.Format(inDepartment, "p.senior_id")})";
            Assert.Equal(
                await SeedDatabase.CountAsync(api.ConnectionString, $"SELECT count(*) FROM pairings p WHERE {either} AND p.started_at >= '{From}' AND p.started_at < '{To}'::date + 1"),
                (long)group["pairingsStarted"]!);
            var completed = await SeedDatabase.CountAsync(api.ConnectionString,
                $"SELECT count(*) FROM pairings p WHERE {either} AND p.status = 'COMPLETED' AND p.ended_at >= '{From}' AND p.ended_at < '{To}'::date + 1");
            var cancelled = await SeedDatabase.CountAsync(api.ConnectionString,
                $"SELECT count(*) FROM pairings p WHERE {either} AND p.status = 'CANCELLED' AND p.started_at IS NOT NULL AND p.ended_at >= '{From}' AND p.ended_at < '{To}'::date + 1");
            Assert.Equal(completed, (long)group["pairingsCompleted"]!);
            Assert.Equal(completed + cancelled == 0 ? null : Math.Round(completed / (double)(completed + cancelled), 4), (double?)group["completionRate"]);
            var repeaters = await SeedDatabase.CountAsync(api.ConnectionString, $"""
                SELECT count(DISTINCT x.person_id)
                FROM pairings p CROSS JOIN LATERAL (VALUES (p.senior_id), (p.junior_id)) AS x (person_id)
                WHERE {Ran} AND {string.Format(inDepartment, "x.person_id")}
                  AND (SELECT count(*) FROM pairings q WHERE (q.senior_id = x.person_id OR q.junior_id = x.person_id) AND q.started_at < '{To}'::date + 1) > 1
                """);
            Assert.Equal(repeaters, (long)group["repeatParticipants"]!);
        }
    }

    [Fact]
    public async Task WithoutGrouping_OneGroupOfEveryoneWhoTookPart()
    {
        var all = Assert.Single(await ParticipationAsync());

        Assert.Equal("ALL", (string)all!["key"]!);
        Assert.Equal(await SeedDatabase.CountAsync(api.ConnectionString, $"SELECT count(DISTINCT p.junior_id) FROM pairings p WHERE {Ran}"), (long)all["juniors"]!);
        Assert.Equal(await SeedDatabase.CountAsync(api.ConnectionString, $"SELECT count(DISTINCT p.senior_id) FROM pairings p WHERE {Ran}"), (long)all["seniors"]!);
    }

    [Fact]
    public async Task ByMonth_OneGroupPerMonthOfThePeriod_ClippedToIt()
    {
        var groups = await ParticipationAsync("MONTH");

        Assert.Equal(13, groups.Count); // June 18 to June 17: 2025-06 … 2026-06
        Assert.Equal("2025-06", (string)groups[0]!["key"]!);
        Assert.Equal("June 2025", (string)groups[0]!["label"]!);
        Assert.Equal("2026-06", (string)groups[^1]!["key"]!);
        var june = await SeedDatabase.CountAsync(api.ConnectionString,
            "SELECT count(*) FROM pairings p WHERE p.started_at >= '2026-06-01' AND p.started_at < '2026-06-18'");
        Assert.True((bool)groups[^1]!["suppressed"]! || (long)groups[^1]!["pairingsStarted"]! == june);
    }

    [Fact]
    public async Task ByQuarterAndDepartment_KeysReadQuarterThenDepartment()
    {
        var groups = await ParticipationAsync("QUARTER", "DEPARTMENT");

        Assert.Contains(groups, g => ((string)g!["key"]!).StartsWith("2026-Q1|", StringComparison.Ordinal) && ((string)g["label"]!).StartsWith("2026 Q1 · ", StringComparison.Ordinal));
        Assert.All(groups, g => Assert.Matches(@"^20(25|26)-Q[1-4]\|", (string)g!["key"]!));
    }

    [Theory]
    [InlineData("""["MONTH", "QUARTER"]""", "MONTH or QUARTER, not both")]
    [InlineData("""["DEPARTMENT", "DEPARTMENT"]""", "each once")]
    [InlineData("""["DEPARTMENT", "PROGRAM", "MONTH", "QUARTER"]""", "at most 3 groupings")]
    public async Task BadGroupings_AreBadUserInput_SayingWhy(string groupBy, string message)
    {
        var response = await api.RunAsync(Query, api.Token("ANALYST"), new { period = new { from = From, to = To }, groupBy = JsonNode.Parse(groupBy) });

        Assert.Equal(["BAD_USER_INPUT"], response.Codes);
        Assert.Contains(message, (string)response.Errors[0]!["message"]!);
    }

    [Fact]
    public async Task Member_IsForbidden()
    {
        var response = await api.RunAsync(Query, api.Token(), new { period = new { from = From, to = To }, groupBy = new[] { "DEPARTMENT" } });

        Assert.Equal(["FORBIDDEN"], response.Codes);
        Assert.Null(response.Data);
    }
}
