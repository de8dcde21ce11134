using System.Text.Json;
using MentorGraph.GraphQL.Execution;
using MentorGraph.GraphQL.Language;
using MentorGraph.GraphQL.Types;
using static MentorGraph.GraphQL.Tests.Execution.ExecutionTestSupport;

namespace MentorGraph.GraphQL.Tests.Execution;

/// <summary>The whole pipeline on schemas built from SDL: parse, validate with every rule, execute.</summary>
public class SdlExecutionTests
{
    private const string Sdl = """
        type Query {
          search(text: String!): [SearchResult!]!
          pet(by: PetBy!): Pet
          direction(d: Direction = UPWARD): Direction!
          when(at: DateTime!): DateTime!
        }

        type Mutation {
          add(n: Int!): Int!
        }

        scalar DateTime

        enum Direction { UPWARD DOWNWARD MUTUAL }

        input PetBy @oneOf { name: String id: ID }

        interface Pet { name: String! }
        type Dog implements Pet { name: String! barks: Boolean! }
        type Cat implements Pet { name: String! lives: Int! }
        union SearchResult = Dog | Cat
        """;

    public enum Direction
    {
        Upward,
        Downward,
        Mutual,
    }

    private static GraphQLExecutor CreateExecutor(ExecutionOptions? options = null)
    {
        var total = 0;
        var fixture = JsonDocument.Parse("""
            [ { "__typename": "Dog", "name": "Rex", "barks": true },
              { "__typename": "Cat", "name": "Tom", "lives": 9 } ]
            """).RootElement;
        var schema = new SchemaBuilder
        {
            DefaultResolver = DefaultFieldResolver.Resolve,
            DefaultTypeResolver = TypeResolvers.ByTypename,
        }
            .AddTypeDefinitions(Parser.Parse(Sdl))
            .Resolve("Query.search", _ => fixture)
            .Resolve("Query.pet", context =>
            {
                var by = (IReadOnlyDictionary<string, object?>)context.Arguments["by"]!;
                return by.TryGetValue("name", out var name)
                    ? new Dictionary<string, object?> { ["__typename"] = "Cat", ["name"] = name, ["lives"] = 1 }
                    : null;
            })
            .Resolve("Query.direction", context => context.Arguments["d"])
            .Resolve("Query.when", context => context.Arguments["at"])
            .Resolve("Mutation.add", context => total += (int)context.Arguments["n"]!)
            .BindEnum<Direction>("Direction")
            .Build();
        return new GraphQLExecutor(schema, executionOptions: options);
    }

    private static Task<ExecutionResult> Execute(string query, IReadOnlyDictionary<string, object?>? variables = null) =>
        CreateExecutor().ExecuteAsync(new ExecutionRequest { Query = query, Variables = variables });

    [Fact]
    public async Task Sdl_UnionFromJsonFixture_ResolvesByTypename()
    {
        var result = await Execute("""{ search(text: "x") { __typename ... on Pet { name } ... on Dog { barks } ... on Cat { lives } } }""");

        Assert.Equal(
            """{"data":{"search":[{"__typename":"Dog","name":"Rex","barks":true},{"__typename":"Cat","name":"Tom","lives":9}]}}""",
            Json(result));
    }

    [Fact]
    public async Task Sdl_OneOfArgument_ExactlyOneField()
    {
        var ok = await Execute("""{ pet(by: { name: "Kit" }) { name } }""");
        var viaVariable = await Execute("query($by: PetBy!) { pet(by: $by) { name } }", new Dictionary<string, object?>
        {
            ["by"] = new Dictionary<string, object?> { ["name"] = "Kat", ["id"] = "1" },
        });

        Assert.Equal("""{"data":{"pet":{"name":"Kit"}}}""", Json(ok));
        Assert.Equal(RequestErrorKind.VariableCoercion, viaVariable.RequestError);
        Assert.Equal(
            "Variable \"$by\" got invalid value { name: \"Kat\", id: \"1\" }; Exactly one key must be specified for OneOf type \"PetBy\".",
            Assert.Single(viaVariable.Errors).Message);
    }

    [Fact]
    public async Task Sdl_BoundEnum_RoundTripsThroughArgumentsAndResults()
    {
        var byDefault = await Execute("{ direction }");
        var byLiteral = await Execute("{ direction(d: MUTUAL) }");
        var byVariable = await Execute("query($d: Direction) { direction(d: $d) }", new Dictionary<string, object?> { ["d"] = "DOWNWARD" });

        Assert.Equal("""{"data":{"direction":"UPWARD"}}""", Json(byDefault));
        Assert.Equal("""{"data":{"direction":"MUTUAL"}}""", Json(byLiteral));
        Assert.Equal("""{"data":{"direction":"DOWNWARD"}}""", Json(byVariable));
    }

    [Fact]
    public async Task Sdl_DateTime_InvalidLiteral_IsFieldErrorWithPrintedValue()
    {
        var result = await Execute("""{ when(at: "tomorrow") }""");

        // Validation (Values of Correct Type) may catch it first; either way the client gets a clear error.
        var error = Assert.Single(result.Errors);
        Assert.Contains("tomorrow", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sdl_SkipAndInclude_PassValidationAndApply()
    {
        var result = await Execute(
            "query($yes: Boolean!) { a: direction @include(if: $yes) b: direction @skip(if: $yes) }",
            new Dictionary<string, object?> { ["yes"] = true });

        Assert.Equal("""{"data":{"a":"UPWARD"}}""", Json(result));
    }

    [Fact]
    public async Task Sdl_Mutations_RunInOrder()
    {
        var result = await Execute("mutation { a: add(n: 1) b: add(n: 10) c: add(n: 100) }");

        Assert.Equal("""{"data":{"a":1,"b":11,"c":111}}""", Json(result));
    }

    [Fact]
    public async Task Sdl_Introspection_SchemaAndTypeMetaFields()
    {
        var result = await Execute("""
            {
              __schema { queryType { name } mutationType { name } }
              __type(name: "PetBy") { kind name isOneOf inputFields { name } }
              missing: __type(name: "Nope") { name }
            }
            """);

        Assert.Empty(result.Errors);
        Assert.Equal(
            """{"data":{"__schema":{"queryType":{"name":"Query"},"mutationType":{"name":"Mutation"}},"__type":{"kind":"INPUT_OBJECT","name":"PetBy","isOneOf":true,"inputFields":[{"name":"name"},{"name":"id"}]},"missing":null}}""",
            Json(result));
    }

    [Fact]
    public async Task Sdl_FullIntrospectionQuery_Succeeds()
    {
        var result = await Execute("""
            query IntrospectionQuery {
              __schema {
                queryType { name } mutationType { name } subscriptionType { name }
                types { ...FullType }
                directives { name description locations isRepeatable args { ...InputValue } }
              }
            }
            fragment FullType on __Type {
              kind name description specifiedByURL
              fields(includeDeprecated: true) { name description args { ...InputValue } type { ...TypeRef } isDeprecated deprecationReason }
              inputFields { ...InputValue }
              interfaces { ...TypeRef }
              enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason }
              possibleTypes { ...TypeRef }
            }
            fragment InputValue on __InputValue { name description type { ...TypeRef } defaultValue }
            fragment TypeRef on __Type { kind name ofType { kind name ofType { kind name ofType { kind name } } } }
            """);

        Assert.True(result.Errors.Count == 0, Json(result));
        var json = Json(result);
        Assert.Contains("\"name\":\"SearchResult\"", json, StringComparison.Ordinal);
        Assert.Contains("\"possibleTypes\":[{\"kind\":\"OBJECT\",\"name\":\"Dog\"", json, StringComparison.Ordinal);
        Assert.Contains("\"defaultValue\":\"UPWARD\"", json, StringComparison.Ordinal);
    }
}
