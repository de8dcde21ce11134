using MentorGraph.GraphQL.Execution;
using MentorGraph.GraphQL.Language;
using MentorGraph.GraphQL.Types;

namespace MentorGraph.GraphQL.Tests.Execution;

/// <summary>Bound properties and introspection share one reused context; a resolver of the host's gets its own.</summary>
public class ResolveFieldContextTests
{
    public sealed record Item(string Name, int Rank);

    private static Schema BuildSchema(Func<IResolveFieldContext, ValueTask<object?>> late) =>
        new SchemaBuilder()
            .AddTypeDefinitions(Parser.Parse("""
                type Query { items: [Item!]! }
                type Item { name: String! rank: Int! late: String! }
                """))
            .BindType<Item>("Item")
            .Resolve("Query.items", _ => ValueTask.FromResult<object?>(new[] { new Item("a", 1), new Item("b", 2) }))
            .Resolve("Item.late", context => late(context))
            .Build();

    [Fact]
    public async Task HostResolver_ReadingItsContextLater_SeesItsOwnField()
    {
        var schema = BuildSchema(async context =>
        {
            await Task.Yield();
            var item = (Item)context.Source!;
            return $"{item.Name}@{string.Join("/", context.Path)}:{context.FieldDefinition.Name}:{context.ParentType.Name}";
        });

        var result = await new GraphQLExecutor(schema).ExecuteAsync(new ExecutionRequest { Query = "{ items { name rank late __typename } }" });

        Assert.Equal(
            """{"data":{"items":[{"name":"a","rank":1,"late":"a@items/0/late:late:Item","__typename":"Item"},{"name":"b","rank":2,"late":"b@items/1/late:late:Item","__typename":"Item"}]}}""",
            ResponseJsonWriter.ToJson(result));
    }

    [Fact]
    public async Task HostResolvers_EachGetAContextOfTheirOwn()
    {
        var contexts = new List<IResolveFieldContext>();
        var schema = BuildSchema(context =>
        {
            contexts.Add(context);
            return ValueTask.FromResult<object?>("x");
        });

        await new GraphQLExecutor(schema).ExecuteAsync(new ExecutionRequest { Query = "{ items { late name } }" });

        Assert.Equal(2, contexts.Count);
        Assert.NotSame(contexts[0], contexts[1]);
        Assert.Equal(["items", 0, "late"], contexts[0].Path);
        Assert.Equal(["items", 1, "late"], contexts[1].Path);
    }
}
