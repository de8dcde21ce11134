using System.Text.Json.Nodes;
using MentorGraph.Api.Schema.Nodes;
using MentorGraph.Api.Tests.Seed;
using MentorGraph.Tests.Support;

namespace MentorGraph.Api.Tests.Insights;

/// <summary>
/// <c>engagement</c> over GraphQL on the labelled demo seed: every number equals a direct SQL count over the domain tables
/// (not the rollup it reads), for the whole company and for a program; who may ask; bad ids.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class EngagementApiTests(InsightsApiFixture api) : IClassFixture<InsightsApiFixture>
{
    private const string Query = """
        query($period: PeriodInput!, $where: EngagementFilterInput) {
          engagement(period: $period, where: $where) {
            suppressed activePairings pausedPairings pairingsActiveInPeriod sessionsHeld sessionsExpected cadenceAdherence atRiskPairings
            proposalsWaiting averageProposalAgeDays oldestProposalAgeDays feedbackCount averageFeedbackRating lessonsRecorded lessonsPerPairing
          }
        }
        """;

    private const string From = "2026-03-01";
    private const string To = "2026-05-31";

    private async Task<JsonNode> EngagementAsync(object? where = null) =>
        (await api.RunAsync(Query, api.Token("ANALYST"), new { period = new { from = From, to = To }, where })).Ok()["engagement"]!;

    public static TheoryData<bool> WithAndWithoutAProgram() => [false, true];

    [Theory]
    [MemberData(nameof(WithAndWithoutAProgram))]
    public async Task Numbers_EqualDirectCounts(bool oneProgram)
    {
        var program = await SeedDatabase.CountAsync(api.ConnectionString, "SELECT min(id) FROM programs");
        var scope = oneProgram ? $"p.program_id = {program}" : "true";
        var engagement = await EngagementAsync(oneProgram ? new { programId = GlobalId.Encode(NodeTypes.Program, program) } : null);

        // The status of each pairing at the period's end: its last change before midnight after May 31.
        var statusAtEnd = $"""
            SELECT count(*) FROM (
                SELECT DISTINCT ON (c.pairing_id) c.pairing_id, c.to_status
                FROM pairing_status_changes c JOIN pairings p ON p.id = c.pairing_id
                WHERE {scope} AND c.at < '{To}'::date + 1
                ORDER BY c.pairing_id, c.at DESC, c.id DESC) last
            WHERE to_status = 'STATUS'
            """;
        // ACTIVE at some moment: ACTIVE when the period began, or made ACTIVE during it.
        var activeInPeriod = $"""
            SELECT count(*) FROM pairings p WHERE {scope} AND (
                (SELECT c.to_status FROM pairing_status_changes c WHERE c.pairing_id = p.id AND c.at < '{From}' ORDER BY c.at DESC, c.id DESC LIMIT 1) = 'ACTIVE'
                OR EXISTS (SELECT 1 FROM pairing_status_changes c WHERE c.pairing_id = p.id AND c.to_status = 'ACTIVE' AND c.at >= '{From}' AND c.at < '{To}'::date + 1))
            """;
        var held = $"FROM sessions s JOIN pairings p ON p.id = s.pairing_id WHERE {scope} AND s.status = 'COMPLETED' AND s.occurred_at >= '{From}' AND s.occurred_at < '{To}'::date + 1";

        Assert.False((bool)engagement["suppressed"]!);
        Assert.Equal(await SeedDatabase.CountAsync(api.ConnectionString, statusAtEnd.Replace("STATUS", "ACTIVE")), (long)engagement["activePairings"]!);
        Assert.Equal(await SeedDatabase.CountAsync(api.ConnectionString, statusAtEnd.Replace("STATUS", "PAUSED")), (long)engagement["pausedPairings"]!);
        Assert.Equal(await SeedDatabase.CountAsync(api.ConnectionString, activeInPeriod), (long)engagement["pairingsActiveInPeriod"]!);
        Assert.Equal(await SeedDatabase.CountAsync(api.ConnectionString, $"SELECT count(*) {held}"), (long)engagement["sessionsHeld"]!);
        Assert.Equal(
            await SeedDatabase.CountAsync(api.ConnectionString, $"SELECT count(*) FROM session_feedback f WHERE f.session_id IN (SELECT s.id {held})"),
            (long)engagement["feedbackCount"]!);
        var rating = (await SeedDatabase.ReadAsync(api.ConnectionString,
            $"SELECT avg(f.rating)::double precision FROM session_feedback f WHERE f.session_id IN (SELECT s.id {held})", r => r.GetDouble(0)))[0];
        Assert.Equal(Math.Round(rating, 2), (double)engagement["averageFeedbackRating"]!);
        var lessons = await SeedDatabase.CountAsync(api.ConnectionString,
            $"SELECT count(*) FROM lessons l JOIN pairings p ON p.id = l.pairing_id WHERE {scope} AND l.created_at >= '{From}' AND l.created_at < '{To}'::date + 1");
        Assert.Equal(lessons, (long)engagement["lessonsRecorded"]!);
        Assert.Equal(Math.Round(lessons / (double)(int)engagement["pairingsActiveInPeriod"]!, 2), (double)engagement["lessonsPerPairing"]!);
        Assert.Equal(await SeedDatabase.CountAsync(api.ConnectionString, $"SELECT count(*) FROM pairings p WHERE {scope} AND p.status = 'PROPOSED'"), (long)engagement["proposalsWaiting"]!);
        Assert.Equal(
            await SeedDatabase.CountAsync(api.ConnectionString, statusAtEnd.Replace("WHERE to_status = 'STATUS'", $"""
                WHERE to_status IN ('ACTIVE', 'PAUSED') AND coalesce((SELECT f.at_risk FROM insights.pairing_at_risk_changes f
                    WHERE f.pairing_id = last.pairing_id AND f.at < '{To}'::date + 1 ORDER BY f.at DESC, f.id DESC LIMIT 1), false)
                """)),
            (long)engagement["atRiskPairings"]!);

        // Expected sessions: every ACTIVE stretch (to the next change, found by a correlated query), clipped to the period.
        var expectedDirect = (await SeedDatabase.ReadAsync(api.ConnectionString, $"""
            SELECT coalesce(sum(extract(epoch FROM least(coalesce(nxt.at, 'infinity'), '{To}'::date + 1) - greatest(c.at, '{From}'::date)) / 86400.0
                       / CASE p.cadence WHEN 'WEEKLY' THEN 7.0 WHEN 'BIWEEKLY' THEN 14.0 ELSE 365.25 / 12 END), 0)::double precision
            FROM pairing_status_changes c
            JOIN pairings p ON p.id = c.pairing_id
            LEFT JOIN LATERAL (
                SELECT n.at FROM pairing_status_changes n
                WHERE n.pairing_id = c.pairing_id AND (n.at, n.id) > (c.at, c.id) ORDER BY n.at, n.id LIMIT 1) nxt ON true
            WHERE {scope} AND c.to_status = 'ACTIVE' AND c.at < '{To}'::date + 1 AND coalesce(nxt.at, 'infinity') > '{From}'::date
            """, r => r.GetDouble(0)))[0];
        Assert.Equal((int)Math.Round(expectedDirect, MidpointRounding.AwayFromZero), (int)engagement["sessionsExpected"]!);

        var expected = (int)engagement["sessionsExpected"]!;
        Assert.True(expected > 0);
        Assert.Equal(Math.Round((int)engagement["sessionsHeld"]! / (double)expected, 4), (double)engagement["cadenceAdherence"]!);
    }

    [Theory]
    [InlineData("EXECUTIVE")]
    [InlineData("ANALYST")]
    [InlineData("ADMIN")]
    public async Task InsightRoles_MayAsk(string role)
    {
        var response = await api.RunAsync(Query, api.Token(role), new { period = new { from = From, to = To } });

        Assert.False((bool)response.Ok()["engagement"]!["suppressed"]!);
    }

    [Fact]
    public async Task Member_IsForbidden()
    {
        var response = await api.RunAsync(Query, api.Token(), new { period = new { from = From, to = To } });

        Assert.Equal(["FORBIDDEN"], response.Codes);
        Assert.Null(response.Data);
    }

    [Fact]
    public async Task DepartmentIdOfAnotherType_IsBadUserInput()
    {
        var response = await api.RunAsync(Query, api.Token("ANALYST"), new { period = new { from = From, to = To }, where = new { departmentId = GlobalId.Encode(NodeTypes.Program, 1) } });

        Assert.Equal(["BAD_USER_INPUT"], response.Codes);
        Assert.Contains("where.departmentId", (string)response.Errors[0]!["message"]!);
    }

    [Fact]
    public async Task ReversedPeriod_IsBadUserInput()
    {
        var response = await api.RunAsync(Query, api.Token("ANALYST"), new { period = new { from = To, to = From } });

        Assert.Equal(["BAD_USER_INPUT"], response.Codes);
    }
}
