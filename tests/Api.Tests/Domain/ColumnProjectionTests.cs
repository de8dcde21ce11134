using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using MentorGraph.Api.Schema.Nodes;
using MentorGraph.Persistence.Entities;
using MentorGraph.Tests.Support;
using Xunit.Abstractions;

namespace MentorGraph.Api.Tests.Domain;

/// <summary>
/// Pages load only the columns their selection needs (EntityProjection): the SQL of a page that selects ids and statuses
/// reads no long texts, root or nested. And since a resolver reading a member that was not loaded would silently see a
/// default, every field of every paged type, selected alone, answers as it does when all fields are selected.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class ColumnProjectionTests(DomainApiFixture api, ITestOutputHelper output) : IClassFixture<DomainApiFixture>
{
    private sealed record World(string Token, string ProgramId, string DepartmentId);

    [Fact]
    public async Task PairingsSelectingIdAndStatus_ReadNeitherExpectation()
    {
        var world = await WorldAsync();
        var sql = await StatementsAsync(world, "query($program: ID!) { pairings(where: { program: { id: { eq: $program } } }) { nodes { id status } } }");
        Assert.DoesNotContain(sql, s => Reads(s, "senior_expects") || Reads(s, "junior_expects"));
        Assert.Contains(sql, s => s.Contains("FROM pairings", StringComparison.Ordinal));
    }

    [Fact]
    public async Task PairingsSelectingSeniorExpects_ReadItButNotJuniorExpects()
    {
        var world = await WorldAsync();
        var sql = await StatementsAsync(world, "query($program: ID!) { pairings(where: { program: { id: { eq: $program } } }) { edges { node { seniorExpects } } } }");
        Assert.Contains(sql, s => Reads(s, "senior_expects"));
        Assert.DoesNotContain(sql, s => Reads(s, "junior_expects"));
    }

    [Fact]
    public async Task LessonsWithoutDetail_DoNotReadDetail_RootAndNested()
    {
        var world = await WorldAsync();
        var root = await StatementsAsync(world, "query($program: ID!) { lessons(where: { pairing: { program: { id: { eq: $program } } } }) { nodes { id title teacher { name } } } }");
        var nested = await StatementsAsync(world, "query($program: ID!) { pairings(where: { program: { id: { eq: $program } } }) { nodes { lessons(first: 3) { nodes { title } } } } }");
        var counted = await StatementsAsync(world, "query($program: ID!) { pairings(where: { program: { id: { eq: $program } } }) { nodes { lessons(first: 3) { totalCount nodes { title } } } } }");
        Assert.DoesNotContain(root, s => Reads(s, "detail"));
        Assert.DoesNotContain(nested, s => Reads(s, "detail"));
        Assert.DoesNotContain(counted, s => Reads(s, "detail"));
        Assert.Contains(nested, s => s.Contains("FROM lessons", StringComparison.Ordinal));
    }

    [Fact]
    public async Task LessonsSelectingDetail_ReadDetail()
    {
        var world = await WorldAsync();
        var sql = await StatementsAsync(world, "query($program: ID!) { lessons(where: { pairing: { program: { id: { eq: $program } } } }) { nodes { detail } } }");
        Assert.Contains(sql, s => Reads(s, "detail"));
    }

    [Fact]
    public async Task ProgramsSelectingName_ReadNeitherDescriptionNorGoals()
    {
        var world = await WorldAsync();
        var sql = await StatementsAsync(world, "query($program: ID!) { programs(where: { id: { eq: $program } }) { nodes { name } } }");
        Assert.DoesNotContain(sql, s => Reads(s, "description") || Reads(s, "goals"));
    }

    [Fact]
    public async Task SelectionThroughANamedFragment_LoadsWholeRows()
    {
        var world = await WorldAsync();
        var sql = await StatementsAsync(world, "query($program: ID!) { pairings(where: { program: { id: { eq: $program } } }) { nodes { ...P } } } fragment P on Pairing { id }");
        Assert.Contains(sql, s => Reads(s, "senior_expects"));
    }

    [Theory]
    [InlineData("Person", "people(first: 8, where: { department: { id: { eq: $id } } })")]
    [InlineData("Program", "programs(first: 3, where: { id: { eq: $id } })")]
    [InlineData("Pairing", "pairings(first: 3, where: { program: { id: { eq: $id } } })")]
    [InlineData("Session", "sessions(first: 6, where: { pairing: { program: { id: { eq: $id } } } })")]
    [InlineData("Lesson", "lessons(first: 9, where: { pairing: { program: { id: { eq: $id } } } })")]
    public async Task EveryFieldSelectedAlone_AnswersAsWithAllFields_OnRootPages(string type, string connection) =>
        await AssertFieldsAloneMatchAllAsync(type, "query($id: ID!) { " + connection + " { nodes { id FIELDS } } }", d => d.AsObject().Single().Value!["nodes"]!.AsArray());

    [Theory]
    [InlineData("Pairing", "programs(where: { id: { eq: $id } }) { nodes { pairings(first: 3) { nodes { id FIELDS } } } }")]
    [InlineData("Session", "pairings(first: 3, where: { program: { id: { eq: $id } } }) { nodes { sessions(first: 2) { nodes { id FIELDS } } } }")]
    [InlineData("Lesson", "pairings(first: 3, where: { program: { id: { eq: $id } } }) { nodes { lessons(first: 3) { nodes { id FIELDS } } } }")]
    public async Task EveryFieldSelectedAlone_AnswersAsWithAllFields_OnNestedPages(string type, string selection) =>
        await AssertFieldsAloneMatchAllAsync(
            type,
            "query($id: ID!) { " + selection + " }",
            d => new JsonArray([.. d.AsObject().Single().Value!["nodes"]!.AsArray().SelectMany(p => p!.AsObject().Single().Value!["nodes"]!.AsArray().Select(n => n!.DeepClone()))]));

    private async Task AssertFieldsAloneMatchAllAsync(string type, string template, Func<JsonNode, JsonArray> nodesOf)
    {
        var world = await WorldAsync();
        var fields = await FieldSelectionsAsync(world, type);
        var variables = new { id = type == "Person" ? world.DepartmentId : world.ProgramId };
        var all = nodesOf((await api.RunAsync(template.Replace("FIELDS", string.Join(" ", fields), StringComparison.Ordinal), world.Token, variables)).Ok());
        Assert.NotEmpty(all);
        foreach (var field in fields)
        {
            var alone = nodesOf((await api.RunAsync(template.Replace("FIELDS", field, StringComparison.Ordinal), world.Token, variables)).Ok());
            var name = field.Split(' ', '(')[0];
            Assert.Equal(all.Count, alone.Count);
            for (var i = 0; i < all.Count; i++)
            {
                Assert.Equal(all[i]!["id"]!.GetValue<string>(), alone[i]!["id"]!.GetValue<string>());
                Assert.True(
                    JsonNode.DeepEquals(all[i]![name], alone[i]![name]),
                    $"{type}.{name} alone: {alone[i]![name]?.ToJsonString()}; with all fields: {all[i]![name]?.ToJsonString()}");
            }
        }
    }

    /// <summary>
    /// Every field of <paramref name="type"/>, from introspection, each with a selection that shows what its resolver read: a
    /// Node's id, another object's first scalar field, a connection's count and first nodes.
    /// </summary>
    private async Task<IReadOnlyList<string>> FieldSelectionsAsync(World world, string type)
    {
        var data = (await api.RunAsync(
            """
            { __schema { types { name kind interfaces { name }
                fields { name args { type { kind } } type { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } } }
            """,
            world.Token)).Ok();
        var types = data["__schema"]!["types"]!.AsArray().ToDictionary(t => t!["name"]!.GetValue<string>(), t => t!);
        static JsonNode Named(JsonNode type)
        {
            while (type["name"] is null && type["ofType"] is { } inner)
            {
                type = inner;
            }

            return type;
        }

        string Inner(string typeName)
        {
            var inner = types[typeName];
            if (inner["kind"]!.GetValue<string>() != "OBJECT")
            {
                return "__typename";
            }

            if (inner["interfaces"]!.AsArray().Any(i => i!["name"]!.GetValue<string>() == "Node"))
            {
                return "id";
            }

            return inner["fields"]!.AsArray()
                .Where(f => Named(f!["type"]!)["kind"]!.GetValue<string>() is "SCALAR" or "ENUM")
                .Select(f => f!["name"]!.GetValue<string>())
                .FirstOrDefault() ?? "__typename";
        }

        var selections = new List<string>();
        foreach (var field in types[type]["fields"]!.AsArray())
        {
            if (field!["args"]!.AsArray().Any(a => a!["type"]!["kind"]!.GetValue<string>() == "NON_NULL"))
            {
                continue;
            }

            var name = field["name"]!.GetValue<string>();
            var named = Named(field["type"]!);
            var typeName = named["name"]!.GetValue<string>();
            selections.Add(named["kind"]!.GetValue<string>() switch
            {
                "OBJECT" when typeName.EndsWith("Connection", StringComparison.Ordinal) =>
                    $"{name}(first: 3) {{ totalCount nodes {{ {Inner(Named(types[typeName]["fields"]!.AsArray().Single(f => f!["name"]!.GetValue<string>() == "nodes")!["type"]!)["name"]!.GetValue<string>())} }} }}",
                "OBJECT" or "INTERFACE" or "UNION" => $"{name} {{ {Inner(typeName)} }}",
                _ => name,
            });
        }

        return selections;
    }

    private async Task<IReadOnlyList<string>> StatementsAsync(World world, string query)
    {
        api.Statements.Reset();
        (await api.RunAsync(query, world.Token, new { program = world.ProgramId })).Ok();
        var statements = api.Statements.Statements;
        foreach (var statement in statements)
        {
            output.WriteLine("--\n" + statement);
        }

        return statements;
    }

    /// <summary>Whether a statement reads the column <paramref name="column"/> of some table (<c>p.senior_expects</c>).</summary>
    private static bool Reads(string statement, string column) => Regex.IsMatch(statement, $@"\.{column}\b");

    /// <summary>A program of 3 pairings with sessions, notes and lessons (one without a session), seen by an ADMIN.</summary>
    private async Task<World> WorldAsync()
    {
        var program = await api.Data.ProgramAsync();
        var department = await api.Data.DepartmentAsync();
        for (var i = 0; i < 3; i++)
        {
            var senior = await api.Data.PersonAsync(Band.Executive, departmentId: department.Id);
            var junior = await api.Data.PersonAsync(Band.Junior, departmentId: department.Id);
            var pairing = await api.Data.PairingAsync(PairingStatus.Active, senior, junior, program);
            for (var s = 0; s < 2; s++)
            {
                var session = await api.Data.SessionAsync(pairing, SessionStatus.Completed, DateTimeOffset.UtcNow.AddDays(-10 - s));
                await api.Data.NoteAsync(session, junior.Id, NoteVisibility.Pair);
                await api.Data.LessonAsync(pairing, junior.Id, LessonVisibility.Pair, session.Id, topic: "EMERGING_TECH");
            }

            await api.Data.LessonAsync(pairing, senior.Id, LessonVisibility.Company);
        }

        var admin = await api.Data.PersonAsync(Band.Executive, departmentId: department.Id);
        var token = api.Token(admin.Email, "ADMIN");
        await api.RunAsync("{ viewer { roles } }", token);
        return new World(token, TestWorld.Id(NodeTypes.Program, program.Id), TestWorld.Id(NodeTypes.Department, department.Id));
    }
}
