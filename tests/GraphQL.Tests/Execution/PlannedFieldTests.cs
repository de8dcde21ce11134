using MentorGraph.GraphQL.Execution;
using MentorGraph.GraphQL.Types;
using static MentorGraph.GraphQL.Tests.Execution.ExecutionTestSupport;
using static MentorGraph.GraphQL.Tests.Execution.TestSchemas;

namespace MentorGraph.GraphQL.Tests.Execution;

/// <summary>What a planned field keeps for every object of its selection within one request.</summary>
public class PlannedFieldTests
{
    private sealed record Item(string Name);

    private sealed class OtherItem
    {
        public string Name { get; init; } = "other";
    }

    [Fact]
    public async Task Arguments_OfAFieldInAList_AreCoercedOncePerRequest()
    {
        var seen = new List<IReadOnlyDictionary<string, object?>>();
        var item = Object("Item", Field("label", TestScalars.String, context =>
        {
            seen.Add(context.Arguments);
            return $"{context.Arguments["prefix"]}{((Item)context.Source!).Name}";
        }, Input("prefix", TestScalars.String)));
        var schema = Create(Object("Query", Field("items", List(item), _ => new[] { new Item("a"), new Item("b"), new Item("c") })));

        var result = await Run(schema, """{ items { label(prefix: "#") } }""");

        Assert.Equal("""{"data":{"items":[{"label":"#a"},{"label":"#b"},{"label":"#c"}]}}""", Json(result));
        Assert.Equal(3, seen.Count);
        Assert.All(seen, arguments => Assert.Same(seen[0], arguments));
    }

    [Fact]
    public async Task ArgumentError_OfAFieldInAList_IsReportedForEveryItem()
    {
        var item = Object("Item", Field("label", TestScalars.String, _ => "x", Input("n", TestScalars.Int)));
        var schema = Create(Object("Query", Field("items", List(item), _ => new[] { new Item("a"), new Item("b") })));

        var result = await Run(schema, """{ items { label(n: "not a number") } }""");

        Assert.Equal(2, result.Errors.Count);
        Assert.Equal(["items", 0, "label"], result.Errors[0].Path);
        Assert.Equal(["items", 1, "label"], result.Errors[1].Path);
        Assert.All(result.Errors, error => Assert.Equal(result.Errors[0].Message, error.Message));
    }

    [Fact]
    public async Task MemberField_OverItemsOfDifferentTypes_ReadsEachItsOwnWay()
    {
        var item = Object("Item", Field("name", TestScalars.String));
        object[] items = [new Item("record"), new Dictionary<string, object?> { ["name"] = "map" }, new OtherItem(), new Item("again")];
        var schema = Create(Object("Query", Field("items", List(item), _ => items)));

        var result = await Run(schema, "{ items { name } }");

        Assert.Equal("""{"data":{"items":[{"name":"record"},{"name":"map"},{"name":"other"},{"name":"again"}]}}""", Json(result));
    }

    [Fact]
    public async Task UnknownField_IsLeftOutOfTheResponse()
    {
        var schema = Create(Object("Query", Field("a", TestScalars.String, _ => "x")));

        var result = await Run(schema, "{ a missing b: a }");

        Assert.Equal("""{"data":{"a":"x","b":"x"}}""", Json(result));
    }
}
