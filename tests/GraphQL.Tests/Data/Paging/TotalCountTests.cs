namespace MentorGraph.GraphQL.Tests.Data.Paging;

/// <summary><c>totalCount</c> and the far side of the page info run their queries only when selected.</summary>
public class TotalCountTests
{
    private readonly DataTestHarness _data = new();

    [Fact]
    public async Task WithoutTotalCount_OnlyThePageQueryRuns()
    {
        await _data.Run("{ people(first: 2, where: { level: { gte: 3 } }) { nodes { id } pageInfo { hasNextPage } } }");

        Assert.Equal(["list"], _data.Runner.Kinds);
    }

    [Fact]
    public async Task WithTotalCount_ACountOfTheFilteredRows_RunsOnce_WhateverThePage()
    {
        var response = await _data.Run("{ people(first: 2, where: { level: { gte: 3 } }) { totalCount a: totalCount nodes { id } } }");

        DataTestHarness.AssertNoErrors(response);
        Assert.Equal(6, response.GetProperty("data").GetProperty("people").GetProperty("totalCount").GetInt32());
        Assert.Equal(["list", "count"], _data.Runner.Kinds);
    }

    [Fact]
    public async Task HasPreviousPage_AfterACursor_RunsItsExistenceQuery_OnlyWhenSelected()
    {
        var first = await _data.Run("{ people(first: 2) { pageInfo { endCursor } } }");
        var cursor = first.GetProperty("data").GetProperty("people").GetProperty("pageInfo").GetProperty("endCursor").GetString();
        _data.Runner.Kinds.Clear();

        await _data.Run($"{{ people(first: 2, after: \"{cursor}\") {{ nodes {{ id }} pageInfo {{ hasNextPage }} }} }}");
        Assert.Equal(["list"], _data.Runner.Kinds);

        _data.Runner.Kinds.Clear();
        var response = await _data.Run($"{{ people(first: 2, after: \"{cursor}\") {{ pageInfo {{ hasPreviousPage }} }} }}");
        Assert.True(response.GetProperty("data").GetProperty("people").GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());
        Assert.Equal(["list", "any"], _data.Runner.Kinds);
    }
}
