using System.Text.Json;
using MentorGraph.GraphQL.Execution;
using MentorGraph.GraphQL.Types;
using static MentorGraph.GraphQL.Tests.Types.SchemaTestSupport;

namespace MentorGraph.GraphQL.Tests.Types;

public class IntrospectionTests
{
    /// <summary>The introspection query clients send (every optional part on), as in graphql-js's getIntrospectionQuery.</summary>
    public const string FullIntrospectionQuery = """
        query IntrospectionQuery {
          __schema {
            description
            queryType { name kind }
            mutationType { name kind }
            subscriptionType { name kind }
            types { ...FullType }
            directives {
              name
              description
              isRepeatable
              locations
              args(includeDeprecated: true) { ...InputValue }
            }
          }
        }

        fragment FullType on __Type {
          kind
          name
          description
          specifiedByURL
          isOneOf
          fields(includeDeprecated: true) {
            name
            description
            args(includeDeprecated: true) { ...InputValue }
            type { ...TypeRef }
            isDeprecated
            deprecationReason
          }
          inputFields(includeDeprecated: true) { ...InputValue }
          interfaces { ...TypeRef }
          enumValues(includeDeprecated: true) {
            name
            description
            isDeprecated
            deprecationReason
          }
          possibleTypes { ...TypeRef }
        }

        fragment InputValue on __InputValue {
          name
          description
          type { ...TypeRef }
          defaultValue
          isDeprecated
          deprecationReason
        }

        fragment TypeRef on __Type {
          kind
          name
          ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } } }
        }
        """;

    public const string SampleSdl = """
        "The sample schema"
        schema { query: Root mutation: Change }

        "Marks a field as costly"
        directive @cost(weight: Int! = 1) repeatable on FIELD_DEFINITION | OBJECT

        "The root"
        type Root {
          node(id: ID!): Node
          search(term: String, limit: Int = 10 @deprecated(reason: "use first"), first: [Int] = 3, filter: Filter = {name: "x"}): [Result!]!
          at: DateTime
          old: String @deprecated
        }

        type Change { touch(by: By!): Boolean }

        interface Node { id: ID! }

        "A person"
        type Person implements Node { id: ID! name: String level: Level }

        type Team implements Node { id: ID! members: [Person!]! }

        union Result = Person | Team

        enum Level { JUNIOR SENIOR EXECUTIVE @deprecated(reason: "merged into SENIOR") }

        input Filter { name: String level: Level = JUNIOR legacy: Boolean @deprecated }

        input By @oneOf { id: ID email: String }

        scalar DateTime
        """;

    private static async Task<JsonElement> IntrospectAsync(Schema schema, string query = FullIntrospectionQuery)
    {
        var result = await new GraphQLExecutor(schema).ExecuteAsync(new ExecutionRequest { Query = query });
        Assert.Empty(result.Errors);
        return JsonSerializer.SerializeToElement(result.Data);
    }

    private static JsonElement TypeNamed(JsonElement schema, string name) =>
        schema.GetProperty("types").EnumerateArray().Single(t => t.GetProperty("name").GetString() == name);

    [Fact]
    public async Task FullIntrospectionQuery_RunsWithoutErrorsAndDescribesTheSchema()
    {
        var data = await IntrospectAsync(Build(SampleSdl));

        var schema = data.GetProperty("__schema");
        Assert.Equal("The sample schema", schema.GetProperty("description").GetString());
        Assert.Equal("Root", schema.GetProperty("queryType").GetProperty("name").GetString());
        Assert.Equal("Change", schema.GetProperty("mutationType").GetProperty("name").GetString());
        Assert.Equal(JsonValueKind.Null, schema.GetProperty("subscriptionType").ValueKind);
        var typeNames = schema.GetProperty("types").EnumerateArray().Select(t => t.GetProperty("name").GetString()).ToList();
        Assert.Contains("__Schema", typeNames);
        Assert.Contains("__DirectiveLocation", typeNames);
        Assert.Contains("Boolean", typeNames);
        var directiveNames = schema.GetProperty("directives").EnumerateArray().Select(d => d.GetProperty("name").GetString());
        Assert.Equal(["skip", "include", "deprecated", "specifiedBy", "oneOf", "cost"], directiveNames);
    }

    [Fact]
    public async Task Types_ReportKindsFieldsInterfacesPossibleTypesAndOfType()
    {
        var schema = (await IntrospectAsync(Build(SampleSdl))).GetProperty("__schema");

        var person = TypeNamed(schema, "Person");
        Assert.Equal("OBJECT", person.GetProperty("kind").GetString());
        Assert.Equal("A person", person.GetProperty("description").GetString());
        Assert.Equal(["Node"], person.GetProperty("interfaces").EnumerateArray().Select(i => i.GetProperty("name").GetString()));
        Assert.Equal(JsonValueKind.Null, person.GetProperty("possibleTypes").ValueKind);
        Assert.Equal(JsonValueKind.Null, person.GetProperty("inputFields").ValueKind);
        Assert.Equal(JsonValueKind.Null, person.GetProperty("isOneOf").ValueKind);

        var node = TypeNamed(schema, "Node");
        Assert.Equal("INTERFACE", node.GetProperty("kind").GetString());
        Assert.Equal(["Person", "Team"], node.GetProperty("possibleTypes").EnumerateArray().Select(t => t.GetProperty("name").GetString()));

        var result = TypeNamed(schema, "Result");
        Assert.Equal("UNION", result.GetProperty("kind").GetString());
        Assert.Equal(JsonValueKind.Null, result.GetProperty("fields").ValueKind);

        var members = TypeNamed(schema, "Team").GetProperty("fields").EnumerateArray().Single(f => f.GetProperty("name").GetString() == "members");
        var type = members.GetProperty("type");
        Assert.Equal("NON_NULL", type.GetProperty("kind").GetString());
        Assert.Equal("LIST", type.GetProperty("ofType").GetProperty("kind").GetString());
        Assert.Equal("NON_NULL", type.GetProperty("ofType").GetProperty("ofType").GetProperty("kind").GetString());
        Assert.Equal("Person", type.GetProperty("ofType").GetProperty("ofType").GetProperty("ofType").GetProperty("name").GetString());
    }

    [Fact]
    public async Task ScalarsAndInputObjects_ReportSpecifiedByUrlAndIsOneOf()
    {
        var schema = (await IntrospectAsync(Build(SampleSdl))).GetProperty("__schema");

        Assert.Equal(DateTimeScalarType.SpecificationUrl, TypeNamed(schema, "DateTime").GetProperty("specifiedByURL").GetString());
        Assert.Equal(JsonValueKind.Null, TypeNamed(schema, "String").GetProperty("specifiedByURL").ValueKind);
        Assert.True(TypeNamed(schema, "By").GetProperty("isOneOf").GetBoolean());
        Assert.False(TypeNamed(schema, "Filter").GetProperty("isOneOf").GetBoolean());
    }

    [Fact]
    public async Task DefaultValues_AreWrittenInCanonicalForm()
    {
        var schema = (await IntrospectAsync(Build(SampleSdl))).GetProperty("__schema");

        var args = TypeNamed(schema, "Root").GetProperty("fields").EnumerateArray()
            .Single(f => f.GetProperty("name").GetString() == "search").GetProperty("args").EnumerateArray()
            .ToDictionary(a => a.GetProperty("name").GetString()!, a => a.GetProperty("defaultValue"));
        Assert.Equal(JsonValueKind.Null, args["term"].ValueKind);
        Assert.Equal("10", args["limit"].GetString());
        Assert.Equal("[3]", args["first"].GetString());
        Assert.Equal("{name: \"x\", level: JUNIOR}", args["filter"].GetString());
        var cost = schema.GetProperty("directives").EnumerateArray().Single(d => d.GetProperty("name").GetString() == "cost");
        Assert.Equal("1", cost.GetProperty("args")[0].GetProperty("defaultValue").GetString());
        Assert.True(cost.GetProperty("isRepeatable").GetBoolean());
        Assert.Equal(["FIELD_DEFINITION", "OBJECT"], cost.GetProperty("locations").EnumerateArray().Select(l => l.GetString()));
    }

    [Fact]
    public async Task IncludeDeprecated_FalseByDefault_HidesDeprecatedEntries()
    {
        var data = await IntrospectAsync(Build(SampleSdl), """
            {
              root: __type(name: "Root") {
                fields { name args { name } }
                all: fields(includeDeprecated: true) { name isDeprecated deprecationReason args(includeDeprecated: true) { name isDeprecated deprecationReason } }
              }
              level: __type(name: "Level") {
                enumValues { name }
                all: enumValues(includeDeprecated: true) { name isDeprecated deprecationReason }
              }
              filter: __type(name: "Filter") {
                inputFields { name }
                all: inputFields(includeDeprecated: true) { name isDeprecated }
              }
            }
            """);

        static IEnumerable<string?> Names(JsonElement list) => list.EnumerateArray().Select(e => e.GetProperty("name").GetString());

        var root = data.GetProperty("root");
        Assert.Equal(["node", "search", "at"], Names(root.GetProperty("fields")));
        Assert.Equal(["node", "search", "at", "old"], Names(root.GetProperty("all")));
        var old = root.GetProperty("all")[3];
        Assert.True(old.GetProperty("isDeprecated").GetBoolean());
        Assert.Equal("No longer supported", old.GetProperty("deprecationReason").GetString());
        Assert.Equal(["term", "first", "filter"], Names(root.GetProperty("fields")[1].GetProperty("args")));
        var limit = root.GetProperty("all")[1].GetProperty("args")[1];
        Assert.Equal("use first", limit.GetProperty("deprecationReason").GetString());

        var level = data.GetProperty("level");
        Assert.Equal(["JUNIOR", "SENIOR"], Names(level.GetProperty("enumValues")));
        Assert.Equal("merged into SENIOR", level.GetProperty("all")[2].GetProperty("deprecationReason").GetString());

        var filter = data.GetProperty("filter");
        Assert.Equal(["name", "level"], Names(filter.GetProperty("inputFields")));
        Assert.Equal(["name", "level", "legacy"], Names(filter.GetProperty("all")));
    }

    [Fact]
    public async Task TypeMetaField_UnknownName_IsNull()
    {
        var data = await IntrospectAsync(Build(SampleSdl), """{ __type(name: "Nope") { name } }""");

        Assert.Equal(JsonValueKind.Null, data.GetProperty("__type").ValueKind);
    }

    [Fact]
    public async Task TypenameMetaField_NamesTheObjectType()
    {
        var schema = Build("type Query { a: Int }");

        var data = await IntrospectAsync(schema, "{ __typename }");

        Assert.Equal("Query", data.GetProperty("__typename").GetString());
    }

    [Fact]
    public void GetFieldDefinition_FindsMetaFieldsWhereTheyExist()
    {
        var schema = Build(SampleSdl);
        var person = schema.GetType("Person")!;

        Assert.Same(Introspection.SchemaMetaField, Introspection.GetFieldDefinition(schema, schema.QueryType, "__schema"));
        Assert.Same(Introspection.TypeMetaField, Introspection.GetFieldDefinition(schema, schema.QueryType, "__type"));
        Assert.Null(Introspection.GetFieldDefinition(schema, person, "__schema"));
        Assert.Same(Introspection.TypeNameMetaField, Introspection.GetFieldDefinition(schema, schema.GetType("Result")!, "__typename"));
        Assert.Null(Introspection.GetFieldDefinition(schema, schema.GetType("Filter")!, "__typename"));
        Assert.Equal("name", Introspection.GetFieldDefinition(schema, person, "name")!.Name);
    }

    [Fact]
    public void Resolvers_WorkOnTheModelDirectly()
    {
        var schema = Build(SampleSdl);
        var person = (ObjectType)schema.GetType("Person")!;

        Assert.Equal(TypeKind.Object, Resolve(schema, Introspection.TypeType, "kind", person));
        Assert.Null(Resolve(schema, Introspection.TypeType, "name", new ListType(person)));
        Assert.Same(person, Resolve(schema, Introspection.TypeType, "ofType", new NonNullType(person)));
        Assert.Equal("ID!", Resolve(schema, Introspection.FieldType, "type", person.GetField("id")!)!.ToString());
        Assert.Equal("NON_NULL", Introspection.TypeKindType.Serialize(TypeKind.NonNull));
        Assert.Equal("INPUT_FIELD_DEFINITION", Introspection.DirectiveLocationType.Serialize(DirectiveLocation.InputFieldDefinition));
    }
}
