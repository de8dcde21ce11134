using System.Text.Json;
using MentorGraph.GraphQL.Execution;
using MentorGraph.GraphQL.Language;
using MentorGraph.GraphQL.Types;
using static MentorGraph.GraphQL.Tests.Types.SchemaTestSupport;

namespace MentorGraph.GraphQL.Tests.Types;

public class SchemaBuilderTests
{
    private const string UserSdl = """
        type Query {
          user(id: ID!): User
          users(first: Int = 10): [User!]!
        }

        type User {
          id: ID!
          firstName: String
          status: Status
        }

        enum Status { ACTIVE IN_PROGRESS ON_HOLD }
        """;

    public enum Status
    {
        Active,
        InProgress,
        OnHold,
    }

    public sealed record User(string Id, string FirstName, Status Status);

    // ---- building from SDL ----

    [Fact]
    public void Build_DefaultRootNames_AreQueryMutationSubscription()
    {
        var schema = Build("type Query { a: Int } type Mutation { b: Int } type Subscription { c: Int }");

        Assert.Equal("Query", schema.QueryType.Name);
        Assert.Equal("Mutation", schema.MutationType?.Name);
        Assert.Equal("Subscription", schema.SubscriptionType?.Name);
    }

    [Fact]
    public void Build_SchemaDefinition_NamesTheRootTypes()
    {
        var schema = Build("schema { query: Root mutation: Change } type Root { a: Int } type Change { b: Int } type Mutation { c: Int }");

        Assert.Equal("Root", schema.QueryType.Name);
        Assert.Equal("Change", schema.MutationType?.Name);
        Assert.Null(schema.SubscriptionType);
    }

    [Fact]
    public void Build_SchemaDefinition_WithoutMutation_DoesNotUseTypeNamedMutation()
    {
        var schema = Build("schema { query: Query } type Query { a: Int } type Mutation { b: Int }");

        Assert.Null(schema.MutationType);
    }

    [Fact]
    public void Build_EveryTypeIncludesIntrospectionTypesAndTheScalarsTheyUse()
    {
        var schema = Build("type Query { a: Int }");

        foreach (var name in new[] { "String", "Int", "Boolean", "__Schema", "__Type", "__TypeKind", "__Field", "__InputValue", "__EnumValue", "__Directive", "__DirectiveLocation" })
        {
            Assert.NotNull(schema.GetType(name));
        }

        Assert.Same(BuiltInScalars.String, schema.GetType("String"));
    }

    [Fact]
    public void Build_BuiltInDirectives_ArePresent()
    {
        var schema = Build("type Query { a: String }");

        Assert.Equal(["skip", "include", "deprecated", "specifiedBy", "oneOf"], schema.Directives.Select(d => d.Name));
        var deprecated = schema.GetDirective("deprecated")!;
        Assert.Equal("\"No longer supported\"", Printer.Print(deprecated.GetArgument("reason")!.DefaultValue!));
    }

    [Fact]
    public void Build_DescriptionsDefaultsAndDeprecations_AreKept()
    {
        var schema = Build("""
            "The root"
            type Query {
              "Find things"
              find(
                "How many"
                limit: Int = 5 @deprecated(reason: "use first")
              ): [String] @deprecated
              old: String @deprecated(reason: "Gone")
            }

            enum Color { RED GREEN @deprecated(reason: "no") }
            input Filter { name: String = "x" @deprecated }
            """);

        var query = schema.QueryType;
        Assert.Equal("The root", query.Description);
        var find = query.GetField("find")!;
        Assert.Equal("Find things", find.Description);
        Assert.Equal(BuiltInDirectives.DefaultDeprecationReason, find.DeprecationReason);
        var limit = find.GetArgument("limit")!;
        Assert.Equal("How many", limit.Description);
        Assert.Equal("5", Printer.Print(limit.DefaultValue!));
        Assert.Equal("use first", limit.DeprecationReason);
        Assert.Equal("Gone", query.GetField("old")!.DeprecationReason);
        Assert.Equal("no", ((EnumType)schema.GetType("Color")!).GetValue("GREEN")!.DeprecationReason);
        Assert.True(((InputObjectType)schema.GetType("Filter")!).GetField("name")!.IsDeprecated);
    }

    [Fact]
    public void Build_TypeReferences_AreWrappedAndShared()
    {
        var schema = Build("type Query { users: [User!]! } type User { id: ID! }");

        var type = schema.QueryType.GetField("users")!.Type;
        Assert.Equal("[User!]!", type.ToString());
        Assert.Same(schema.GetType("User"), type.GetNamedType());
    }

    [Fact]
    public void Build_Extensions_AddFieldsInterfacesValuesMembersAndDirectives()
    {
        var schema = Build("""
            type Query { a: Int }
            extend type Query { b: Int }
            interface Node { id: ID! }
            type Thing { name: String }
            extend type Thing implements Node { id: ID! }
            type Other { id: ID! }
            union Any = Thing
            extend union Any = Other
            enum Color { RED }
            extend enum Color { BLUE }
            input Filter { a: Int }
            extend input Filter { b: Int }
            scalar Money
            extend scalar Money @specifiedBy(url: "https://example.com/money")
            """,
            b => b.AddScalar(new MoneyScalar()));

        Assert.Equal(["a", "b"], schema.QueryType.Fields.Select(f => f.Name));
        var thing = (ObjectType)schema.GetType("Thing")!;
        Assert.Equal(["Node"], thing.Interfaces.Select(i => i.Name));
        Assert.Equal(["name", "id"], thing.Fields.Select(f => f.Name));
        Assert.Single(thing.ExtensionAstNodes);
        Assert.Equal(["Thing", "Other"], ((UnionType)schema.GetType("Any")!).Types.Select(t => t.Name));
        Assert.Equal(["RED", "BLUE"], ((EnumType)schema.GetType("Color")!).Values.Select(v => v.Name));
        Assert.Equal(["a", "b"], ((InputObjectType)schema.GetType("Filter")!).Fields.Select(f => f.Name));
        Assert.Equal("https://example.com/money", ((ScalarType)schema.GetType("Money")!).SpecifiedByUrl);
        Assert.Equal(["Thing"], schema.GetPossibleTypes(schema.GetType("Node")!).Select(t => t.Name));
    }

    [Fact]
    public void Build_ExtendSchema_AddsRootType()
    {
        var schema = Build("""
            schema { query: Query }
            type Query { a: Int }
            type Changes { b: Int }
            extend schema { mutation: Changes }
            """);

        Assert.Equal("Changes", schema.MutationType?.Name);
    }

    [Fact]
    public void Build_SeveralDocuments_MakeOneSchema()
    {
        var schema = new SchemaBuilder { DefaultResolver = NullResolver }
            .AddTypeDefinitions("type Query { a: Int }")
            .AddTypeDefinitions("extend type Query { b: User } type User { id: ID }")
            .Build();

        Assert.Equal(["a", "b"], schema.QueryType.Fields.Select(f => f.Name));
    }

    [Fact]
    public void Build_OneOf_MarksInputObject()
    {
        var schema = Build("type Query { find(by: By): Int } input By @oneOf { id: ID name: String } input Plain { a: Int }");

        Assert.True(((InputObjectType)schema.GetType("By")!).IsOneOf);
        Assert.False(((InputObjectType)schema.GetType("Plain")!).IsOneOf);
    }

    [Fact]
    public void Build_DateTimeAndDate_AreAvailableWhenDeclared()
    {
        var schema = Build("scalar DateTime scalar Date type Query { at: DateTime on: Date }");

        var dateTime = Assert.IsType<DateTimeScalarType>(schema.GetType("DateTime"));
        Assert.Equal(DateTimeScalarType.SpecificationUrl, dateTime.SpecifiedByUrl);
        Assert.IsType<DateScalarType>(schema.GetType("Date"));
    }

    [Fact]
    public void Build_UndeclaredDateTime_IsNotInSchema() =>
        Assert.Null(Build("type Query { a: Int }").GetType("DateTime"));

    [Fact]
    public void Build_DeclaringBuiltInScalar_IsAllowedAndChangesNothing() =>
        Assert.Same(BuiltInScalars.Int, Build("scalar Int type Query { a: Int }").GetType("Int"));

    [Fact]
    public void Build_CustomDirective_IsDefined()
    {
        var schema = Build("""
            "Caches a field"
            directive @cached(seconds: Int = 60) repeatable on FIELD_DEFINITION | OBJECT
            type Query { a: Int @cached @cached(seconds: 5) }
            """);

        var cached = schema.GetDirective("cached")!;
        Assert.Equal("Caches a field", cached.Description);
        Assert.True(cached.IsRepeatable);
        Assert.Equal([DirectiveLocation.FieldDefinition, DirectiveLocation.Object], cached.Locations);
        Assert.Equal("seconds", Assert.Single(cached.Arguments).Name);
    }

    [Fact]
    public void Build_EveryObjectField_HasResolverAfterBuild()
    {
        var schema = Build(UserSdl);

        Assert.All(
            schema.Types.Values.OfType<ObjectType>().SelectMany(t => t.Fields),
            field => Assert.NotNull(field.Resolver));
    }

    [Fact]
    public void Build_NoDocuments_Fails()
    {
        var exception = Assert.Throws<SchemaBuildException>(() => new SchemaBuilder().Build());
        Assert.Contains("No type definitions", exception.Message);
    }

    [Fact]
    public void AddTypeDefinitions_SyntaxError_ThrowsSyntaxException() =>
        Assert.Throws<GraphQLSyntaxException>(() => new SchemaBuilder().AddTypeDefinitions("type Query {"));

    // ---- SDL errors ----

    [Fact]
    public void Build_UnknownTypeReference_Fails()
    {
        var errors = BuildErrors("type Query { a: Usr, b(x: Filtr): Int } type T implements Nod { a: Int } union U = Thng");

        Assert.Equal(["Unknown type \"Usr\".", "Unknown type \"Filtr\".", "Unknown type \"Nod\".", "Unknown type \"Thng\"."], errors);
    }

    [Fact]
    public void Build_DuplicateNames_Fail()
    {
        var errors = BuildErrors("""
            type Query { a: Int a: String }
            type Query { b: Int }
            enum E { A A }
            input I { x: Int x: Int }
            type T { f(a: Int, a: Int): Int }
            directive @d on FIELD
            directive @d on FIELD
            """);

        Assert.Equal(
            [
                "There can be only one type named \"Query\".",
                "There can be only one directive named \"@d\".",
                "Field \"Query.a\" can only be defined once.",
                "Enum value \"E.A\" can only be defined once.",
                "Field \"I.x\" can only be defined once.",
                "Argument \"T.f(a:)\" can only be defined once.",
            ],
            errors);
    }

    [Fact]
    public void Build_TwoSchemaDefinitions_Fail() =>
        Assert.Contains("Must provide only one schema definition.", BuildErrors("schema { query: Query } schema { query: Query } type Query { a: Int }"));

    [Fact]
    public void Build_DuplicateRootOperation_Fails() =>
        Assert.Contains(
            "There can be only one query type in schema.",
            BuildErrors("schema { query: Query query: Query } type Query { a: Int }"));

    [Fact]
    public void Build_SchemaExtension_RedefiningRoot_Fails() =>
        Assert.Contains(
            "Type for query already defined in the schema. It cannot be redefined.",
            BuildErrors("schema { query: Query } extend schema { query: Other } type Query { a: Int } type Other { b: Int }"));

    [Fact]
    public void Build_NoQueryType_Fails() =>
        Assert.Equal(["Query root type must be provided."], BuildErrors("type Mutation { a: Int }"));

    [Fact]
    public void Build_RootTypeNotObject_Fails()
    {
        Assert.Equal(["Query root type must be Object type, it cannot be I."], BuildErrors("schema { query: I } interface I { a: Int }"));
        Assert.Contains(
            "Mutation root type must be Object type if provided, it cannot be In.",
            BuildErrors("schema { query: Query mutation: In } type Query { a: Int } input In { a: Int }"));
    }

    [Fact]
    public void Build_SameTypeForTwoRoots_Fails() =>
        Assert.Equal(
            ["All root types must be different, \"Query\" type is used as query and mutation root types."],
            BuildErrors("schema { query: Query mutation: Query } type Query { a: Int }"));

    [Fact]
    public void Build_ExtensionOfUnknownType_Fails() =>
        Assert.Equal(
            ["Cannot extend type \"Foo\" because it is not defined."],
            BuildErrors("type Query { a: Int } extend type Foo { b: Int }"));

    [Fact]
    public void Build_ExtensionOfOtherKind_Fails() =>
        Assert.Equal(
            ["Cannot extend non-enum type \"Query\"."],
            BuildErrors("type Query { a: Int } extend enum Query { A }"));

    [Fact]
    public void Build_RedefiningBuiltIns_Fails()
    {
        var errors = BuildErrors("type Query { a: Int } type String { a: Int } directive @skip on FIELD");

        Assert.Equal(
            ["Type \"String\" is a built-in scalar and cannot be redefined.", "Directive \"@skip\" is built in and cannot be redefined."],
            errors);
    }

    [Fact]
    public void Build_ReservedTypeName_Fails() =>
        Assert.Equal(
            ["Name \"__Thing\" must not begin with \"__\", which is reserved by GraphQL introspection."],
            BuildErrors("type Query { a: Int } type __Thing { a: Int }"));

    [Fact]
    public void Build_ExecutableDefinition_Fails() =>
        Assert.Equal(
            ["A schema document may only hold type system definitions, but it holds the query \"Q\".", "A schema document may only hold type system definitions, but it holds the fragment \"F\"."],
            BuildErrors("type Query { a: Int } query Q { a } fragment F on Query { a }"));

    [Fact]
    public void Build_ScalarWithoutImplementation_Fails() =>
        Assert.Equal(
            ["Scalar \"Money\" has no implementation: add one with SchemaBuilder.AddScalar."],
            BuildErrors("scalar Money type Query { price: Money }"));

    [Fact]
    public void Build_DirectiveUsageProblems_Fail()
    {
        var errors = BuildErrors("""
            type Query {
              a: Int @unknown
              b: Int @deprecated @deprecated
              c: Int @deprecated(because: "x")
              d: Int @deprecated(reason: 5)
              e: Int @specifiedBy(url: "x")
            }
            scalar Money @specifiedBy
            """,
            b => b.AddScalar(new MoneyScalar()));

        Assert.Equal(
            [
                "Unknown directive \"@unknown\".",
                "The directive \"@deprecated\" can only be used once at this location.",
                "Unknown argument \"because\" on directive \"@deprecated\".",
                "Invalid value for argument \"reason\" of directive \"@deprecated\": String cannot represent a non string value: 5",
                "Directive \"@specifiedBy\" may not be used on FIELD_DEFINITION.",
                "Argument \"@specifiedBy(url:)\" of type \"String!\" is required, but it was not provided.",
            ],
            errors);
    }

    [Fact]
    public void Build_NonRepeatableDirective_OnDefinitionAndExtension_Fails() =>
        Assert.Equal(
            ["The directive \"@specifiedBy\" can only be used once at this location."],
            BuildErrors(
                """scalar Money @specifiedBy(url: "a") extend scalar Money @specifiedBy(url: "b") type Query { a: Money }""",
                b => b.AddScalar(new MoneyScalar())));

    [Fact]
    public void Build_OneOfOnExtension_Fails() =>
        Assert.Equal(
            ["The @oneOf directive must be on the definition of input \"By\", not on an extension."],
            BuildErrors("type Query { a(by: By): Int } input By { a: Int } extend input By @oneOf"));

    [Fact]
    public void AddTypeDefinitions_UnknownDirectiveLocation_IsSyntaxError() =>
        Assert.Throws<GraphQLSyntaxException>(() => new SchemaBuilder().AddTypeDefinitions("directive @d on NOWHERE type Query { a: Int }"));

    [Fact]
    public void Build_InvalidDefaultValue_Fails()
    {
        var errors = BuildErrors("""
            type Query { a(x: Int = "one", y: [Int!] = [1, null], z: In = {b: 1}): Int }
            input In { a: Int! b: Int c: E = BLUE }
            enum E { RED }
            """);

        Assert.Equal(
            [
                "Argument \"Query.a(x:)\" has an invalid default value: Int cannot represent non-integer value: \"one\"",
                "Argument \"Query.a(y:)\" has an invalid default value: Expected value of type \"Int!\", found null.",
                "Argument \"Query.a(z:)\" has an invalid default value: Field \"In.a\" of required type \"Int!\" was not provided.",
                "Input field \"In.c\" has an invalid default value: Value \"BLUE\" does not exist in \"E\" enum.",
            ],
            errors);
    }

    [Fact]
    public void Build_AllProblems_AreReportedTogether()
    {
        var exception = Assert.Throws<SchemaBuildException>(() => new SchemaBuilder()
            .AddTypeDefinitions("type Query { a: Usr b: Int } type Empty")
            .Resolve("Query.c", NullResolver)
            .Build());

        Assert.Equal(5, exception.Errors.Count);
        Assert.Contains("(5 problems)", exception.Message);
        Assert.Contains("Unknown type \"Usr\". (1:17)", exception.Message);
    }

    [Fact]
    public void Build_Errors_CarryLocations()
    {
        var exception = Assert.Throws<SchemaBuildException>(() => new SchemaBuilder { DefaultResolver = NullResolver }
            .AddTypeDefinitions("type Query {\n  a: Usr\n}")
            .Build());

        var error = Assert.Single(exception.Errors);
        Assert.Equal([new ErrorLocation(2, 6)], error.Locations);
    }

    // ---- binding ----

    [Fact]
    public void Resolve_BindsFieldResolver()
    {
        var user = new User("1", "Ada", Status.Active);
        var schema = new SchemaBuilder()
            .AddTypeDefinitions(UserSdl)
            .Resolve("Query.user", ctx => ctx.Arguments["id"] as string == "1" ? user : null)
            .Resolve("Query.users", _ => new[] { user })
            .BindType<User>("User")
            .BindEnum<Status>("Status")
            .Build();

        Assert.Same(user, Resolve(schema, schema.QueryType, "user", null, new Dictionary<string, object?> { ["id"] = "1" }));
        var userType = (ObjectType)schema.GetType("User")!;
        Assert.Equal("Ada", Resolve(schema, userType, "firstName", user));
        Assert.Equal(Status.Active, Resolve(schema, userType, "status", user));
    }

    [Fact]
    public void BindType_SetsIsTypeOf()
    {
        var schema = Build(UserSdl, b => b.BindType<User>("User").BindEnum<Status>("Status"));

        var userType = (ObjectType)schema.GetType("User")!;
        Assert.True(userType.IsTypeOf!(new User("1", "A", Status.OnHold)));
        Assert.False(userType.IsTypeOf!("not a user"));
    }

    [Fact]
    public void BindType_ExplicitResolverWinsOverProperty()
    {
        var schema = Build(UserSdl, b => b
            .BindType<User>("User")
            .Resolve("User.firstName", ctx => ((User)ctx.Source!).FirstName.ToUpperInvariant()));

        Assert.Equal("ADA", Resolve(schema, (ObjectType)schema.GetType("User")!, "firstName", new User("1", "Ada", Status.Active)));
    }

    [Fact]
    public void BindType_MissingProperty_FailsNamingTheField()
    {
        var errors = BuildErrors(
            "type Query { me: Person } type Person { name: String nickname: String }",
            b => b.Resolve("Query.me", _ => null).BindType<PersonWithoutNickname>("Person"),
            useDefaultResolver: false);

        Assert.Equal(
            ["Field \"Person.nickname\" has no resolver: PersonWithoutNickname has no public property Nickname, and none is bound with Resolve(\"Person.nickname\", ...)."],
            errors);
    }

    [Fact]
    public void BindEnum_MapsUpperSnakeToPascalCase()
    {
        var schema = Build(UserSdl, b => b.BindEnum<Status>("Status"));

        var status = (EnumType)schema.GetType("Status")!;
        Assert.Equal(Status.InProgress, status.GetValue("IN_PROGRESS")!.Value);
        Assert.Equal("ON_HOLD", status.Serialize(Status.OnHold));
        Assert.Equal(Status.OnHold, status.ParseLiteral(new MentorGraph.GraphQL.Language.Ast.EnumValueNode("ON_HOLD")));
    }

    public enum Direction
    {
        Upward,
        Sideways,
    }

    [Fact]
    public void BindEnum_UnmatchedValuesBothWays_Fail()
    {
        var errors = BuildErrors("type Query { d: Direction } enum Direction { UPWARD DOWNWARD }", b => b.BindEnum<Direction>("Direction"));

        Assert.Equal(
            [
                "Enum value \"Direction.DOWNWARD\" has no member in C# enum Direction (expected Direction.Downward).",
                "C# enum member Direction.Sideways has no value in enum \"Direction\" (expected SIDEWAYS).",
            ],
            errors);
    }

    [Fact]
    public void BindEnum_OnNonEnum_Fails() =>
        Assert.Equal(
            ["Enum \"Query\" is bound to Direction, but \"Query\" is not an enum type."],
            BuildErrors("type Query { a: Int }", b => b.BindEnum<Direction>("Query")));

    [Fact]
    public void Build_FieldWithoutResolver_Fails()
    {
        var errors = BuildErrors("type Query { a: Int b: Int }", b => b.Resolve("Query.a", _ => 1), useDefaultResolver: false);

        Assert.Equal(
            ["Field \"Query.b\" has no resolver: bind one with Resolve(\"Query.b\", ...) or bind the type with BindType<T>(\"Query\")."],
            errors);
    }

    [Fact]
    public void Resolve_FieldThatDoesNotExist_Fails() =>
        Assert.Equal(
            ["A resolver is bound to \"Query.nope\", but type \"Query\" has no field \"nope\"."],
            BuildErrors("type Query { a: Int }", b => b.Resolve("Query.nope", _ => 1)));

    [Fact]
    public void Resolve_TypeThatDoesNotExist_Fails() =>
        Assert.Equal(
            ["A resolver is bound to \"Nope.a\", but the schema has no type \"Nope\"."],
            BuildErrors("type Query { a: Int }", b => b.Resolve("Nope.a", _ => 1)));

    [Fact]
    public void Resolve_InterfaceField_Fails() =>
        Assert.Equal(
            ["A resolver is bound to \"Node.id\", but \"Node\" is an interface: bind resolvers to the fields of the object types that implement it."],
            BuildErrors("type Query { n: Node } interface Node { id: ID }", b => b.Resolve("Node.id", _ => 1)));

    [Fact]
    public void Resolve_BadCoordinate_Fails() =>
        Assert.Equal(
            ["A resolver is bound to \"Query\", which is not a field coordinate of the form \"Type.field\"."],
            BuildErrors("type Query { a: Int }", b => b.Resolve("Query", _ => 1)));

    [Fact]
    public void Resolve_Twice_Fails() =>
        Assert.Equal(
            ["Two resolvers are bound to \"Query.a\"."],
            BuildErrors("type Query { a: Int }", b => b.Resolve("Query.a", _ => 1).Resolve("Query.a", _ => 2)));

    [Fact]
    public void AddScalar_UsedForDeclaredScalar()
    {
        var money = new MoneyScalar();
        var schema = Build("\"Amount in cents\" scalar Money type Query { price: Money }", b => b.AddScalar(money));

        Assert.Same(money, schema.GetType("Money"));
        Assert.Equal("Amount in cents", money.Description);
    }

    [Fact]
    public void AddScalar_NotDeclared_Fails() =>
        Assert.Equal(
            ["Scalar \"Money\" was added with AddScalar, but the SDL declares no \"scalar Money\"."],
            BuildErrors("type Query { a: Int }", b => b.AddScalar(new MoneyScalar())));

    [Fact]
    public void AddScalar_BuiltInName_Fails() =>
        Assert.Equal(
            ["The built-in scalar \"Int\" cannot be replaced."],
            BuildErrors("type Query { a: Int }", b => b.AddScalar(new NamedScalar("Int"))));

    [Fact]
    public void AddScalar_ReplacesDateTime()
    {
        var custom = new NamedScalar("DateTime");
        Assert.Same(custom, Build("scalar DateTime type Query { a: DateTime }", b => b.AddScalar(custom)).GetType("DateTime"));
    }

    [Fact]
    public void ResolveType_SetsTypeResolverOfInterfaceAndUnion()
    {
        TypeResolver resolver = _ => "A";
        var schema = Build(
            "type Query { n: Node u: U } interface Node { id: ID } type A implements Node { id: ID } union U = A",
            b => b.ResolveType("Node", resolver).ResolveType("U", resolver));

        Assert.Same(resolver, ((InterfaceType)schema.GetType("Node")!).ResolveType);
        Assert.Same(resolver, ((UnionType)schema.GetType("U")!).ResolveType);
    }

    [Fact]
    public void ResolveType_OnObject_Fails() =>
        Assert.Equal(
            ["A type resolver is bound to \"Query\", but \"Query\" is not an interface or union type."],
            BuildErrors("type Query { a: Int }", b => b.ResolveType("Query", _ => null)));

    [Fact]
    public void SetCost_SetsFieldCost()
    {
        var schema = Build("type Query { a: Int b: Int }", b => b.SetCost("Query.a", 10));

        Assert.Equal(10, schema.QueryType.GetField("a")!.Cost);
        Assert.Equal(1, schema.QueryType.GetField("b")!.Cost);
    }

    [Fact]
    public void DefaultResolver_ResolvesFieldsWithoutResolver()
    {
        var schema = new SchemaBuilder { DefaultResolver = DefaultFieldResolver.Resolve }
            .AddTypeDefinitions("type Query { node: Node } interface Node { id: ID } type A implements Node { id: ID }")
            .Build();

        var root = JsonDocument.Parse("""{ "node": { "__typename": "A", "id": "7" } }""").RootElement;
        Assert.Same((FieldResolver)DefaultFieldResolver.Resolve, schema.QueryType.GetField("node")!.Resolver);
        Assert.NotNull(Resolve(schema, schema.QueryType, "node", root));
    }

    [Fact]
    public void DefaultTypeResolver_IsSetOnAbstractTypesWithoutOne()
    {
        TypeResolver own = _ => "A";
        var schema = Build(
            "type Query { n: Node u: U } interface Node { id: ID } type A implements Node { id: ID } union U = A",
            b =>
            {
                b.DefaultTypeResolver = TypeResolvers.ByTypename;
                b.ResolveType("U", own);
            });

        Assert.Equal((TypeResolver)TypeResolvers.ByTypename, ((InterfaceType)schema.GetType("Node")!).ResolveType);
        Assert.Same(own, ((UnionType)schema.GetType("U")!).ResolveType);
    }

    [Fact]
    public void TypeResolvers_ByTypename_ReadsDictionaryKeyAndJsonMember()
    {
        Assert.Equal("User", TypeResolvers.ByTypename(new Dictionary<string, object?> { ["__typename"] = "User" }));
        Assert.Equal("A", TypeResolvers.ByTypename(JsonDocument.Parse("""{ "__typename": "A" }""").RootElement));
        Assert.Null(TypeResolvers.ByTypename(new Dictionary<string, object?>()));
        Assert.Null(TypeResolvers.ByTypename("plain"));
    }

    [Fact]
    public void Build_UnreferencedBuiltInScalars_AreLeftOutOfTheSchema()
    {
        // Spec 3.5: a built-in scalar referenced by no field, argument or input field must not be included.
        var schema = Build("""
            type Query { count(filter: Filter): Int }
            input Filter { ids: [ID!] }
            """);

        Assert.NotNull(schema.GetType("Int"));
        Assert.NotNull(schema.GetType("ID"));
        Assert.NotNull(schema.GetType("String"));
        Assert.NotNull(schema.GetType("Boolean"));
        Assert.Null(schema.GetType("Float"));
    }

    [Fact]
    public void Build_BuiltInScalarReferencedOnlyByDirectiveArgument_IsIncluded()
    {
        var schema = Build("""
            directive @weight(value: Float) on FIELD_DEFINITION
            type Query { a: String }
            """);

        Assert.NotNull(schema.GetType("Float"));
        Assert.Null(schema.GetType("Int"));
        Assert.Null(schema.GetType("ID"));
    }

    private sealed class PersonWithoutNickname
    {
        public string Name { get; init; } = "";
    }
}

/// <summary>A custom scalar for tests: an amount in cents as a long.</summary>
internal sealed class MoneyScalar() : NamedScalar("Money");

internal class NamedScalar(string name) : ScalarType(name)
{
    public override object Serialize(object value) => value is long or int ? Convert.ToInt64(value) : throw new ValueCoercionException($"{Name} cannot represent value: {value}");

    public override object ParseValue(object value) => value is long l ? l : throw new ValueCoercionException($"{Name} cannot represent value: {value}");

    public override object ParseLiteral(MentorGraph.GraphQL.Language.Ast.ValueNode literal) =>
        literal is MentorGraph.GraphQL.Language.Ast.IntValueNode i ? long.Parse(i.Value) : throw new ValueCoercionException($"{Name} cannot represent value.");
}
