using MentorGraph.GraphQL.Data;
using MentorGraph.GraphQL.Data.Paging;

namespace MentorGraph.GraphQL.Tests.Data.Filtering;

/// <summary><c>and</c>/<c>or</c>, related objects and list filters: one predicate, checked to be SQL-translatable.</summary>
public class FilterCompositionTests
{
    private readonly DataTestHarness _data = new();

    [Theory]
    [InlineData("{ level: { eq: 3 }, active: { eq: true } }", new long[] { 3, 4, 6 })]
    [InlineData("{ level: { eq: 3 }, band: { eq: MID } }", new long[] { 3, 6 })]
    [InlineData("{ or: [{ level: { eq: 1 } }, { band: { eq: EXECUTIVE } }] }", new long[] { 1, 2, 8 })]
    [InlineData("{ and: [{ level: { gte: 3 } }, { or: [{ name: { eq: \"dan\" } }, { name: { eq: \"heidi\" } }] }] }", new long[] { 4, 8 })]
    [InlineData("{ or: [] }", new long[] { 1, 2, 3, 4, 5, 6, 7, 8 })]
    [InlineData("{ }", new long[] { 1, 2, 3, 4, 5, 6, 7, 8 })]
    [InlineData("{ name: null, level: { gt: null } }", new long[] { 1, 2, 3, 4, 5, 6, 7, 8 })]
    public async Task AndOr_CombineWholeFilters(string where, long[] expected) =>
        Assert.Equal(expected, await _data.Ids(where));

    [Theory]
    [InlineData("{ department: { name: { eq: \"research\" } } }", new long[] { 1, 4, 7 })]
    [InlineData("{ department: { name: { neq: \"research\" } } }", new long[] { 2, 5, 8 })]
    [InlineData("{ department: { id: { eq: \"Department:1\" } } }", new long[] { 2, 5, 8 })]
    [InlineData("{ department: { or: [{ name: { eq: \"sales\" } }, { name: { eq: \"research\" } }] } }", new long[] { 1, 2, 4, 5, 7, 8 })]
    [InlineData("{ department: { } }", new long[] { 1, 2, 3, 4, 5, 6, 7, 8 })]
    public async Task RelatedObject_IsMemberAccess_AndNotMetWithoutOne(string where, long[] expected) =>
        Assert.Equal(expected, await _data.Ids(where));

    [Theory]
    [InlineData("{ sessions: { some: { format: { eq: WALK } } } }", new long[] { 1, 5 })]
    [InlineData("{ sessions: { none: { format: { eq: COFFEE } } } }", new long[] { 2, 3, 5, 6, 8 })]
    [InlineData("{ sessions: { all: { format: { eq: COFFEE } } } }", new long[] { 2, 4, 6, 7 })]
    [InlineData("{ sessions: { any: true } }", new long[] { 1, 3, 4, 5, 7, 8 })]
    [InlineData("{ sessions: { any: false } }", new long[] { 2, 6 })]
    [InlineData("{ sessions: { some: { minutes: { gte: 60 } }, all: { minutes: { gte: 45 } } } }", new long[] { 5, 8 })]
    public async Task ListFilters_SomeAllNoneAny(string where, long[] expected) =>
        Assert.Equal(expected, await _data.Ids(where));

    [Fact]
    public async Task WhereGivenAsAVariable_FiltersTheSame()
    {
        var where = new Dictionary<string, object?>
        {
            ["department"] = new Dictionary<string, object?> { ["name"] = new Dictionary<string, object?> { ["startsWith"] = "RES" } },
            ["level"] = new Dictionary<string, object?> { ["in"] = new List<object?> { 3, 4 } },
        };

        var response = await _data.Run(
            "query($w: PersonFilterInput) { people(where: $w) { nodes { id } } }",
            new Dictionary<string, object?> { ["w"] = where });

        DataTestHarness.AssertNoErrors(response);
        Assert.Equal("[{\"id\":\"4\"},{\"id\":\"7\"}]", response.GetProperty("data").GetProperty("people").GetProperty("nodes").GetRawText());
    }

    [Fact]
    public void Filter_IsOneExpressionTree_WithRequestValuesAsParameters()
    {
        var where = new Dictionary<string, object?>
        {
            ["name"] = new Dictionary<string, object?> { ["contains"] = "an" },
            ["sessions"] = new Dictionary<string, object?> { ["some"] = new Dictionary<string, object?> { ["minutes"] = new Dictionary<string, object?> { ["gt"] = 10 } } },
        };

        var request = PageRequest<Person>.Create(DataTestModel.Person, new Dictionary<string, object?> { ["where"] = where }, new DataOptions());

        Assert.NotNull(request.Filter);
        QueryableChecks.AssertTranslatable(request.Filter);
        Assert.DoesNotContain("\"an\"", request.Filter.ToString(), StringComparison.Ordinal);
        Assert.Equal([4L], DataTestModel.People().AsQueryable().Where(request.Filter).Select(p => p.Id).ToArray());
    }
}
