namespace MentorGraph.GraphQL.Tests.Data.Sorting;

/// <summary>Orders: fields, nested fields, enums by declaration order, nulls greatest, always ending with the key.</summary>
public class SortingTests
{
    private readonly DataTestHarness _data = new();

    [Theory]
    [InlineData("[{ name: ASC }]", new long[] { 1, 2, 4, 5, 6, 7, 8, 3 })]
    [InlineData("[{ level: DESC }]", new long[] { 1, 8, 7, 3, 4, 6, 5, 2 })]
    [InlineData("[{ level: ASC }, { score: DESC }]", new long[] { 2, 5, 4, 3, 6, 7, 1, 8 })]
    [InlineData("[{ active: ASC }]", new long[] { 2, 5, 8, 1, 3, 4, 6, 7 })]
    [InlineData("[{ joinedAt: DESC }]", new long[] { 6, 5, 3, 4, 2, 1, 7, 8 })]
    [InlineData("[{ startsOn: ASC }]", new long[] { 8, 7, 1, 2, 3, 4, 5, 6 })]
    public async Task Order_SortsByTheFields_ThenByTheKey(string order, long[] expected) =>
        Assert.Equal(expected, await _data.Ids("{ }", order));

    [Fact]
    public async Task Order_ByAnEnum_FollowsItsDeclarationOrder_NotTheNames()
    {
        // EXECUTIVE, SENIOR, MID, JUNIOR — alphabetically it would be EXECUTIVE, JUNIOR, MID, SENIOR.
        Assert.Equal(new long[] { 1L, 8, 4, 7, 3, 6, 2, 5 }, await _data.Ids("{ }", "[{ band: ASC }]"));
        Assert.Equal(new long[] { 2L, 5, 3, 6, 4, 7, 1, 8 }, await _data.Ids("{ }", "[{ band: DESC }]"));
    }

    [Fact]
    public async Task Order_ByANullableField_PutsNullsLastAscending_AndFirstDescending()
    {
        Assert.Equal(new long[] { 1L, 7, 3, 4, 6, 8, 2, 5 }, await _data.Ids("{ }", "[{ rank: ASC }]"));
        Assert.Equal(new long[] { 2L, 5, 6, 8, 3, 4, 1, 7 }, await _data.Ids("{ }", "[{ rank: DESC }]"));
    }

    [Fact]
    public async Task Order_ByANestedField_CrossesTheRelatedObject_NullsGreatest()
    {
        Assert.Equal(new long[] { 1L, 4, 7, 2, 5, 8, 3, 6 }, await _data.Ids("{ }", "[{ department: { name: ASC } }]"));
        Assert.Equal(new long[] { 3L, 6, 2, 5, 8, 1, 4, 7 }, await _data.Ids("{ }", "[{ department: { name: DESC } }]"));
    }

    [Fact]
    public async Task Order_AnElementWithTwoFields_IsRefused()
    {
        var response = await _data.Run("{ people(order: [{ name: ASC, level: DESC }]) { nodes { id } } }");

        Assert.Equal(ErrorCodes.BadUserInput, DataTestHarness.ErrorCode(response));
    }

    [Fact]
    public async Task Order_Translates_ToOrderByThenByOnly()
    {
        await _data.Ids("{ name: { contains: \"e\" } }", "[{ department: { name: DESC } }, { rank: ASC }]");

        var tree = _data.Runner.Expressions.Single().ToString();
        Assert.Contains("OrderByDescending", tree, StringComparison.Ordinal);
        Assert.Contains("ThenBy", tree, StringComparison.Ordinal);
    }
}
