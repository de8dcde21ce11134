using MentorGraph.Api.Schema.Insights;

namespace MentorGraph.Api.Tests.Insights;

/// <summary><see cref="DistinctPeople"/>: the people of a group of cells, k = 5.</summary>
public sealed class DistinctPeopleTests
{
    private const int K = 5;

    [Fact]
    public void CellsUnderK_CountTheUnionOfTheirIds_NotTheSum()
    {
        Assert.Equal(4, DistinctPeople.Count([(3, [1L, 2, 3]), (3, [2L, 3, 4])], K));
    }

    [Fact]
    public void ACellOfK_MakesTheGroupAtLeastK_WithoutIds()
    {
        Assert.True(DistinctPeople.Count([(2, [1L, 2]), (7, null)], K) >= K);
    }

    [Fact]
    public void ACellUnderKWithoutIds_CountsAsItsOwnNumber_ALowerBound()
    {
        Assert.Equal(3, DistinctPeople.Count([(3, null), (1, [9L])], K));
    }
}
