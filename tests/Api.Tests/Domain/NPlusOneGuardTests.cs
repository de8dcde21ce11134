using MentorGraph.Api.Schema.Nodes;
using MentorGraph.Persistence.Entities;
using MentorGraph.Tests.Support;
using Xunit.Abstractions;

namespace MentorGraph.Api.Tests.Domain;

/// <summary>
/// The N+1 guard: a nested page query — pairings → participants (and their departments) → sessions → notes and
/// lessons → teachers — runs the same number of SQL statements for a page of 2 pairings as for a page of 8,
/// because every level loads through one batched DataLoader or one batched page query.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class NPlusOneGuardTests(DomainApiFixture api, ITestOutputHelper output) : IClassFixture<DomainApiFixture>
{
    private const string Query = """
        query($program: ID!) {
          pairings(first: FIRST, where: { program: { id: { eq: $program } } }) {
            totalCount
            nodes {
              status lastSessionAt
              senior { name department { name } canTeach { id } }
              junior { name department { name } }
              program { name }
              statusHistory { to by { name } }
              sessions(first: 3, order: [{ scheduledAt: DESC }]) {
                totalCount
                nodes {
                  scheduledAt
                  notes { text author { name } readByAdmins { readAt } classification { source topic { id } } modelClassification { topic { id } } }
                  feedback { rating }
                  lessons(first: 3) { nodes { title direction teacher { name } learner { name } } }
                }
              }
              lessons(first: 3) { pageInfo { hasNextPage } nodes { title topic { id } session { scheduledAt } } }
            }
          }
        }
        """;

    [Fact]
    public async Task NestedPageQuery_RunsAsManyStatementsForEightPairingsAsForTwo()
    {
        var program = await api.Data.ProgramAsync();
        var department = await api.Data.DepartmentAsync();
        for (var i = 0; i < 8; i++)
        {
            var senior = await api.Data.PersonAsync(Band.Executive, departmentId: department.Id);
            var junior = await api.Data.PersonAsync(Band.Junior, departmentId: department.Id);
            var pairing = await api.Data.PairingAsync(PairingStatus.Active, senior, junior, program);
            for (var s = 0; s < 4; s++)
            {
                var session = await api.Data.SessionAsync(pairing, SessionStatus.Completed, DateTimeOffset.UtcNow.AddDays(-10 - s));
                await api.Data.NoteAsync(session, junior.Id, NoteVisibility.Pair);
                await api.Data.LessonAsync(pairing, junior.Id, LessonVisibility.Pair, session.Id, topic: "EMERGING_TECH");
            }
        }

        var admin = await api.Data.PersonAsync(Band.Executive);
        var token = api.Token(admin.Email, "ADMIN");
        var programId = TestWorld.Id(NodeTypes.Program, program.Id);

        await CountAsync(token, programId, 2); // the first request also looks the viewer up, which later ones find in ViewerDirectory
        var two = await CountAsync(token, programId, 2);
        var eight = await CountAsync(token, programId, 8);

        output.WriteLine($"SQL statements: {two.Count} for 2 pairings, {eight.Count} for 8 pairings");
        foreach (var statement in eight)
        {
            output.WriteLine("--\n" + statement);
        }

        Assert.Equal(two.Count, eight.Count);
        // One per level and loader: the page, its count, people, departments, topics, programs,
        // history, lastSessionAt, sessions, notes, the audit of the ADMIN's reads, reads, the notes' classifications (one
        // loader for classification and modelClassification), feedback, lessons x2, sessions of lessons.
        Assert.InRange(eight.Count, 1, 21);
    }

    private async Task<IReadOnlyList<string>> CountAsync(string token, string programId, int first)
    {
        api.Statements.Reset();
        var data = (await api.RunAsync(Query.Replace("FIRST", first.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal), token, new { program = programId })).Ok();
        Assert.Equal(first, data["pairings"]!["nodes"]!.AsArray().Count);
        Assert.All(data["pairings"]!["nodes"]!.AsArray(), p => Assert.Equal(3, p!["sessions"]!["nodes"]!.AsArray().Count));
        return api.Statements.Statements;
    }
}
