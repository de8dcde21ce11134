using System.Text.Json;
using MentorGraph.GraphQL.Data.Binding;
using MentorGraph.GraphQL.Execution;
using MentorGraph.GraphQL.Tests.Data;
using MentorGraph.GraphQL.Types;
using MentorGraph.Tests.Support;
using Npgsql;

namespace MentorGraph.GraphQL.Data.IntegrationTests;

/// <summary>
/// The data conventions against PostgreSQL through EF Core: every filter, order and page the in-memory tests
/// check, here translated by a real provider — each list one SQL statement, nested pages of many parents too.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresDataTests(FreshDatabaseFixture database) : IClassFixture<FreshDatabaseFixture>, IAsyncLifetime
{
    private const string Sdl = DataTestModel.Sdl + """

        extend type Department {
          people(first: Int, after: String, last: Int, before: String, where: PersonFilterInput, order: [PersonSortInput!]): PeopleConnection
        }
        extend type Query { departments: [Department!]! }
        """;

    private readonly StatementCounter _counter = new();
    private GraphQLExecutor _executor = null!;
    private GraphQLExecutor _guardedExecutor = null!;
    private PeopleDbContext _db = null!;

    public async Task InitializeAsync()
    {
        await using (var connection = new NpgsqlConnection(database.ConnectionString))
        {
            await connection.OpenAsync();
            await using var exists = new NpgsqlCommand("SELECT to_regclass('people') IS NOT NULL", connection);
            if (!(bool)(await exists.ExecuteScalarAsync())!)
            {
                await using var create = new NpgsqlCommand(PeopleDbContext.CreateTables, connection);
                await create.ExecuteNonQueryAsync();
                await using var seed = new PeopleDbContext(database.ConnectionString, new StatementCounter());
                seed.People.AddRange(DataTestModel.People());
                await seed.SaveChangesAsync();
            }
        }

        _db = new PeopleDbContext(database.ConnectionString, _counter);
        var schema = new SchemaBuilder()
            .AddTypeDefinitions(Sdl)
            .BindType<Person>("Person")
            .BindType<Department>("Department")
            .Resolve("Query.departments", _ => _db.Departments.OrderBy(d => d.Id).ToList())
            .UseDataOptions(new DataOptions { QueryRunner = new EfQueryRunner(), NullsSortGreatest = true })
            .ResolveConnection("Query.people", DataTestModel.Person, _ => _db.People)
            .ResolveBatchedConnection<Department, long, Person>("Department.people", DataTestModel.Person, d => d.Id, _ => _db.Departments, _ => d => d.Members)
            .Build();
        _executor = new GraphQLExecutor(schema);

        // The same, with the Sales department (1) and WALK sessions hidden from every navigation.
        var guarded = new SchemaBuilder()
            .AddTypeDefinitions(DataTestModel.Sdl)
            .BindType<Person>("Person")
            .BindType<Department>("Department")
            .UseDataOptions(new DataOptions
            {
                QueryRunner = new EfQueryRunner(),
                Guards = _ => new NavigationGuards().Add<Department>(d => d.Id != 1).Add<Session>(s => s.Format != "WALK"),
            })
            .ResolveConnection("Query.people", DataTestModel.Person, _ => _db.People)
            .Build();
        _guardedExecutor = new GraphQLExecutor(guarded);
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Theory]
    [InlineData("{ name: { contains: \"A\" } }", new long[] { 1, 2, 3, 4, 6, 7 })]
    [InlineData("{ name: { contains: \"100%\" } }", new long[] { 2 })]
    [InlineData("{ name: { contains: \"a_e\" } }", new long[0])]
    [InlineData("{ name: { nendsWith: \"E\" } }", new long[] { 3, 4, 6, 8 })]
    [InlineData("{ email: { in: [\"carol@example.com\", null] } }", new long[] { 2, 3, 6 })]
    [InlineData("{ email: { ncontains: \"example.com\" } }", new long[] { 2, 4, 6, 8 })]
    [InlineData("{ rank: { ngt: 1 } }", new long[] { 1, 2, 5, 7 })]
    [InlineData("{ salary: { nlt: 75.5 } }", new long[] { 1, 2, 6, 7, 8 })]
    [InlineData("{ band: { in: [EXECUTIVE, SENIOR] } }", new long[] { 1, 4, 7, 8 })]
    [InlineData("{ joinedAt: { gte: \"2022-03-01T11:00:00+02:00\", lt: \"2024-01-01T09:00:00Z\" } }", new long[] { 3, 4, 5 })]
    [InlineData("{ leftAt: { nlte: \"2023-06-01T00:00:00Z\" } }", new long[] { 1, 3, 4, 5, 6, 7, 8 })]
    [InlineData("{ startsOn: { ngte: \"2020-01-01\" } }", new long[] { 7, 8 })]
    [InlineData("{ id: { in: [\"Person:3\", \"Person:8\"] } }", new long[] { 3, 8 })]
    [InlineData("{ department: { name: { neq: \"research\" } } }", new long[] { 2, 5, 8 })]
    [InlineData("{ sessions: { all: { format: { eq: COFFEE } } } }", new long[] { 2, 4, 6, 7 })]
    [InlineData("{ sessions: { some: { minutes: { gte: 60 } }, none: { format: { eq: LUNCH } } } }", new long[] { 1, 5 })]
    [InlineData("{ or: [{ level: { eq: 1 } }, { and: [{ band: { eq: EXECUTIVE } }, { active: { eq: false } }] }] }", new long[] { 2, 8 })]
    public async Task EveryFilterKind_IsOneStatement_WithTheInMemoryResult(string where, long[] expected)
    {
        var response = await Run($"{{ people(first: 50, where: {where}) {{ nodes {{ id }} }} }}");

        Assert.Equal(expected, Ids(response.GetProperty("data").GetProperty("people")));
        Assert.Single(_counter.Statements);
    }

    [Theory]
    [InlineData("[{ band: ASC }]", new long[] { 1, 8, 4, 7, 3, 6, 2, 5 })]
    [InlineData("[{ rank: DESC }]", new long[] { 2, 5, 6, 8, 3, 4, 1, 7 })]
    [InlineData("[{ department: { name: DESC } }, { rank: ASC }]", new long[] { 3, 6, 8, 2, 5, 1, 7, 4 })]
    public async Task KeysetPages_ForwardsAndBackwards_MatchTheInMemoryOrder(string order, long[] expected)
    {
        var forwards = new List<long>();
        string? after = null;
        do
        {
            var page = await Run($"{{ people(first: 3{(after is null ? string.Empty : $", after: \"{after}\"")}, order: {order}) {{ nodes {{ id }} pageInfo {{ hasNextPage endCursor }} }} }}");
            var people = page.GetProperty("data").GetProperty("people");
            forwards.AddRange(Ids(people));
            after = people.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean() ? people.GetProperty("pageInfo").GetProperty("endCursor").GetString() : null;
        }
        while (after is not null);

        var backwards = new List<long>();
        string? before = null;
        do
        {
            var page = await Run($"{{ people(last: 3{(before is null ? string.Empty : $", before: \"{before}\"")}, order: {order}) {{ nodes {{ id }} pageInfo {{ hasPreviousPage startCursor }} }} }}");
            var people = page.GetProperty("data").GetProperty("people");
            backwards.InsertRange(0, Ids(people));
            before = people.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean() ? people.GetProperty("pageInfo").GetProperty("startCursor").GetString() : null;
        }
        while (before is not null);

        Assert.Equal(expected, forwards);
        Assert.Equal(expected, backwards);
    }

    [Fact]
    public async Task NullableOrder_LeavesNullsToPostgres_SoThatAnIndexOnTheColumnServesIt()
    {
        await Run("{ people(first: 3, order: [{ rank: DESC }]) { nodes { id } } }");

        var statement = Assert.Single(_counter.Statements);
        var orderBy = statement[statement.LastIndexOf("ORDER BY", StringComparison.Ordinal)..];
        Assert.DoesNotContain("IS NULL", orderBy, StringComparison.Ordinal);
        Assert.Contains("p.rank DESC, p.id", orderBy, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NestedPagesOfEveryParent_AreOneStatement_CountsIncluded()
    {
        var response = await Run("{ departments { name people(first: 2, order: [{ level: DESC }], where: { active: { eq: true } }) { totalCount nodes { id } } } }");

        Assert.Equal(
            """[{"name":"Sales","people":{"totalCount":0,"nodes":[]}},{"name":"Research","people":{"totalCount":3,"nodes":[{"id":"1"},{"id":"7"}]}}]""",
            response.GetProperty("data").GetProperty("departments").GetRawText());
        Assert.Equal(2, _counter.Statements.Count); // the departments resolver's own query, then one for all pages
    }

    [Theory]
    [InlineData("first: 2, order: [{ level: DESC }], where: { active: { eq: true } }")]
    [InlineData("last: 2, order: [{ band: DESC }, { name: ASC }]")]
    [InlineData("first: 3, where: { name: { contains: \"a\" } }")]
    [InlineData("last: 1")]
    public async Task NestedPagesWithoutCounts_AreOneLateralStatement_WithTheRowsOfTheCountingQuery(string arguments)
    {
        await AssertSameRowsWithAndWithoutCount(arguments, lateral: true);
    }

    [Fact]
    public async Task NestedPagesOrderedByARelatedField_AreOneWindowStatement_WithTheRowsOfTheCountingQuery()
    {
        await AssertSameRowsWithAndWithoutCount("last: 2, order: [{ department: { name: ASC } }, { name: DESC }]", lateral: false);
    }

    private async Task AssertSameRowsWithAndWithoutCount(string arguments, bool lateral)
    {
        var pages = await Run($"{{ departments {{ name people({arguments}) {{ nodes {{ id name }} edges {{ cursor }} pageInfo {{ hasNextPage hasPreviousPage }} }} }} }}");
        Assert.Equal(2, _counter.Statements.Count);
        Assert.Equal(lateral, _counter.Statements[1].Contains("JOIN LATERAL", StringComparison.Ordinal));

        var counted = await Run($"{{ departments {{ name people({arguments}) {{ totalCount nodes {{ id name }} edges {{ cursor }} pageInfo {{ hasNextPage hasPreviousPage }} }} }} }}");
        Assert.Equal(2, _counter.Statements.Count);
        Assert.DoesNotContain("LATERAL", _counter.Statements[1], StringComparison.Ordinal);

        var expected = counted.GetProperty("data").GetProperty("departments").EnumerateArray().ToList();
        var actual = pages.GetProperty("data").GetProperty("departments").EnumerateArray().ToList();
        Assert.Equal(expected.Count, actual.Count);
        foreach (var (page, withCount) in actual.Zip(expected))
        {
            var people = withCount.GetProperty("people");
            Assert.Equal(people.GetProperty("nodes").GetRawText(), page.GetProperty("people").GetProperty("nodes").GetRawText());
            Assert.Equal(people.GetProperty("edges").GetRawText(), page.GetProperty("people").GetProperty("edges").GetRawText());
            Assert.Equal(people.GetProperty("pageInfo").GetRawText(), page.GetProperty("people").GetProperty("pageInfo").GetRawText());
        }
    }

    [Fact]
    public async Task NestedPagesAfterACursor_WithoutThePageInfo_AreOneLateralStatement()
    {
        var first = await Run("{ departments { people(first: 1, order: [{ name: ASC }]) { edges { cursor } } } }");
        var cursor = first.GetProperty("data").GetProperty("departments")[1].GetProperty("people").GetProperty("edges")[0].GetProperty("cursor").GetString();

        var next = await Run($"{{ departments {{ name people(first: 2, after: \"{cursor}\", order: [{{ name: ASC }}]) {{ nodes {{ name }} }} }} }}");

        Assert.Contains("JOIN LATERAL", _counter.Statements[1], StringComparison.Ordinal);
        Assert.Equal(
            """[{"name":"Sales","people":{"nodes":[{"name":"Bob 100% Real_Name"},{"name":"Eve"}]}},{"name":"Research","people":{"nodes":[{"name":"Dan"},{"name":"Grace"}]}}]""",
            next.GetProperty("data").GetProperty("departments").GetRawText());
    }

    [Fact]
    public async Task TotalCount_IsACountStatement_OnlyWhenSelected()
    {
        await Run("{ people(first: 2, where: { level: { gte: 3 } }) { nodes { id } } }");
        Assert.Single(_counter.Statements);

        _counter.Statements.Clear();
        var response = await Run("{ people(first: 2, where: { level: { gte: 3 } }) { totalCount } }");
        Assert.Equal(6, response.GetProperty("data").GetProperty("people").GetProperty("totalCount").GetInt32());
        Assert.Equal(2, _counter.Statements.Count);
        Assert.Contains("count(*)", _counter.Statements[1], StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("{ department: { name: { eq: \"sales\" } } }", new long[0])]
    [InlineData("{ department: { name: { neq: \"research\" } } }", new long[0])]
    [InlineData("{ sessions: { some: { format: { eq: WALK } } } }", new long[0])]
    [InlineData("{ sessions: { all: { format: { eq: COFFEE } } } }", new long[] { 1, 2, 4, 5, 6, 7 })]
    [InlineData("{ sessions: { any: false } }", new long[] { 2, 5, 6 })]
    public async Task GuardedNavigations_AreOneStatement_WithTheInMemoryResult(string where, long[] expected)
    {
        var response = await Run($"{{ people(first: 50, where: {where}) {{ nodes {{ id }} }} }}", _guardedExecutor);

        Assert.Equal(expected, Ids(response.GetProperty("data").GetProperty("people")));
        Assert.Single(_counter.Statements);
    }

    [Fact]
    public async Task GuardedOrder_PagesThroughEveryRowOnce_AHiddenRelatedObjectSortingAsNull()
    {
        var ids = new List<long>();
        string? after = null;
        do
        {
            var page = await Run($"{{ people(first: 3{(after is null ? string.Empty : $", after: \"{after}\"")}, order: [{{ department: {{ name: DESC }} }}]) {{ nodes {{ id }} pageInfo {{ hasNextPage endCursor }} }} }}", _guardedExecutor);
            var people = page.GetProperty("data").GetProperty("people");
            ids.AddRange(Ids(people));
            after = people.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean() ? people.GetProperty("pageInfo").GetProperty("endCursor").GetString() : null;
        }
        while (after is not null);

        Assert.Equal(new long[] { 2, 3, 5, 6, 8, 1, 4, 7 }, ids);
    }

    private async Task<JsonElement> Run(string query, GraphQLExecutor? executor = null)
    {
        _counter.Statements.Clear();
        var result = await (executor ?? _executor).ExecuteAsync(new ExecutionRequest { Query = query });
        using var document = JsonDocument.Parse(ResponseJsonWriter.ToJson(result));
        var root = document.RootElement.Clone();
        Assert.False(root.TryGetProperty("errors", out var errors), errors.ToString());
        return root;
    }

    private static long[] Ids(JsonElement connection) =>
        connection.GetProperty("nodes").EnumerateArray().Select(n => long.Parse(n.GetProperty("id").GetString()!, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
}
