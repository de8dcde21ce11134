using System.Buffers.Text;
using System.Text;
using MentorGraph.GraphQL.Data;

namespace MentorGraph.GraphQL.Tests.Data.Sorting;

/// <summary>
/// Orders through a related object the request may not see (the Sales department): it sorts as a missing one
/// (nulls greatest), and no cursor carries its value — a cursor holds the order's values, so an unguarded order
/// would hand them to the client.
/// </summary>
public class GuardedNavigationSortTests
{
    private readonly DataTestHarness _guarded = new(options: new DataOptions { Guards = _ => new NavigationGuards().Add<Department>(d => d.Id != 1) });

    [Fact]
    public async Task Order_ThroughAHiddenRelatedObject_SortsItAsNull()
    {
        Assert.Equal(new long[] { 1L, 4, 7, 2, 3, 5, 6, 8 }, await _guarded.Ids("{ }", "[{ department: { name: ASC } }]"));
        Assert.Equal(new long[] { 2L, 3, 5, 6, 8, 1, 4, 7 }, await _guarded.Ids("{ }", "[{ department: { name: DESC } }]"));
    }

    [Fact]
    public async Task Cursors_OfAnOrderThroughAHiddenRelatedObject_DoNotHoldItsValue()
    {
        var response = await _guarded.Run("{ people(first: 50, order: [{ department: { name: ASC } }]) { edges { cursor node { id } } } }");

        DataTestHarness.AssertNoErrors(response);
        var cursors = response.GetProperty("data").GetProperty("people").GetProperty("edges").EnumerateArray()
            .Select(e => Encoding.UTF8.GetString(Base64Url.DecodeFromChars(e.GetProperty("cursor").GetString())))
            .ToList();
        Assert.Equal(8, cursors.Count);
        Assert.Contains(cursors, c => c.Contains("Research", StringComparison.Ordinal));
        Assert.DoesNotContain(cursors, c => c.Contains("Sales", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Paging_ThroughAGuardedOrder_ReadsEveryRowOnce()
    {
        var first = await _guarded.Run("{ people(first: 4, order: [{ department: { name: ASC } }]) { nodes { id } pageInfo { endCursor } } }");
        var after = first.GetProperty("data").GetProperty("people").GetProperty("pageInfo").GetProperty("endCursor").GetString();
        var second = await _guarded.Run($"{{ people(first: 4, after: \"{after}\", order: [{{ department: {{ name: ASC }} }}]) {{ nodes {{ id }} }} }}");

        DataTestHarness.AssertNoErrors(second);
        var ids = new[] { first, second }
            .SelectMany(r => r.GetProperty("data").GetProperty("people").GetProperty("nodes").EnumerateArray())
            .Select(n => n.GetProperty("id").GetString())
            .ToList();
        Assert.Equal(new[] { "1", "4", "7", "2", "3", "5", "6", "8" }, ids);
    }
}
