using System.Text;
using System.Text.Json;
using MentorGraph.GraphQL.Execution;
using MentorGraph.GraphQL.Tooling;

namespace MentorGraph.GraphQL.Tests.Tooling;

public class GeneratedMockSchemaTests
{
    private const string Sdl = """
        scalar DateTime
        scalar Money
        type Query {
          node(id: ID!): Node
          people(first: Int, after: String): PersonConnection!
          search(text: String!): [SearchResult!]!
          tags: [String!]!
          price: Money
        }
        type Mutation { rename(name: String!): RenamePayload! }
        type RenamePayload { person: Person, errors: [Problem!]! }
        type Problem { message: String! }
        interface Node { id: ID! }
        type Person implements Node { id: ID! name: String! age: Int score: Float active: Boolean! role: Role! joinedAt: DateTime! teamId: ID }
        type Team implements Node { id: ID! title: String! }
        union SearchResult = Person | Team
        enum Role { ADMIN MEMBER OLD @deprecated(reason: "gone") }
        type PersonConnection { edges: [PersonEdge!]! nodes: [Person!]! pageInfo: PageInfo! totalCount: Int! }
        type PersonEdge { cursor: String! node: Person! }
        type PageInfo { hasNextPage: Boolean! hasPreviousPage: Boolean! startCursor: String endCursor: String }
        """;

    private static async Task<JsonElement> RunAsync(string query, string? fixture = null)
    {
        MockFixture? overrides = null;
        if (fixture is not null)
        {
            using var document = JsonDocument.Parse(fixture);
            overrides = MockFixture.From(document.RootElement);
        }

        var schema = GeneratedMockSchema.FromSdl(Sdl, "schema.graphql", overrides);
        var result = await new GraphQLExecutor(schema).ExecuteAsync(new ExecutionRequest { Query = query, RootValue = GeneratedMockSchema.RootValue });
        Assert.Empty(result.Errors);
        using var json = JsonDocument.Parse(ResponseJsonWriter.ToJson(result));
        return json.RootElement.GetProperty("data").Clone();
    }

    private static string Decode(string id) => Encoding.UTF8.GetString(Convert.FromBase64String(id));

    [Fact]
    public async Task Execute_SameQueryTwice_GivesTheSameAnswer()
    {
        const string query = "{ people { nodes { id name age score active role joinedAt teamId } } search(text: \"x\") { __typename } tags price }";

        var first = await RunAsync(query);
        var second = await RunAsync(query);

        Assert.Equal(first.GetRawText(), second.GetRawText());
        Assert.Equal(2, first.GetProperty("tags").GetArrayLength());
    }

    [Fact]
    public async Task Execute_ValuesFitTheirTypes()
    {
        var person = (await RunAsync("{ people { nodes { id name age role joinedAt teamId } } price }")).GetProperty("people").GetProperty("nodes")[0];

        Assert.StartsWith("Person:", Decode(person.GetProperty("id").GetString()!));
        Assert.StartsWith("Team:", Decode(person.GetProperty("teamId").GetString()!));
        Assert.StartsWith("Person.name ", person.GetProperty("name").GetString());
        Assert.InRange(person.GetProperty("age").GetInt32(), 1, 100);
        Assert.Contains(person.GetProperty("role").GetString(), new[] { "ADMIN", "MEMBER" });
        Assert.True(DateTimeOffset.TryParse(person.GetProperty("joinedAt").GetString(), out _));
    }

    [Fact]
    public async Task Execute_Connection_HasEdgesCursorsAndPageInfoThatAgree()
    {
        var people = (await RunAsync("{ people(first: 10) { totalCount edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }")).GetProperty("people");

        var edges = people.GetProperty("edges");
        Assert.Equal(2, edges.GetArrayLength());
        Assert.Equal(2, people.GetProperty("totalCount").GetInt32());
        Assert.Equal("cursor:0", Decode(edges[0].GetProperty("cursor").GetString()!));
        Assert.Equal(edges[0].GetProperty("cursor").GetString(), people.GetProperty("pageInfo").GetProperty("startCursor").GetString());
        Assert.Equal(edges[1].GetProperty("cursor").GetString(), people.GetProperty("pageInfo").GetProperty("endCursor").GetString());
        Assert.False(people.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.NotEqual(edges[0].GetProperty("node").GetProperty("id").GetString(), edges[1].GetProperty("node").GetProperty("id").GetString());
    }

    [Fact]
    public async Task Execute_FirstSmallerThanTheListLength_ShortensTheList()
    {
        var data = await RunAsync("{ people(first: 1) { nodes { id } } }");

        Assert.Equal(1, data.GetProperty("people").GetProperty("nodes").GetArrayLength());
    }

    [Fact]
    public async Task Execute_AbstractTypes_ResolveToPossibleTypes_NodeTakesTheIdsType()
    {
        var teamId = Convert.ToBase64String(Encoding.UTF8.GetBytes("Team:7"));

        var data = await RunAsync($$"""{ search(text: "x") { __typename ... on Person { name } ... on Team { title } } node(id: "{{teamId}}") { __typename id } }""");

        Assert.All(data.GetProperty("search").EnumerateArray(), r => Assert.Contains(r.GetProperty("__typename").GetString(), new[] { "Person", "Team" }));
        Assert.Equal("Team", data.GetProperty("node").GetProperty("__typename").GetString());
        Assert.Equal(teamId, data.GetProperty("node").GetProperty("id").GetString());
    }

    [Fact]
    public async Task Execute_MutationPayload_HasNoErrors()
    {
        var schema = GeneratedMockSchema.FromSdl(Sdl);
        var result = await new GraphQLExecutor(schema).ExecuteAsync(new ExecutionRequest
        {
            Query = "mutation { rename(name: \"x\") { person { id } errors { message } } }",
            RootValue = GeneratedMockSchema.RootValue,
        });

        Assert.Contains("\"errors\":[]", ResponseJsonWriter.ToJson(result));
    }

    [Fact]
    public async Task Execute_FixtureOverridesByTypeAndByPath_PathWins()
    {
        const string fixture = """
            {
              "types": { "Person": { "name": "Ada" }, "Role": "ADMIN" },
              "paths": { "people.nodes.1.name": "Grace", "search": [{ "__typename": "Team", "title": "Core" }], "people.nodes.*.age": null }
            }
            """;

        var data = await RunAsync("{ people { nodes { name role age } } search(text: \"x\") { ... on Team { title } } }", fixture);

        var nodes = data.GetProperty("people").GetProperty("nodes");
        Assert.Equal("Ada", nodes[0].GetProperty("name").GetString());
        Assert.Equal("Grace", nodes[1].GetProperty("name").GetString());
        Assert.Equal("ADMIN", nodes[0].GetProperty("role").GetString());
        Assert.Equal(JsonValueKind.Null, nodes[0].GetProperty("age").ValueKind);
        var search = Assert.Single(data.GetProperty("search").EnumerateArray());
        Assert.Equal("Core", search.GetProperty("title").GetString());
    }

    [Fact]
    public void FixtureFrom_UnknownSection_IsRefusedWithItsName()
    {
        using var document = JsonDocument.Parse("""{ "type": {} }""");

        var error = Assert.Throws<FormatException>(() => MockFixture.From(document.RootElement));

        Assert.Contains("\"type\"", error.Message);
    }
}
