using MentorGraph.GraphQL.Execution;

namespace MentorGraph.GraphQL.Tests.Execution;

public class ResultPathTests
{
    [Fact]
    public void Of_RootField_IsItsKey()
    {
        var root = new ObjectResult(null, 0, null, ["a", "b"]);

        Assert.Equal(["b"], ResultPath.Of(root, 1));
    }

    [Fact]
    public void Of_FieldOfAListItem_NamesKeysAndIndices()
    {
        var root = new ObjectResult(null, 0, null, ["other", "items"]);
        var list = new ListResult(root, 1, TestScalars.String, 3);
        var item = new ObjectResult(list, 2, TestScalars.String, ["id", "name"]);

        Assert.Equal(["items", 2, "name"], ResultPath.Of(item, 1));
    }

    [Fact]
    public void Of_ItemOfANestedList_HasBothIndices()
    {
        var root = new ObjectResult(null, 0, null, ["matrix"]);
        var outer = new ListResult(root, 0, TestScalars.String, 2);
        var inner = new ListResult(outer, 1, TestScalars.String, 4);

        Assert.Equal(["matrix", 1, 3], ResultPath.Of(inner, 3));
    }
}
