using MentorGraph.GraphQL.Execution;
using MentorGraph.GraphQL.Types;
using static MentorGraph.GraphQL.Tests.Execution.ExecutionTestSupport;
using static MentorGraph.GraphQL.Tests.Execution.TestSchemas;

namespace MentorGraph.GraphQL.Tests.Execution;

public class DataLoaderTests
{
    private sealed record Post(int Id, int AuthorId);

    private sealed record Author(int Id, string Name);

    /// <summary>Records every batch call of the loaders it creates.</summary>
    private sealed class BatchLog
    {
        public List<(string Loader, int[] Keys)> Calls { get; } = [];

        public DataLoader<int, Author> Authors(IResolveFieldContext context, bool async = true) =>
            context.DataLoaders.GetOrAdd<int, Author>("authors", async (keys, _) =>
            {
                lock (Calls)
                {
                    Calls.Add(("authors", keys.ToArray()));
                }

                if (async)
                {
                    await Task.Delay(1);
                }

                return keys.ToDictionary(k => k, k => new Author(k, "Author " + k));
            });

        public DataLoader<int, Post[]> PostsByAuthor(IResolveFieldContext context) =>
            context.DataLoaders.GetOrAdd<int, Post[]>("postsByAuthor", async (keys, _) =>
            {
                lock (Calls)
                {
                    Calls.Add(("postsByAuthor", keys.ToArray()));
                }

                await Task.Yield();
                return keys.ToDictionary(k => k, k => new[] { new Post(k * 100, k), new Post((k * 100) + 1, k + 10) });
            });
    }

    private static Schema BlogSchema(BatchLog log, int postCount, bool asyncBatch = true)
    {
        var author = new ObjectType("Author");
        var post = Object("Post",
            Field("id", TestScalars.Int),
            Field("author", author, Async(async context => await log.Authors(context, asyncBatch).LoadAsync(((Post)context.Source!).AuthorId))));
        author.Fields =
        [
            Field("name", TestScalars.String),
            Field("posts", List(post), Async(async context => await log.PostsByAuthor(context).LoadAsync(((Author)context.Source!).Id))),
        ];
        var posts = Enumerable.Range(1, postCount).Select(i => new Post(i, (i % 7) + 1)).ToArray();
        return Create(Object("Query", Field("posts", List(post), _ => posts)));
    }

    [Fact]
    public async Task ListOf50_LoadingOneFieldEach_MakesExactlyOneBatchCall()
    {
        var log = new BatchLog();

        var result = await Run(BlogSchema(log, 50), Ast.Field("posts", Ast.Field("id"), Ast.Field("author", Ast.Field("name"))));

        Assert.Empty(result.Errors);
        var call = Assert.Single(log.Calls);
        Assert.Equal([2, 3, 4, 5, 6, 7, 1], call.Keys);
        Assert.Contains("""{"id":50,"author":{"name":"Author 2"}}""", Json(result), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SynchronousBatchFunction_StillOneBatchCall()
    {
        var log = new BatchLog();

        var result = await Run(BlogSchema(log, 50, asyncBatch: false), Ast.Field("posts", Ast.Field("author", Ast.Field("name"))));

        Assert.Empty(result.Errors);
        Assert.Single(log.Calls);
    }

    [Fact]
    public async Task NestedLists_MakeOneBatchCallPerLevel()
    {
        var log = new BatchLog();

        var result = await Run(BlogSchema(log, 20), Ast.Field("posts",
            Ast.Field("author",
                Ast.Field("name"),
                Ast.Field("posts",
                    Ast.Field("id"),
                    Ast.Field("author",
                        Ast.Field("posts", Ast.Field("id")))))));

        Assert.Empty(result.Errors);
        Assert.Equal(["authors", "postsByAuthor", "authors", "postsByAuthor"], log.Calls.Select(c => c.Loader));
        Assert.All(log.Calls, call => Assert.Equal(call.Keys.Distinct().Count(), call.Keys.Length));
    }

    [Fact]
    public async Task ChainedLoadsInOneResolver_BatchEachStep()
    {
        var log = new BatchLog();
        var post = Object("Post", Field("authorName", TestScalars.String, Async(async context =>
        {
            var first = await log.Authors(context).LoadAsync(((Post)context.Source!).AuthorId);
            var second = await log.Authors(context).LoadAsync(first!.Id + 100);
            return second!.Name;
        })));
        var posts = Enumerable.Range(1, 10).Select(i => new Post(i, i % 3)).ToArray();
        var schema = Create(Object("Query", Field("posts", List(post), _ => posts)));

        var result = await Run(schema, Ast.Field("posts", Ast.Field("authorName")));

        Assert.Empty(result.Errors);
        Assert.Equal(2, log.Calls.Count);
        Assert.Equal([1, 2, 0], log.Calls[0].Keys);
        Assert.Equal([101, 102, 100], log.Calls[1].Keys);
    }

    [Fact]
    public async Task Loads_AreCachedPerRequest_NotAcrossRequests()
    {
        var log = new BatchLog();
        var schema = BlogSchema(log, 3);

        await Run(schema, Ast.Field("posts", Ast.Field("author", Ast.Field("name"))), Ast.Aliased("again", "posts", Ast.Field("author", Ast.Field("name"))));
        await Run(schema, Ast.Field("posts", Ast.Field("author", Ast.Field("name"))));

        Assert.Equal(2, log.Calls.Count);
        Assert.Equal([2, 3, 4], log.Calls[0].Keys);
        Assert.Equal([2, 3, 4], log.Calls[1].Keys);
    }

    [Fact]
    public async Task BatchFailure_IsAFieldErrorForEveryLoad()
    {
        var post = Object("Post", Field("n", TestScalars.Int, Async(async context =>
            await context.DataLoaders.GetOrAdd<int, int>("broken", (_, _) => throw new InvalidOperationException("db down")).LoadAsync(1))));
        var schema = Create(Object("Query", Field("posts", List(post), _ => new[] { 1, 2 })));

        var result = await Run(schema, Ast.Field("posts", Ast.Field("n")));

        Assert.Equal("""{"data":{"posts":[{"n":null},{"n":null}]}}""", DataJson(result));
        Assert.All(result.Errors, e => Assert.Equal("Internal server error", e.Message));
        Assert.Equal(2, result.Errors.Count);
    }

    [Fact]
    public async Task MissingKey_LoadsDefault()
    {
        var scope = new DataLoaderScope();
        var loader = scope.GetOrAdd<int, string>("names", (keys, _) =>
            Task.FromResult<IReadOnlyDictionary<int, string>>(keys.Where(k => k != 2).ToDictionary(k => k, k => "n" + k)));

        var load = loader.LoadManyAsync([1, 2, 3]);
        Assert.True(scope.HasPendingLoads);
        await scope.DispatchAsync(CancellationToken.None);

        Assert.Equal(["n1", null, "n3"], await load);
        Assert.False(scope.HasPendingLoads);
    }

    [Fact]
    public async Task SameKeyTwice_IsOneKeyInTheBatch_AndPrimedKeysAreNotFetched()
    {
        var batches = new List<int[]>();
        var scope = new DataLoaderScope();
        var loader = scope.GetOrAdd<int, int>("double", (keys, _) =>
        {
            batches.Add(keys.ToArray());
            return Task.FromResult<IReadOnlyDictionary<int, int>>(keys.ToDictionary(k => k, k => k * 2));
        });
        loader.Prime(7, 70);

        var a = loader.LoadAsync(1);
        var b = loader.LoadAsync(1);
        var c = loader.LoadAsync(7);
        await scope.DispatchAsync(CancellationToken.None);

        Assert.Same(a, b);
        Assert.Equal(2, await a);
        Assert.Equal(70, await c);
        Assert.Equal([1], Assert.Single(batches));
    }

    [Fact]
    public void GetOrAdd_SameNameOtherTypes_Throws()
    {
        var scope = new DataLoaderScope();
        scope.GetOrAdd<int, int>("x", (_, _) => Task.FromResult<IReadOnlyDictionary<int, int>>(new Dictionary<int, int>()));

        Assert.Throws<InvalidOperationException>(() =>
            scope.GetOrAdd<string, int>("x", (_, _) => Task.FromResult<IReadOnlyDictionary<string, int>>(new Dictionary<string, int>())));
    }
}
