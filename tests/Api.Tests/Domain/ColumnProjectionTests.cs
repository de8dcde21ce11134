using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using MentorGraph.Api.Schema.Nodes;
using MentorGraph.Persistence.Entities;
using MentorGraph.Tests.Support;
using Xunit.Abstractions;

namespace MentorGraph.Api.Tests.Domain;

/// <summary>
/// Pages and by-key loads (<c>pairing(id:)</c>, <c>node</c>, <c>nodes</c>, the key loaders) read only the columns their
/// selection needs (EntityProjection), named fragments included: the SQL of a selection of ids and statuses reads no long
/// texts, root or nested; a pairing by id with its people is one statement. And since a resolver reading a member that was not loaded would silently see a
/// default, every field of every paged type, selected alone, answers as it does when all fields are selected.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class ColumnProjectionTests(DomainApiFixture api, ITestOutputHelper output) : IClassFixture<DomainApiFixture>
{
    private sealed record World(string Token, string ProgramId, string DepartmentId, string PairingId);

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
    public async Task SelectionThroughANamedFragment_ReadsOnlyWhatTheFragmentSelects()
    {
        var world = await WorldAsync();
        var idOnly = await StatementsAsync(world, "query($program: ID!) { pairings(where: { program: { id: { eq: $program } } }) { nodes { ...P } } } fragment P on Pairing { id }");
        var expects = await StatementsAsync(world, "query($program: ID!) { pairings(where: { program: { id: { eq: $program } } }) { ...C } } fragment C on PairingsConnection { edges { node { ...E } } } fragment E on Pairing { seniorExpects }");
        Assert.DoesNotContain(idOnly, s => Reads(s, "senior_expects"));
        Assert.Contains(idOnly, s => s.Contains("FROM pairings", StringComparison.Ordinal));
        Assert.Contains(expects, s => Reads(s, "senior_expects"));
        Assert.DoesNotContain(expects, s => Reads(s, "junior_expects"));
    }

    [Fact]
    public async Task PairingById_WithBothPeople_IsOneStatement_ReadingOnlyTheSelectedColumns()
    {
        var world = await WorldAsync();
        var sql = await StatementsAsync(world, "query($id: ID!) { pairing(id: $id) { id status senior { id name title band } junior { name } } }", new { id = world.PairingId });
        var statement = Assert.Single(sql);
        Assert.Contains("FROM pairings", statement, StringComparison.Ordinal);
        Assert.Contains("JOIN people", statement, StringComparison.Ordinal);
        Assert.False(Reads(statement, "senior_expects") || Reads(statement, "junior_expects") || Reads(statement, "email") || Reads(statement, "department_id"), statement);
    }

    [Fact]
    public async Task PairingById_ThroughNamedFragments_IsStillOneStatement_WithTheFragmentsColumns()
    {
        var world = await WorldAsync();
        var sql = await StatementsAsync(
            world,
            "query($id: ID!) { pairing(id: $id) { ...P } } fragment P on Pairing { status juniorExpects senior { ...Q } } fragment Q on Person { name email }",
            new { id = world.PairingId });
        var statement = Assert.Single(sql);
        Assert.True(Reads(statement, "junior_expects") && Reads(statement, "email"), statement);
        Assert.False(Reads(statement, "senior_expects") || Reads(statement, "title"), statement);
    }

    [Fact]
    public async Task NodeAndNodes_ReadOnlyTheColumnsOfTheirTypesFragment()
    {
        var world = await WorldAsync();
        var node = await StatementsAsync(world, "query($id: ID!) { node(id: $id) { id ... on Pairing { status } ... on Lesson { detail } } }", new { id = world.PairingId });
        var nodes = await StatementsAsync(world, "query($id: ID!) { nodes(ids: [$id]) { ... on Pairing { seniorExpects } } }", new { id = world.PairingId });
        Assert.Contains(node, s => s.Contains("FROM pairings", StringComparison.Ordinal));
        Assert.DoesNotContain(node, s => Reads(s, "senior_expects") || Reads(s, "junior_expects"));
        Assert.Contains(nodes, s => Reads(s, "senior_expects"));
        Assert.DoesNotContain(nodes, s => Reads(s, "junior_expects"));
    }

    [Fact]
    public async Task KeyLoads_ReadOnlyTheSelectedColumns()
    {
        var world = await WorldAsync();
        var sql = await StatementsAsync(world, "query($program: ID!) { lessons(where: { pairing: { program: { id: { eq: $program } } } }) { nodes { id pairing { status } session { status } } } }");
        Assert.Contains(sql, s => s.Contains("FROM pairings", StringComparison.Ordinal));
        Assert.DoesNotContain(sql, s => Reads(s, "senior_expects") || Reads(s, "junior_expects"));
        Assert.DoesNotContain(sql, s => Reads(s, "duration_minutes"));
    }

    [Fact]
    public async Task ARootPageOfPairings_LoadsItsPeopleInItsOwnStatement()
    {
        var world = await WorldAsync();
        var sql = await StatementsAsync(world, "query($program: ID!) { pairings(where: { program: { id: { eq: $program } } }) { nodes { id senior { name } junior { name } program { name } } } }");
        var statement = Assert.Single(sql);
        Assert.Contains("JOIN people", statement, StringComparison.Ordinal);
        Assert.False(Reads(statement, "description") || Reads(statement, "email"), statement);
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

    [Theory]
    [InlineData("Pairing", "lessons(first: 9, where: { pairing: { program: { id: { eq: $id } } } }) { nodes { pairing { id FIELDS } } }")]
    [InlineData("Pairing", "sessions(first: 6, where: { pairing: { program: { id: { eq: $id } } } }) { nodes { pairing { id FIELDS } } }")]
    [InlineData("Session", "lessons(first: 9, where: { pairing: { program: { id: { eq: $id } } } }) { nodes { session { id FIELDS } } }")]
    [InlineData("Person", "lessons(first: 9, where: { pairing: { program: { id: { eq: $id } } } }) { nodes { teacher { id FIELDS } } }")]
    [InlineData("Person", "pairings(first: 3, where: { program: { id: { eq: $id } } }) { nodes { senior { id FIELDS } } }")]
    [InlineData("Program", "pairings(first: 3, where: { program: { id: { eq: $id } } }) { nodes { program { id FIELDS } } }")]
    public async Task EveryFieldSelectedAlone_AnswersAsWithAllFields_ThroughKeyLoadsAndJoins(string type, string selection) =>
        await AssertFieldsAloneMatchAllAsync(
            type,
            "query($id: ID!) { " + selection + " }",
            d => new JsonArray([.. d.AsObject().Single().Value!["nodes"]!.AsArray().Select(p => p!.AsObject().Single().Value!).Where(n => n is not null).Select(n => n!.DeepClone())]),
            byProgram: true);

    [Theory]
    [InlineData("Pairing", "pairing(id: $pairing) { id FIELDS }")]
    [InlineData("Pairing", "node(id: $pairing) { ... on Pairing { id FIELDS } }")]
    public async Task EveryFieldSelectedAlone_AnswersAsWithAllFields_ById(string type, string selection)
    {
        var world = await WorldAsync();
        var fields = await FieldSelectionsAsync(world, type);
        var query = "query($pairing: ID!) { " + selection + " }";
        var all = (await api.RunAsync(query.Replace("FIELDS", string.Join(" ", fields), StringComparison.Ordinal), world.Token, new { pairing = world.PairingId })).Ok().AsObject().Single().Value!;
        foreach (var field in fields)
        {
            var alone = (await api.RunAsync(query.Replace("FIELDS", field, StringComparison.Ordinal), world.Token, new { pairing = world.PairingId })).Ok().AsObject().Single().Value!;
            var name = field.Split(' ', '(')[0];
            Assert.True(JsonNode.DeepEquals(all[name], alone[name]), $"{type}.{name} alone: {alone[name]?.ToJsonString()}; with all fields: {all[name]?.ToJsonString()}");
        }
    }

    private async Task AssertFieldsAloneMatchAllAsync(string type, string template, Func<JsonNode, JsonArray> nodesOf, bool byProgram = false)
    {
        var world = await WorldAsync();
        var fields = await FieldSelectionsAsync(world, type);
        var variables = new { id = type == "Person" && !byProgram ? world.DepartmentId : world.ProgramId };
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

    private async Task<IReadOnlyList<string>> StatementsAsync(World world, string query, object? variables = null)
    {
        api.Statements.Reset();
        (await api.RunAsync(query, world.Token, variables ?? new { program = world.ProgramId })).Ok();
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
        long pairingId = 0;
        for (var i = 0; i < 3; i++)
        {
            var senior = await api.Data.PersonAsync(Band.Executive, departmentId: department.Id);
            var junior = await api.Data.PersonAsync(Band.Junior, departmentId: department.Id);
            var pairing = await api.Data.PairingAsync(PairingStatus.Active, senior, junior, program);
            pairingId = pairing.Id;
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
        return new World(token, TestWorld.Id(NodeTypes.Program, program.Id), TestWorld.Id(NodeTypes.Department, department.Id), TestWorld.Id(NodeTypes.Pairing, pairingId));
    }
}
