using System.Text.Json.Nodes;
using MentorGraph.Api.Schema.Nodes;
using MentorGraph.Api.Tests.Seed;
using MentorGraph.Tests.Support;

namespace MentorGraph.Api.Tests.Insights;

/// <summary>
/// The privacy rules of <c>participation</c> and <c>engagement</c> on an organisation with a department of two people
/// ("Tiny", see <see cref="SmallDepartmentFixture"/>): the small group is suppressed, and subtracting the visible groups
/// from the total does not give it back.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class SmallGroupSuppressionTests(SmallDepartmentFixture org) : IClassFixture<SmallDepartmentFixture>
{
    private static readonly object Year = new { from = "2025-06-18", to = "2026-06-17" };

    private const string EngagementQuery = """
        query($period: PeriodInput!, $where: EngagementFilterInput) {
          engagement(period: $period, where: $where) {
            suppressed activePairings pausedPairings pairingsActiveInPeriod sessionsHeld sessionsExpected cadenceAdherence atRiskPairings
            proposalsWaiting averageProposalAgeDays oldestProposalAgeDays feedbackCount averageFeedbackRating lessonsRecorded lessonsPerPairing
          }
        }
        """;

    private string Tiny => GlobalId.Encode(NodeTypes.Department, org.TinyDepartmentId);

    private async Task<JsonArray> ParticipationAsync(params string[] groupBy) =>
        (await org.RunAsync(ParticipationApiTests.Query, org.Token("ANALYST"), new { period = Year, groupBy })).Ok()["participation"]!.AsArray();

    [Fact]
    public async Task Participation_TinyDepartment_IsSuppressed_WithNoNumbers()
    {
        var groups = await ParticipationAsync("DEPARTMENT");

        var tiny = Assert.Single(groups, g => (string)g!["key"]! == Tiny);
        Assert.True((bool)tiny!["suppressed"]!);
        Assert.Equal("Tiny", (string)tiny["label"]!);
        foreach (var field in new[] { "juniors", "seniors", "repeatParticipants", "pairingsStarted", "pairingsCompleted", "completionRate" })
        {
            Assert.Null(tiny[field]);
        }
    }

    /// <summary>
    /// The attack: the company's juniors (no grouping) minus the juniors of every visible department. Departments partition
    /// people, so without complementary suppression that difference would be Tiny's two juniors exactly.
    /// </summary>
    [Fact]
    public async Task Participation_SubtractingTheVisibleDepartmentsFromTheTotal_DoesNotRecoverTheTinyDepartment()
    {
        var total = Assert.Single(await ParticipationAsync())!;
        var groups = await ParticipationAsync("DEPARTMENT");
        var tinyJuniors = await SeedDatabase.CountAsync(org.ConnectionString, $"""
            SELECT count(DISTINCT p.junior_id) FROM pairings p JOIN people j ON j.id = p.junior_id
            WHERE j.department_id = {org.TinyDepartmentId}
              AND p.started_at < '2026-06-18' AND (p.ended_at IS NULL OR p.ended_at >= '2025-06-18')
            """);

        var visible = groups.Where(g => !(bool)g!["suppressed"]!).ToList();
        var remainder = (int)total["juniors"]! - visible.Sum(g => (int)g!["juniors"]!);

        Assert.Equal(2, tinyJuniors);
        Assert.True(groups.Count(g => (bool)g!["suppressed"]!) >= 2, "The smallest visible department is suppressed with Tiny.");
        Assert.NotEqual(tinyJuniors, remainder);
        Assert.True(remainder > tinyJuniors, "What subtraction gives is Tiny's juniors plus another department's.");
    }

    [Fact]
    public async Task Participation_TwoGroupings_NoLineHoldsOneUnknown_CountingTheCoarserAnswersSuppressedTotals()
    {
        var groups = await ParticipationAsync("PROGRAM", "DEPARTMENT");

        Assert.Contains(groups, g => (bool)g!["suppressed"]!);
        LineAssert.NoLineHoldsOneUnknown(groups, [await ParticipationAsync("DEPARTMENT"), await ParticipationAsync("PROGRAM")]);
    }

    /// <summary>
    /// The attack through a finer answer: the department taken as Tiny's complement, split by program, would add up to
    /// that department if every part were shown; one is suppressed.
    /// </summary>
    [Fact]
    public async Task Participation_TheComplementDepartmentByProgram_DoesNotAddUpToIt()
    {
        var complements = (await ParticipationAsync("DEPARTMENT")).Where(g => (bool)g!["suppressed"]! && (string)g["key"]! != Tiny).Select(g => (string)g!["key"]!).ToList();
        var byProgram = await ParticipationAsync("DEPARTMENT", "PROGRAM");

        Assert.NotEmpty(complements);
        Assert.All(complements, department =>
            Assert.Contains(byProgram, g => ((string)g!["key"]!).StartsWith(department + "|", StringComparison.Ordinal) && (bool)g["suppressed"]!));
    }

    private const string FlowQuery = """
        query($period: PeriodInput!, $groupBy: [FlowGrouping!]!, $where: KnowledgeFlowFilterInput) {
          knowledgeFlow(period: $period, groupBy: $groupBy, where: $where) { key suppressed total }
        }
        """;

    private async Task<JsonArray> FlowAsync(object? where, params string[] groupBy) =>
        (await org.RunAsync(FlowQuery, org.Token("ANALYST"), new { period = Year, groupBy, where })).Ok()["knowledgeFlow"]!.AsArray();

    /// <summary>
    /// A filter is a grouping of which one group is shown: each department asked alone is suppressed exactly when the
    /// answer by department suppresses it — Tiny, and the complement taken with it. Otherwise asking for the complement by
    /// filter would show it, and the company total minus every other department would give back Tiny.
    /// </summary>
    [Fact]
    public async Task KnowledgeFlow_EachDepartmentFilteredAlone_IsSuppressedExactlyWhenTheAnswerByDepartmentSuppressesIt()
    {
        var byDepartment = await FlowAsync(null, "DEPARTMENT");
        Assert.True((bool)Assert.Single(byDepartment, g => (string)g!["key"]! == Tiny)!["suppressed"]!);
        Assert.True(byDepartment.Count(g => (bool)g!["suppressed"]!) >= 2);

        foreach (var group in byDepartment.Where(g => (string)g!["key"]! != "NONE"))
        {
            var alone = Assert.Single(await FlowAsync(new { departmentId = (string)group!["key"]! }))!;
            Assert.Equal((bool)group["suppressed"]!, (bool)alone["suppressed"]!);
            Assert.Equal((int?)group["total"], (int?)alone["total"]);
        }
    }

    /// <summary>
    /// The attack through a finer answer: the complement department's topics, asked by filter, would add up to the
    /// complement's total if all were shown (then total − the other departments = Tiny). One of them is suppressed.
    /// </summary>
    [Fact]
    public async Task KnowledgeFlow_TheComplementDepartmentsTopicsByFilter_DoNotAddUpToIt()
    {
        var byDepartment = await FlowAsync(null, "DEPARTMENT");
        var complements = byDepartment.Where(g => (bool)g!["suppressed"]! && (string)g["key"]! != Tiny).ToList();
        Assert.NotEmpty(complements);

        foreach (var complement in complements)
        {
            var topics = await FlowAsync(new { departmentId = (string)complement!["key"]! }, "TOPIC");
            Assert.Contains(topics, g => (bool)g!["suppressed"]!);
        }

        // The same for every department, by the general rule: no line of department × topic holds one unknown.
        LineAssert.NoLineHoldsOneUnknown(await FlowAsync(null, "DEPARTMENT", "TOPIC"), [await FlowAsync(null, "TOPIC"), byDepartment]);
    }

    [Fact]
    public async Task Engagement_TinyDepartmentFilter_IsSuppressed_WithEveryNumberNull()
    {
        var engagement = (await org.RunAsync(EngagementQuery, org.Token("EXECUTIVE"), new { period = Year, where = new { departmentId = Tiny } })).Ok()["engagement"]!.AsObject();

        Assert.True((bool)engagement["suppressed"]!);
        Assert.All(engagement.Where(p => p.Key != "suppressed"), p => Assert.Null(p.Value));
    }

    private async Task<JsonObject> EngagementAsync(object? where) =>
        (await org.RunAsync(EngagementQuery, org.Token("EXECUTIVE"), new { period = Year, where })).Ok()["engagement"]!.AsObject();

    private Task<List<long>> IdsAsync(string sql) => SeedDatabase.ReadAsync(org.ConnectionString, sql, reader => reader.GetInt64(0));

    /// <summary>
    /// The attack across filters: the company's sessions held minus those of every visible department's answer. With Tiny
    /// the only suppressed department, what is left would be Tiny's (less what pairings across departments count twice);
    /// the smallest visible department is suppressed with it, so at least two departments are hidden.
    /// </summary>
    [Fact]
    public async Task Engagement_DepartmentFilters_NeverHideOneDepartmentAlone()
    {
        var hidden = new List<long>();
        foreach (var department in await IdsAsync("SELECT id FROM departments ORDER BY id"))
        {
            var answer = await EngagementAsync(new { departmentId = GlobalId.Encode(NodeTypes.Department, department) });
            if ((bool)answer["suppressed"]!)
            {
                hidden.Add(department);
            }
        }

        Assert.Contains(org.TinyDepartmentId, hidden);
        Assert.True(hidden.Count >= 2, "Tiny is never the only department hidden.");
    }

    /// <summary>
    /// The finer attack: the department hidden as Tiny's complement, asked program by program, would add up to it if every
    /// program's answer were shown; one of them is suppressed.
    /// </summary>
    [Fact]
    public async Task Engagement_TheComplementDepartmentByProgram_IsNeverShownWhole()
    {
        var departments = await IdsAsync($"SELECT id FROM departments WHERE id <> {org.TinyDepartmentId} ORDER BY id");
        var programs = await IdsAsync("SELECT id FROM programs ORDER BY id");
        var complements = new List<long>();
        foreach (var department in departments)
        {
            if ((bool)(await EngagementAsync(new { departmentId = GlobalId.Encode(NodeTypes.Department, department) }))["suppressed"]!)
            {
                complements.Add(department);
            }
        }

        Assert.NotEmpty(complements);
        foreach (var department in complements)
        {
            var shown = 0;
            foreach (var program in programs)
            {
                var answer = await EngagementAsync(new
                {
                    programId = GlobalId.Encode(NodeTypes.Program, program),
                    departmentId = GlobalId.Encode(NodeTypes.Department, department),
                });
                shown += (bool)answer["suppressed"]! ? 0 : 1;
            }

            Assert.True(shown < programs.Count, "at least one program's answer for the complement department is suppressed");
        }
    }

    [Fact]
    public async Task Engagement_WholeCompany_IsShown()
    {
        var engagement = (await org.RunAsync(EngagementQuery, org.Token("EXECUTIVE"), new { period = Year })).Ok()["engagement"]!;

        Assert.False((bool)engagement["suppressed"]!);
        Assert.True((int)engagement["sessionsHeld"]! > 0);
    }
}
