using System.Linq.Expressions;
using MentorGraph.GraphQL.Data;

namespace MentorGraph.GraphQL.Tests.Data.Filtering;

/// <summary>
/// Filters through navigations with <see cref="NavigationGuards"/>: the Sales department and WALK sessions are
/// hidden from the request, so a filter may not test conditions on them — a hidden related object is as good as
/// none, a collection holds only its visible elements — whatever the nesting, and the tree still translates to SQL.
/// </summary>
public class GuardedNavigationFilterTests
{
    private readonly DataTestHarness _guarded = new(options: new DataOptions { Guards = _ => Guards() });
    private readonly DataTestHarness _open = new();

    /// <summary>Sales (department 1) and WALK sessions hidden.</summary>
    private static NavigationGuards Guards() => new NavigationGuards()
        .Add<Department>(d => d.Id != 1)
        .Add<Session>(s => s.Format != "WALK");

    [Theory]
    [InlineData("{ department: { name: { eq: \"sales\" } } }", new long[] { 2, 5, 8 }, new long[0])]
    [InlineData("{ department: { id: { eq: \"Department:1\" } } }", new long[] { 2, 5, 8 }, new long[0])]
    [InlineData("{ department: { name: { neq: \"research\" } } }", new long[] { 2, 5, 8 }, new long[0])]
    [InlineData("{ department: { name: { eq: \"research\" } } }", new long[] { 1, 4, 7 }, new long[] { 1, 4, 7 })]
    [InlineData("{ or: [{ level: { eq: 1 } }, { department: { name: { startsWith: \"S\" } } }] }", new long[] { 2, 5, 8 }, new long[] { 2 })]
    [InlineData("{ and: [{ department: { or: [{ name: { eq: \"sales\" } }, { name: { eq: \"research\" } }] } }] }", new long[] { 1, 2, 4, 5, 7, 8 }, new long[] { 1, 4, 7 })]
    public async Task RelatedObject_TheRequestMayNotSee_MatchesNoCondition_AsIfItWereNull(string where, long[] open, long[] guarded)
    {
        Assert.Equal(open, await _open.Ids(where));
        Assert.Equal(guarded, await _guarded.Ids(where));
    }

    [Theory]
    [InlineData("{ sessions: { some: { format: { eq: WALK } } } }", new long[] { 1, 5 }, new long[0])]
    [InlineData("{ sessions: { some: { minutes: { gte: 90 } } } }", new long[] { 5 }, new long[0])]
    [InlineData("{ sessions: { none: { format: { eq: WALK } } } }", new long[] { 2, 3, 4, 6, 7, 8 }, new long[] { 1, 2, 3, 4, 5, 6, 7, 8 })]
    [InlineData("{ sessions: { all: { format: { eq: COFFEE } } } }", new long[] { 2, 4, 6, 7 }, new long[] { 1, 2, 4, 5, 6, 7 })]
    [InlineData("{ sessions: { any: false } }", new long[] { 2, 6 }, new long[] { 2, 5, 6 })]
    [InlineData("{ sessions: { any: true } }", new long[] { 1, 3, 4, 5, 7, 8 }, new long[] { 1, 3, 4, 7, 8 })]
    public async Task Collection_HoldsOnlyTheElementsTheRequestMaySee_ForSomeNoneAllAndAny(string where, long[] open, long[] guarded)
    {
        Assert.Equal(open, await _open.Ids(where));
        Assert.Equal(guarded, await _guarded.Ids(where));
    }

    [Fact]
    public async Task Guards_ApplyToNavigationsOnly_TheRootRowsAreTheCallers()
    {
        var data = new DataTestHarness(options: new DataOptions { Guards = _ => new NavigationGuards().Add<Person>(_ => false) });

        Assert.Equal(new long[] { 4 }, await data.Ids("{ name: { eq: \"dan\" } }"));
    }

    [Fact]
    public async Task GuardedFilter_IsOneTranslatableTree_WithTheGuardInsideTheNavigation()
    {
        await _guarded.Ids("{ department: { name: { eq: \"research\" } }, sessions: { some: { minutes: { gt: 10 } } } }");

        var tree = _guarded.Runner.Expressions.Single().ToString();
        Assert.Contains("(e.Department.Id != 1)", tree, StringComparison.Ordinal);
        Assert.Contains("e.Sessions.Where(s => (s.Format != \"WALK\")).Any(", tree, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Guards_AreAskedForEachRequest_SoTheyMayDifferPerViewer()
    {
        var hideSales = true;
        var data = new DataTestHarness(options: new DataOptions
        {
            Guards = _ => hideSales ? new NavigationGuards().Add<Department>(d => d.Id != 1) : NavigationGuards.None,
        });

        var hidden = await data.Ids("{ department: { name: { eq: \"sales\" } } }");
        hideSales = false;
        var shown = await data.Ids("{ department: { name: { eq: \"sales\" } } }");

        Assert.Empty(hidden);
        Assert.Equal(new long[] { 2, 5, 8 }, shown);
    }
}
