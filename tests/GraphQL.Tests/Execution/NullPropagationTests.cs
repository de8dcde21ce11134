using MentorGraph.GraphQL.Execution;
using MentorGraph.GraphQL.Types;
using static MentorGraph.GraphQL.Tests.Execution.ExecutionTestSupport;
using static MentorGraph.GraphQL.Tests.Execution.TestSchemas;

namespace MentorGraph.GraphQL.Tests.Execution;

/// <summary>Spec 6.4.4 (Handling Field Errors) and the response examples of 7.1.2.</summary>
public class NullPropagationTests
{
    private sealed record Friend(string Id, string? Name);

    private static readonly Friend[] Friends = [new("1000", "Luke Skywalker"), new("1002", null), new("1003", "Leia Organa")];

    private static Schema HeroSchema(bool nameNonNull, bool itemsNonNull = false, bool listNonNull = false, bool heroNonNull = false)
    {
        FieldResolver name = context => ((Friend)context.Source!).Name is { } n
            ? ValueTask.FromResult<object?>(n)
            : ValueTask.FromException<object?>(new GraphQLException($"Name for character with ID {((Friend)context.Source!).Id} could not be fetched.", "NOT_FOUND"));
        var character = Object("Character",
            Field("id", NonNull(TestScalars.Id)),
            Field("name", nameNonNull ? NonNull(TestScalars.String) : TestScalars.String, name));
        GraphQLType item = itemsNonNull ? NonNull(character) : character;
        GraphQLType list = listNonNull ? NonNull(List(item)) : List(item);
        var hero = Object("Hero", Field("name", TestScalars.String, _ => "R2-D2"), Field("friends", list, _ => Friends));
        return Create(Object("Query", Field("hero", heroNonNull ? NonNull(hero) : hero, _ => new object())));
    }

    private static Task<ExecutionResult> RunHero(Schema schema) =>
        Run(schema, Ast.Field("hero", Ast.Field("name"), Ast.Aliased("heroFriends", "friends", Ast.Field("id"), Ast.Field("name"))));

    [Fact]
    public async Task NullableField_Error_IsNullInPlaceWithErrorPath()
    {
        var result = await RunHero(HeroSchema(nameNonNull: false));

        Assert.Equal(
            """{"data":{"hero":{"name":"R2-D2","heroFriends":[{"id":"1000","name":"Luke Skywalker"},{"id":"1002","name":null},{"id":"1003","name":"Leia Organa"}]}}}""",
            DataJson(result));
        var error = Assert.Single(result.Errors);
        Assert.Equal("Name for character with ID 1002 could not be fetched.", error.Message);
        Assert.Equal(["hero", "heroFriends", 1, "name"], error.Path!);
        Assert.Equal("NOT_FOUND", error.Code);
        Assert.NotNull(error.Locations);
    }

    [Fact]
    public async Task NonNullField_Error_NullsTheNullableListItem()
    {
        var result = await RunHero(HeroSchema(nameNonNull: true));

        Assert.Equal(
            """{"data":{"hero":{"name":"R2-D2","heroFriends":[{"id":"1000","name":"Luke Skywalker"},null,{"id":"1003","name":"Leia Organa"}]}}}""",
            DataJson(result));
        Assert.Equal(["hero", "heroFriends", 1, "name"], Assert.Single(result.Errors).Path!);
    }

    [Fact]
    public async Task NonNullItems_Error_NullsTheList()
    {
        var result = await RunHero(HeroSchema(nameNonNull: true, itemsNonNull: true));

        Assert.Equal("""{"data":{"hero":{"name":"R2-D2","heroFriends":null}}}""", DataJson(result));
        Assert.Single(result.Errors);
    }

    [Fact]
    public async Task NonNullChain_Error_NullsTheNearestNullableAncestor()
    {
        var result = await RunHero(HeroSchema(nameNonNull: true, itemsNonNull: true, listNonNull: true));

        Assert.Equal("""{"data":{"hero":null}}""", DataJson(result));
        Assert.Single(result.Errors);
    }

    [Fact]
    public async Task NonNullChainToRoot_Error_NullsData()
    {
        var result = await RunHero(HeroSchema(nameNonNull: true, itemsNonNull: true, listNonNull: true, heroNonNull: true));

        Assert.True(result.HasData);
        Assert.Null(result.Data);
        Assert.Equal("""{"data":null}""", DataJson(result));
        Assert.Equal(["hero", "heroFriends", 1, "name"], Assert.Single(result.Errors).Path!);
    }

    [Fact]
    public async Task NonNullField_ResolvedNull_IsErrorNamingTheField()
    {
        var query = Object("Query", Field("must", NonNull(TestScalars.String), _ => null), Field("other", TestScalars.String, _ => "x"));

        var result = await Run(Create(query), Ast.Field("other"), Ast.Field("must"));

        Assert.Null(result.Data);
        var error = Assert.Single(result.Errors);
        Assert.Equal("Cannot return null for non-nullable field Query.must.", error.Message);
        Assert.Equal(ErrorCodes.ResultCoercionFailed, error.Code);
        Assert.Equal(["must"], error.Path!);
    }

    [Fact]
    public async Task NonNullListItem_ResolvedNull_ErrorPathHasIndex()
    {
        var query = Object("Query", Field("items", List(NonNull(TestScalars.Int)), _ => new object?[] { 1, null, 3 }));

        var result = await Run(Create(query), Ast.Field("items"));

        Assert.Equal("""{"data":{"items":null}}""", DataJson(result));
        var error = Assert.Single(result.Errors);
        Assert.Equal("Cannot return null for non-nullable field Query.items.", error.Message);
        Assert.Equal(["items", 1], error.Path!);
    }

    [Fact]
    public async Task NulledParent_ChildrenAreNotResolved()
    {
        var childCalls = 0;
        var inner = Object("Inner", Field("value", TestScalars.Int, _ => { Interlocked.Increment(ref childCalls); return 1; }));
        var outer = Object("Outer",
            Field("bad", NonNull(TestScalars.Int), _ => null),
            Field("inner", inner, _ => new object()));
        var schema = Create(Object("Query", Field("outer", outer, _ => new object())));

        var result = await Run(schema, Ast.Field("outer", Ast.Field("bad"), Ast.Field("inner", Ast.Field("value"))));

        Assert.Equal("""{"data":{"outer":null}}""", DataJson(result));
        Assert.Single(result.Errors);
        Assert.Equal(0, childCalls);
    }

    [Fact]
    public async Task SiblingErrors_EachReported()
    {
        var query = Object("Query",
            Field("a", TestScalars.Int, _ => throw new GraphQLException("A failed", "A")),
            Field("b", TestScalars.Int, _ => throw new GraphQLException("B failed", "B")));

        var result = await Run(Create(query), Ast.Field("a"), Ast.Field("b"));

        Assert.Equal("""{"data":{"a":null,"b":null}}""", DataJson(result));
        Assert.Equal(["A failed", "B failed"], result.Errors.Select(e => e.Message));
    }
}
