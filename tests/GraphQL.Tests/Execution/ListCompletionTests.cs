using MentorGraph.GraphQL.Types;
using static MentorGraph.GraphQL.Tests.Execution.ExecutionTestSupport;
using static MentorGraph.GraphQL.Tests.Execution.TestSchemas;

namespace MentorGraph.GraphQL.Tests.Execution;

public class ListCompletionTests
{
    [Fact]
    public async Task List_AnyEnumerable_IsCompleted()
    {
        var query = Object("Query",
            Field("array", List(TestScalars.Int), _ => new[] { 1, 2 }),
            Field("set", List(TestScalars.Int), _ => new SortedSet<int> { 3, 4 }),
            Field("lazy", List(TestScalars.Int), _ => Enumerable.Range(5, 2)),
            Field("nested", List(List(TestScalars.String)), _ => new[] { new[] { "a" }, Array.Empty<string>() }),
            Field("empty", List(TestScalars.Int), _ => new List<int>()));

        var result = await Run(Create(query), Ast.Field("array"), Ast.Field("set"), Ast.Field("lazy"), Ast.Field("nested"), Ast.Field("empty"));

        Assert.Equal("""{"data":{"array":[1,2],"set":[3,4],"lazy":[5,6],"nested":[["a"],[]],"empty":[]}}""", Json(result));
    }

    [Fact]
    public async Task List_StringIsNotAList_IsFieldError()
    {
        var query = Object("Query", Field("letters", List(TestScalars.String), _ => "abc"));

        var result = await Run(Create(query), Ast.Field("letters"));

        Assert.Equal("""{"data":{"letters":null}}""", DataJson(result));
        var error = Assert.Single(result.Errors);
        Assert.Equal("Expected a list, but did not find one for field \"Query.letters\".", error.Message);
        Assert.Equal(ErrorCodes.ResultCoercionFailed, error.Code);
    }

    [Fact]
    public async Task List_LazySequenceThrowingWhenEnumerated_IsMaskedFieldErrorNotException()
    {
        var logged = new List<Exception>();
        var query = Object("Query",
            Field("items", List(TestScalars.Int), _ => Enumerable.Range(1, 3).Select(i => i < 2 ? i : throw new InvalidOperationException("secret detail"))),
            Field("ok", TestScalars.Int, _ => 1));
        var options = new MentorGraph.GraphQL.Execution.ExecutionOptions { UnexpectedErrorLogger = (exception, _) => logged.Add(exception) };

        var result = await Run(Create(query), Ast.Document(Ast.Query(Ast.Field("items"), Ast.Field("ok"))), options: options);

        Assert.Equal("""{"data":{"items":null,"ok":1}}""", DataJson(result));
        var error = Assert.Single(result.Errors);
        Assert.Equal("Internal server error", error.Message);
        Assert.Equal(["items"], error.Path!);
        Assert.Equal("secret detail", Assert.Single(logged).Message);
    }

    [Fact]
    public async Task List_NullableItemError_NullsOnlyThatItem()
    {
        var query = Object("Query", Field("items", List(TestScalars.Int), _ => new object?[] { 1, "x", null, 4 }));

        var result = await Run(Create(query), Ast.Field("items"));

        Assert.Equal("""{"data":{"items":[1,null,null,4]}}""", DataJson(result));
        Assert.Equal(["items", 1], Assert.Single(result.Errors).Path!);
    }

    [Fact]
    public async Task List_ObjectItems_ResolveEachItem()
    {
        var item = Object("Item", Field("n", TestScalars.Int, context => (int)context.Source! * 10));
        var query = Object("Query", Field("items", List(List(item)), _ => new[] { new[] { 1, 2 }, new[] { 3 } }));

        var result = await Run(Create(query), Ast.Field("items", Ast.Field("n")));

        Assert.Equal("""{"data":{"items":[[{"n":10},{"n":20}],[{"n":30}]]}}""", Json(result));
    }

    [Fact]
    public async Task List_ResolverPathsCarryIndices()
    {
        var paths = new List<string>();
        var item = Object("Item", Field("n", TestScalars.Int, context =>
        {
            lock (paths)
            {
                paths.Add(string.Join("/", context.Path));
            }

            return 1;
        }));
        var query = Object("Query", Field("items", List(item), _ => new[] { 1, 2 }));

        await Run(Create(query), Ast.Field("items", Ast.Aliased("m", "n")));

        Assert.Equal(["items/0/m", "items/1/m"], paths.Order());
    }
}
