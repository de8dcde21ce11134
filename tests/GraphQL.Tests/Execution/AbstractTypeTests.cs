using MentorGraph.GraphQL.Execution;
using MentorGraph.GraphQL.Types;
using static MentorGraph.GraphQL.Tests.Execution.ExecutionTestSupport;
using static MentorGraph.GraphQL.Tests.Execution.TestSchemas;

namespace MentorGraph.GraphQL.Tests.Execution;

public class AbstractTypeTests
{
    private sealed record Dog(string Name, bool Barks);

    private sealed record Cat(string Name, int Lives);

    private sealed record Fish(string Name);

    private static (Schema Schema, InterfaceType Pet, UnionType Animal) Build(
        TypeResolver? petResolver = null,
        Func<object, bool>? dogIsTypeOf = null,
        object[]? pets = null)
    {
        var pet = new InterfaceType("Pet") { Fields = [Field("name", TestScalars.String)], ResolveType = petResolver };
        var dog = new ObjectType("Dog") { Interfaces = [pet], Fields = [Field("name", TestScalars.String), Field("barks", TestScalars.Boolean)], IsTypeOf = dogIsTypeOf };
        var cat = new ObjectType("Cat") { Interfaces = [pet], Fields = [Field("name", TestScalars.String), Field("lives", TestScalars.Int)] };
        var fishType = Object("Fish", Field("name", TestScalars.String));
        var animal = new UnionType("Animal") { Types = [dog, cat] };
        object[] values = pets ?? [new Dog("Rex", true), new Cat("Tom", 9)];
        var query = Object("Query", Field("pets", List(pet), _ => values), Field("animals", List(animal), _ => values));
        return (Create(query, null, dog, cat, fishType, animal), pet, animal);
    }

    private static readonly MentorGraph.GraphQL.Language.Ast.SelectionNode[] PetSelection =
    [
        Ast.Field("__typename"),
        Ast.Field("name"),
        Ast.Inline("Dog", Ast.Field("barks")),
        Ast.Inline("Cat", Ast.Field("lives")),
    ];

    [Fact]
    public async Task Interface_ResolvedByClrTypeName_SelectsTypeConditions()
    {
        var (schema, _, _) = Build();

        var result = await Run(schema, Ast.Field("pets", PetSelection));

        Assert.Equal(
            """{"data":{"pets":[{"__typename":"Dog","name":"Rex","barks":true},{"__typename":"Cat","name":"Tom","lives":9}]}}""",
            Json(result));
    }

    [Fact]
    public async Task Union_ResolvedByTypenameMember()
    {
        var (schema, _, _) = Build(pets:
        [
            new Dictionary<string, object?> { ["__typename"] = "Cat", ["name"] = "Kit", ["lives"] = 3 },
            System.Text.Json.JsonDocument.Parse("""{ "__typename": "Dog", "name": "Fido", "barks": false }""").RootElement,
        ]);

        var result = await Run(schema, Ast.Field("animals", Ast.Inline("Dog", Ast.Field("name"), Ast.Field("barks")), Ast.Inline("Cat", Ast.Field("lives"))));

        Assert.Equal("""{"data":{"animals":[{"lives":3},{"name":"Fido","barks":false}]}}""", Json(result));
    }

    [Fact]
    public async Task Interface_OwnResolveType_Wins()
    {
        var (schema, _, _) = Build(petResolver: _ => "Cat");

        var result = await Run(schema, Ast.Field("pets", Ast.Field("__typename")));

        Assert.Equal("""{"data":{"pets":[{"__typename":"Cat"},{"__typename":"Cat"}]}}""", Json(result));
    }

    [Fact]
    public async Task Interface_IsTypeOf_IsUsed()
    {
        var (schema, _, _) = Build(dogIsTypeOf: value => value is Dictionary<string, int>, pets: [new Dictionary<string, int> { ["x"] = 1 }]);

        var result = await Run(schema, Ast.Field("pets", Ast.Field("__typename")));

        Assert.Equal("""{"data":{"pets":[{"__typename":"Dog"}]}}""", Json(result));
    }

    [Fact]
    public async Task Interface_ClrTypeNameMap_IsUsed()
    {
        var (schema, _, _) = Build(pets: [new Fish("Nemo")]);
        var options = new ExecutionOptions { ClrTypeNames = new Dictionary<Type, string> { [typeof(Fish)] = "Cat" } };

        var result = await Run(schema, Ast.Document(Ast.Query(Ast.Field("pets", Ast.Field("__typename")))), options: options);

        Assert.Equal("""{"data":{"pets":[{"__typename":"Cat"}]}}""", Json(result));
    }

    [Fact]
    public async Task Abstract_Unresolvable_IsFieldError()
    {
        var (schema, _, _) = Build(pets: [new Dog("Rex", true), 42]);

        var result = await Run(schema, Ast.Field("pets", Ast.Field("name")));

        Assert.Equal("""{"data":{"pets":[{"name":"Rex"},null]}}""", DataJson(result));
        var error = Assert.Single(result.Errors);
        Assert.StartsWith("Abstract type \"Pet\" must resolve to an Object type at runtime for field \"Query.pets\".", error.Message);
        Assert.Equal(["pets", 1], error.Path!);
    }

    [Fact]
    public async Task Abstract_ResolvedToTypeNotPossible_IsFieldError()
    {
        var (schema, _, _) = Build(pets: [new Dictionary<string, object?> { ["__typename"] = "Fish" }]);

        var result = await Run(schema, Ast.Field("animals", Ast.Field("__typename")));

        Assert.Equal("Runtime Object type \"Fish\" is not a possible type for \"Animal\".", Assert.Single(result.Errors).Message);
    }

    [Fact]
    public async Task Abstract_ResolvedToUnknownType_IsFieldError()
    {
        var (schema, _, _) = Build(petResolver: _ => "Bird");

        var result = await Run(schema, Ast.Field("pets", Ast.Field("name")));

        Assert.Equal(2, result.Errors.Count);
        Assert.Equal("Abstract type \"Pet\" was resolved to a type \"Bird\" that does not exist inside the schema.", result.Errors[0].Message);
    }

    [Fact]
    public async Task Fragments_OnInterfaceAndUnion_ApplyToPossibleTypes()
    {
        var (schema, _, _) = Build();
        var document = Ast.Document(
            Ast.Query(Ast.Field("animals", Ast.Spread("PetName"), Ast.Spread("AnimalType"))),
            Ast.Fragment("PetName", "Pet", Ast.Field("name")),
            Ast.Fragment("AnimalType", "Animal", Ast.Field("__typename")));

        var result = await Run(schema, document);

        Assert.Equal("""{"data":{"animals":[{"name":"Rex","__typename":"Dog"},{"name":"Tom","__typename":"Cat"}]}}""", Json(result));
    }
}
