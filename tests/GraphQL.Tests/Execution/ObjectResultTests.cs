using MentorGraph.GraphQL.Execution;
using MentorGraph.GraphQL.Types;

namespace MentorGraph.GraphQL.Tests.Execution;

public class ObjectResultTests
{
    private static ObjectResult Create()
    {
        var result = new ObjectResult(null, 0, null, ["zeta", "alpha", "mid"]);
        result.Set(0, 1);
        result.Set(1, "a");
        return result;
    }

    [Fact]
    public void Keys_KeepTheCollectedOrder()
    {
        Assert.Equal(["zeta", "alpha", "mid"], Create().Keys);
    }

    [Fact]
    public void Slots_NotSet_ReadAsNull()
    {
        var result = Create();

        Assert.True(result.TryGetValue("mid", out var value));
        Assert.Null(value);
        Assert.Equal(3, result.Count);
    }

    [Fact]
    public void UnknownKey_IsNotFound()
    {
        var result = Create();

        Assert.False(result.ContainsKey("other"));
        Assert.False(result.TryGetValue("other", out _));
        Assert.Throws<KeyNotFoundException>(() => result["other"]);
    }

    [Fact]
    public void Enumeration_YieldsKeysWithTheirValues()
    {
        Assert.Equal(
            [new KeyValuePair<string, object?>("zeta", 1), new("alpha", "a"), new("mid", null)],
            Create().ToList());
    }

    [Fact]
    public async Task Data_OfAnExecution_ReadsAsNestedDictionaries()
    {
        var schema = TestSchemas.Create(TestSchemas.Object(
            "Query",
            TestSchemas.Field("item", TestSchemas.Object("Item", TestSchemas.Field("name", TestScalars.String)), _ => new { Name = "box" })));

        var result = await ExecutionTestSupport.Run(schema, "{ item { name } }");

        var item = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(result.Data!["item"]);
        Assert.Equal("box", item["name"]);
    }
}
