using System.Text.Json;
using MentorGraph.GraphQL.Data;
using MentorGraph.GraphQL.Data.Binding;
using MentorGraph.GraphQL.Execution;
using MentorGraph.GraphQL.Types;

namespace MentorGraph.GraphQL.Tests.Data.Binding;

/// <summary>A nested connection for many parents loads in one query: one projection with each parent's page (and count).</summary>
public class BatchedConnectionTests
{
    private const string Sdl = """
        scalar DateTime
        scalar Date
        enum Band { EXECUTIVE SENIOR MID JUNIOR }
        enum SessionFormat { COFFEE LUNCH WALK }
        type Person { id: ID! name: String! }
        type Department {
          name: String!
          people(first: Int, after: String, last: Int, before: String, where: PersonFilterInput, order: [PersonSortInput!]): PeopleConnection
        }
        type Query { departments: [Department!]! }
        """;

    private readonly DataTestHarness.RecordingRunner _runner = new();
    private readonly List<Person> _people = DataTestModel.People();
    private readonly GraphQLExecutor _executor;

    public BatchedConnectionTests()
    {
        var departments = new List<Department> { new() { Id = 2, Name = "Research" }, new() { Id = 1, Name = "Sales" }, new() { Id = 3, Name = "Empty" } };
        foreach (var department in departments)
        {
            department.Members = _people.Where(p => p.Department?.Id == department.Id).ToList();
        }

        var schema = new SchemaBuilder()
            .AddTypeDefinitions(Sdl)
            .BindType<Person>("Person")
            .BindType<Department>("Department")
            .Resolve("Query.departments", _ => departments)
            .UseDataOptions(new DataOptions { QueryRunner = _runner })
            .ResolveBatchedConnection<Department, long, Person>(
                "Department.people",
                DataTestModel.Person,
                d => d.Id,
                _ => departments.AsQueryable(),
                _ => d => d.Members)
            .Build();
        _executor = new GraphQLExecutor(schema);
    }

    [Fact]
    public async Task PagesOfEveryParent_LoadInOneQuery()
    {
        var response = await Run("{ departments { name people(first: 2, order: [{ level: DESC }]) { nodes { id } pageInfo { hasNextPage } } } }");

        Assert.Equal(
            """[{"name":"Research","people":{"nodes":[{"id":"1"},{"id":"7"}],"pageInfo":{"hasNextPage":true}}},{"name":"Sales","people":{"nodes":[{"id":"8"},{"id":"5"}],"pageInfo":{"hasNextPage":true}}},{"name":"Empty","people":{"nodes":[],"pageInfo":{"hasNextPage":false}}}]""",
            response.GetProperty("data").GetProperty("departments").GetRawText());
        Assert.Equal(["list"], _runner.Kinds);
        QueryableChecks.AssertTranslatable(_runner.Expressions.Single());
    }

    [Fact]
    public async Task TotalCountsAndFilters_AreInTheSameOneQuery()
    {
        var response = await Run("{ departments { people(first: 1, where: { active: { eq: false } }) { totalCount nodes { id } } } }");

        Assert.Equal(
            """[{"people":{"totalCount":0,"nodes":[]}},{"people":{"totalCount":3,"nodes":[{"id":"2"}]}},{"people":{"totalCount":0,"nodes":[]}}]""",
            response.GetProperty("data").GetProperty("departments").GetRawText());
        Assert.Equal(["list"], _runner.Kinds);
    }

    [Fact]
    public async Task AnAliasWithOtherArguments_GetsABatchOfItsOwn()
    {
        await Run("{ departments { a: people(first: 1) { nodes { id } } b: people(last: 1) { nodes { id } } } }");

        Assert.Equal(["list", "list"], _runner.Kinds);
    }

    [Fact]
    public async Task CursorsOfANestedPage_ContinueThatParentsList()
    {
        var first = await Run("{ departments { people(first: 2) { pageInfo { endCursor } } } }");
        var cursor = first.GetProperty("data").GetProperty("departments")[1].GetProperty("people").GetProperty("pageInfo").GetProperty("endCursor").GetString();

        var next = await Run($"{{ departments {{ people(first: 2, after: \"{cursor}\") {{ nodes {{ id }} pageInfo {{ hasPreviousPage hasNextPage }} }} }} }}");

        var sales = next.GetProperty("data").GetProperty("departments")[1].GetProperty("people");
        Assert.Equal("""[{"id":"8"}]""", sales.GetProperty("nodes").GetRawText());
        Assert.True(sales.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());
        Assert.False(sales.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
    }

    [Fact]
    public async Task TheKeyedOverload_GivesTheChildrenTheBatchsParentKeys_AndPagesAlike()
    {
        var departments = new List<Department> { new() { Id = 2, Name = "Research" }, new() { Id = 1, Name = "Sales" } };
        foreach (var department in departments)
        {
            department.Members = _people.Where(p => p.Department?.Id == department.Id).ToList();
        }

        var seen = new List<IReadOnlyList<long>>();
        var schema = new SchemaBuilder()
            .AddTypeDefinitions(Sdl)
            .BindType<Person>("Person")
            .BindType<Department>("Department")
            .Resolve("Query.departments", _ => departments)
            .UseDataOptions(new DataOptions { QueryRunner = new DataTestHarness.RecordingRunner() })
            .ResolveBatchedConnection<Department, long, Person>(
                "Department.people",
                DataTestModel.Person,
                d => d.Id,
                _ => departments.AsQueryable(),
                (_, keys) =>
                {
                    seen.Add(keys);
                    var batch = keys.ToList();
                    return d => d.Members.Where(p => p.Department != null && batch.Contains(p.Department.Id));
                })
            .Build();

        var result = await new GraphQLExecutor(schema).ExecuteAsync(new ExecutionRequest { Query = "{ departments { people(first: 2, order: [{ level: DESC }]) { nodes { id } } } }" });

        Assert.Equal([2L, 1L], Assert.Single(seen));
        Assert.Equal(
            """{"data":{"departments":[{"people":{"nodes":[{"id":"1"},{"id":"7"}]}},{"people":{"nodes":[{"id":"8"},{"id":"5"}]}}]}}""",
            ResponseJsonWriter.ToJson(result));
    }

    private async Task<JsonElement> Run(string query)
    {
        var result = await _executor.ExecuteAsync(new ExecutionRequest { Query = query });
        using var document = JsonDocument.Parse(ResponseJsonWriter.ToJson(result));
        var root = document.RootElement.Clone();
        DataTestHarness.AssertNoErrors(root);
        return root;
    }
}
