using System.Text.Json;

namespace MentorGraph.GraphQL.Tests.Data.Paging;

/// <summary>Keyset paging through the executor: forwards and backwards across pages with equal sort values, stable under inserts.</summary>
public class KeysetPagingTests
{
    private const string PageFields = "edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor }";

    private readonly DataTestHarness _data = new();

    [Fact]
    public async Task Forwards_ThroughEqualSortValues_VisitsEveryRowOnce_InOrder()
    {
        // level DESC: 1, 8 (5) | 7 (4) | 3, 4, 6 (3) | 5 (2) | 2 (1): pages of 2 split the ties.
        var pages = await Walk("first: 2, order: [{ level: DESC }]", forwards: true);

        Assert.Equal([[1L, 8], [7, 3], [4, 6], [5, 2]], pages.Select(p => p.Ids).ToArray());
        Assert.Equal([false, true, true, true], pages.Select(p => p.HasPrevious).ToArray());
        Assert.Equal([true, true, true, false], pages.Select(p => p.HasNext).ToArray());
    }

    [Fact]
    public async Task Backwards_FromTheEnd_VisitsTheSamePages_InReverse()
    {
        var pages = await Walk("last: 2, order: [{ level: DESC }]", forwards: false);

        Assert.Equal([[5L, 2], [4, 6], [7, 3], [1, 8]], pages.Select(p => p.Ids).ToArray());
        Assert.Equal([true, true, true, false], pages.Select(p => p.HasPrevious).ToArray());
        Assert.Equal([false, true, true, true], pages.Select(p => p.HasNext).ToArray());
    }

    [Fact]
    public async Task Forwards_OnANullableNestedKey_PagesThroughNulls()
    {
        var pages = await Walk("first: 3, order: [{ department: { name: DESC } }, { rank: ASC }]", forwards: true);

        Assert.Equal([3L, 6, 8, 2, 5, 1, 7, 4], pages.SelectMany(p => p.Ids).ToArray());
        Assert.Equal((await _data.Ids("{ }", "[{ department: { name: DESC } }, { rank: ASC }]")).ToArray(), pages.SelectMany(p => p.Ids).ToArray());
    }

    [Fact]
    public async Task Backwards_OnANullableKey_PagesThroughNulls()
    {
        var pages = await Walk("last: 3, order: [{ rank: DESC }]", forwards: false);

        Assert.Equal([2L, 5, 6, 8, 3, 4, 1, 7], pages.AsEnumerable().Reverse().SelectMany(p => p.Ids).ToArray());
    }

    [Fact]
    public async Task RowsInsertedBetweenPages_NeitherRepeatNorSkipTheRowsAfterTheCursor()
    {
        var first = await Page("first: 3, order: [{ level: DESC }]");
        Assert.Equal([1L, 8, 7], first.Ids);

        // Rows that sort before the cursor (level 9, and level 5 with a smaller key than 8's) and after it.
        _data.People.Add(new Person { Id = 20, Name = "Early", Level = 9 });
        _data.People.Add(new Person { Id = 0, Name = "Tied", Level = 5 });
        _data.People.Add(new Person { Id = 21, Name = "Later", Level = 3 });
        var second = await Page($"first: 3, after: \"{first.EndCursor}\", order: [{{ level: DESC }}]");

        Assert.Equal([3L, 4, 6], second.Ids);
        var third = await Page($"first: 3, after: \"{second.EndCursor}\", order: [{{ level: DESC }}]");
        Assert.Equal([21L, 5, 2], third.Ids);
        Assert.False(third.HasNext);
    }

    [Fact]
    public async Task AfterAndBefore_Together_ReadTheRowsBetween()
    {
        var all = await Page("first: 8, order: [{ name: ASC }]");
        var cursors = await Cursors("first: 8, order: [{ name: ASC }]");

        var between = await Page($"first: 10, after: \"{cursors[1]}\", before: \"{cursors[5]}\", order: [{{ name: ASC }}]");

        Assert.Equal(all.Ids[2..5], between.Ids);
        Assert.False(between.HasNext);
        Assert.True(between.HasPrevious);
    }

    [Fact]
    public async Task FirstPage_WithoutArguments_HoldsTheDefaultPageSize_InKeyOrder()
    {
        var harness = new DataTestHarness(Enumerable.Range(1, 25).Select(i => new Person { Id = i, Name = $"P{i}" }).ToList());

        var response = await harness.Run("{ people { nodes { id } pageInfo { hasNextPage } } }");

        DataTestHarness.AssertNoErrors(response);
        var people = response.GetProperty("data").GetProperty("people");
        Assert.Equal(10, people.GetProperty("nodes").GetArrayLength());
        Assert.True(people.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
    }

    [Fact]
    public async Task FirstZero_GivesAnEmptyPage_ThatKnowsMoreFollow()
    {
        var page = await Page("first: 0");

        Assert.Empty(page.Ids);
        Assert.True(page.HasNext);
        Assert.Null(page.EndCursor);
    }

    private async Task<List<PageResult>> Walk(string arguments, bool forwards)
    {
        var pages = new List<PageResult>();
        var page = await Page(arguments);
        pages.Add(page);
        while (forwards ? page.HasNext : page.HasPrevious)
        {
            var cursor = forwards ? $"after: \"{page.EndCursor}\"" : $"before: \"{page.StartCursor}\"";
            page = await Page($"{arguments}, {cursor}");
            pages.Add(page);
            Assert.True(pages.Count < 20, "paging does not end");
        }

        return pages;
    }

    private async Task<PageResult> Page(string arguments)
    {
        var response = await _data.Run($"{{ people({arguments}) {{ {PageFields} }} }}");
        DataTestHarness.AssertNoErrors(response);
        var people = response.GetProperty("data").GetProperty("people");
        var info = people.GetProperty("pageInfo");
        return new PageResult(
            people.GetProperty("edges").EnumerateArray().Select(e => long.Parse(e.GetProperty("node").GetProperty("id").GetString()!, System.Globalization.CultureInfo.InvariantCulture)).ToArray(),
            info.GetProperty("hasNextPage").GetBoolean(),
            info.GetProperty("hasPreviousPage").GetBoolean(),
            info.GetProperty("startCursor").ValueKind == JsonValueKind.Null ? null : info.GetProperty("startCursor").GetString(),
            info.GetProperty("endCursor").ValueKind == JsonValueKind.Null ? null : info.GetProperty("endCursor").GetString());
    }

    private async Task<string[]> Cursors(string arguments)
    {
        var response = await _data.Run($"{{ people({arguments}) {{ edges {{ cursor }} }} }}");
        return response.GetProperty("data").GetProperty("people").GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("cursor").GetString()!).ToArray();
    }

    private sealed record PageResult(long[] Ids, bool HasNext, bool HasPrevious, string? StartCursor, string? EndCursor);
}
