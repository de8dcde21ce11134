using System.Text.Json;

namespace MentorGraph.Api.Tests.Cli.SchemaTools;

public sealed class ExecuteCommandTests : IDisposable
{
    private const string Sdl = """
        type Query { hero(id: ID!): Character, search(text: String!): [SearchResult!]!, count: Int! }
        interface Character { id: ID! name: String! friends: [Character!]! }
        type Human implements Character { id: ID! name: String! friends: [Character!]! height: Float }
        type Droid implements Character { id: ID! name: String! friends: [Character!]! primaryFunction: String }
        union SearchResult = Human | Droid
        type Mutation { rename(name: String!): Character }
        """;

    private const string Fixture = """
        {
          "hero": {
            "__typename": "Droid", "id": "2001", "name": "R2-D2", "primaryFunction": "Astromech",
            "friends": [{ "__typename": "Human", "id": "1000", "name": "Luke Skywalker", "height": 1.72, "friends": [] }]
          },
          "search": [
            { "__typename": "Human", "id": "1000", "name": "Luke Skywalker", "height": 1.72, "friends": [] },
            { "__typename": "Droid", "id": "2001", "name": "R2-D2", "friends": [] }
          ]
        }
        """;

    private readonly TempFiles _files = new();
    private readonly string _schema;
    private readonly string _data;

    public ExecuteCommandTests()
    {
        _schema = _files.Write("schema.graphql", Sdl);
        _data = _files.Write("data.json", Fixture);
    }

    [Fact]
    public async Task Execute_ReadsTheFixtureAndResolvesAbstractTypesByTypename()
    {
        var query = _files.Write("hero.graphql", """
            query Hero($id: ID!) {
              hero(id: $id) { __typename name ...Droid friends { __typename name ... on Human { height } } }
              search(text: "x") { ... on Human { name } ... on Droid { id } }
            }
            fragment Droid on Droid { primaryFunction }
            """);

        var (code, output, error) = await TempFiles.RunAsync("execute", "--schema", _schema, "--data", _data, "--variables", """{"id": "2001"}""", query);

        Assert.Equal(0, code);
        Assert.Equal("", error);
        var expected = """
            {"data":{"hero":{"__typename":"Droid","name":"R2-D2","primaryFunction":"Astromech",
            "friends":[{"__typename":"Human","name":"Luke Skywalker","height":1.72}]},
            "search":[{"name":"Luke Skywalker"},{"id":"2001"}]}}
            """;
        AssertJsonEqual(expected, output);
        Assert.Contains("\n  \"data\": {", output.ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task Execute_VariablesFromAFile_AndANamedOperation()
    {
        var query = _files.Write("ops.graphql", "query A { count }\nquery B($id: ID!) { hero(id: $id) { id } }");
        var variables = _files.Write("vars.json", """{"id": 7}""");

        var (code, output, _) = await TempFiles.RunAsync("execute", "--schema", _schema, "--data", _data, "--variables", "@" + variables, "--operation", "B", query);

        Assert.Equal(0, code);
        AssertJsonEqual("""{"data":{"hero":{"id":"2001"}}}""", output);
    }

    [Fact]
    public async Task Execute_MissingNonNullValueInFixture_PrintsTheFieldErrorAndExitsOne()
    {
        var query = _files.Write("count.graphql", "{ count }");

        var (code, output, _) = await TempFiles.RunAsync("execute", "--schema", _schema, "--data", _data, query);

        Assert.Equal(1, code);
        using var response = JsonDocument.Parse(output);
        var error = Assert.Single(response.RootElement.GetProperty("errors").EnumerateArray());
        Assert.Equal("count", error.GetProperty("path")[0].GetString());
        Assert.Equal(JsonValueKind.Null, response.RootElement.GetProperty("data").ValueKind);
    }

    [Fact]
    public async Task Execute_WithoutData_RootFieldsAreNull()
    {
        var query = _files.Write("hero.graphql", "{ hero(id: 1) { name } }");

        var (code, output, _) = await TempFiles.RunAsync("execute", "--schema", _schema, query);

        Assert.Equal(0, code);
        AssertJsonEqual("""{"data":{"hero":null}}""", output);
    }

    [Fact]
    public async Task Execute_InvalidOperation_PrintsTheValidationErrorsAndExitsOne()
    {
        var query = _files.Write("bad.graphql", "{ hero(id: 1) { nme } }");

        var (code, output, _) = await TempFiles.RunAsync("execute", "--schema", _schema, "--data", _data, query);

        Assert.Equal(1, code);
        using var response = JsonDocument.Parse(output);
        var error = Assert.Single(response.RootElement.GetProperty("errors").EnumerateArray());
        Assert.Equal("GRAPHQL_VALIDATION_FAILED", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.False(response.RootElement.TryGetProperty("data", out _));
    }

    [Fact]
    public async Task Execute_InvalidSdl_ReportsSchemaErrorsOnStandardError()
    {
        var schema = _files.Write("broken.graphql", "type Query {\n  hero: Hero\n}\n");
        var query = _files.Write("q.graphql", "{ hero }");

        var (code, output, error) = await TempFiles.RunAsync("execute", "--schema", schema, query);

        Assert.Equal(1, code);
        Assert.Equal("", output);
        Assert.StartsWith($"{schema}:2:9: ", error);
    }

    [Theory]
    [InlineData("--variables", "[1]", "must be a JSON object")]
    [InlineData("--variables", "{nope", "--variables is not valid JSON")]
    [InlineData("--operation", "A", "Option '--schema' is required")]
    public async Task Execute_BadArguments_AreUsageErrors(string option, string value, string message)
    {
        var query = _files.Write("q.graphql", "{ count }");
        string[] args = option == "--operation"
            ? ["execute", option, value, query]
            : ["execute", "--schema", _schema, option, value, query];

        var (code, _, error) = await TempFiles.RunAsync(args);

        Assert.Equal(2, code);
        Assert.Contains(message, error);
    }

    [Fact]
    public async Task Execute_MalformedFixture_IsAUsageError()
    {
        var data = _files.Write("bad.json", "{\"hero\": ");
        var query = _files.Write("q.graphql", "{ count }");

        var (code, _, error) = await TempFiles.RunAsync("execute", "--schema", _schema, "--data", data, query);

        Assert.Equal(2, code);
        Assert.Contains($"--data '{data}' is not valid JSON", error);
    }

    [Fact]
    public async Task ExecuteMock_ServedSchemaWithoutADatabase_AnswersTheSameTwice()
    {
        var query = _files.Write("topics.graphql", "{ topics { id slug title } }");

        var (code, first, error) = await TempFiles.RunAsync("execute", "--mock", query);
        var (_, second, _) = await TempFiles.RunAsync("execute", "--mock", query);

        Assert.Equal(0, code);
        Assert.Equal("", error);
        Assert.Equal(first, second);
        using var response = JsonDocument.Parse(first);
        var topics = response.RootElement.GetProperty("data").GetProperty("topics");
        Assert.Equal(2, topics.GetArrayLength());
        Assert.StartsWith("Topic.slug ", topics[0].GetProperty("slug").GetString());
    }

    [Fact]
    public async Task ExecuteMock_FixtureOverridesATypesFieldAndAPath()
    {
        var query = _files.Write("hero.graphql", "{ hero(id: 1) { name } search(text: \"x\") { __typename } count }");
        var fixture = _files.Write("fixture.json", """
            { "types": { "Droid": { "name": "R2-D2" }, "Human": { "name": "Luke" } }, "paths": { "count": 42, "search": [{ "__typename": "Droid" }] } }
            """);

        var (code, output, _) = await TempFiles.RunAsync("execute", "--mock", "--schema", _schema, "--fixture", fixture, query);

        Assert.Equal(0, code);
        using var response = JsonDocument.Parse(output);
        var data = response.RootElement.GetProperty("data");
        Assert.Contains(data.GetProperty("hero").GetProperty("name").GetString(), new[] { "R2-D2", "Luke" });
        Assert.Equal(42, data.GetProperty("count").GetInt32());
        Assert.Equal("Droid", Assert.Single(data.GetProperty("search").EnumerateArray()).GetProperty("__typename").GetString());
    }

    [Fact]
    public async Task ExecuteMock_ServedConnection_IsFilledIn()
    {
        var query = _files.Write("people.graphql", "{ people(first: 5) { totalCount edges { cursor node { id name } } pageInfo { hasNextPage endCursor } } }");

        var (code, output, _) = await TempFiles.RunAsync("execute", "--mock", query);

        Assert.Equal(0, code);
        using var response = JsonDocument.Parse(output);
        var people = response.RootElement.GetProperty("data").GetProperty("people");
        Assert.Equal(2, people.GetProperty("edges").GetArrayLength());
        Assert.Equal(people.GetProperty("edges")[1].GetProperty("cursor").GetString(), people.GetProperty("pageInfo").GetProperty("endCursor").GetString());
        var id = people.GetProperty("edges")[0].GetProperty("node").GetProperty("id").GetString()!;
        Assert.StartsWith("Person:", System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(id)));
    }

    [Theory]
    [InlineData("--data", "--mock")]
    [InlineData("--fixture", "")]
    public async Task ExecuteMock_ContradictoryOptions_AreUsageErrors(string option, string other)
    {
        var query = _files.Write("q.graphql", "{ count }");
        string[] args = other.Length == 0
            ? ["execute", "--schema", _schema, option, _data, query]
            : ["execute", other, option, _data, query];

        var (code, _, error) = await TempFiles.RunAsync(args);

        Assert.Equal(2, code);
        Assert.Contains(option, error);
    }

    [Fact]
    public async Task ExecuteMock_BadFixture_IsAUsageError()
    {
        var fixture = _files.Write("fixture.json", """{ "types": [] }""");
        var query = _files.Write("q.graphql", "{ count }");

        var (code, _, error) = await TempFiles.RunAsync("execute", "--mock", "--schema", _schema, "--fixture", fixture, query);

        Assert.Equal(2, code);
        Assert.Contains("\"types\" must be a JSON object", error);
    }

    private static void AssertJsonEqual(string expected, string actual)
    {
        using var expectedDocument = JsonDocument.Parse(expected);
        using var actualDocument = JsonDocument.Parse(actual);
        Assert.True(JsonElement.DeepEquals(expectedDocument.RootElement, actualDocument.RootElement), actual);
    }

    public void Dispose() => _files.Dispose();
}
