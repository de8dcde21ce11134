using MentorGraph.Api.Schema.Insights;
using MentorGraph.Persistence.Insights;

namespace MentorGraph.Api.Tests.Insights;

/// <summary>The knowledge-flow privacy rules on cells made up for each case, and the reciprocity index.</summary>
public sealed class KnowledgeFlowSuppressionTests
{
    private static FlowCell Cell(string key, int total, int people) => new([key], [key], total, 0, 0, people);

    private static FlowCell Cell2(string a, string b, int total) => new([a, b], [a, b], total, 0, 0, total);

    [Fact]
    public void OneSmallGroup_TheSmallestVisibleIsSuppressedWithIt()
    {
        var cells = new[] { Cell("A", 40, 40), Cell("B", 3, 3), Cell("C", 12, 12), Cell("D", 20, 20) };

        var suppressed = KnowledgeFlow.Suppressed(cells, 1, 5);

        Assert.Equal([1, 2], suppressed.Order());
    }

    [Fact]
    public void ManyNotesByFewAuthors_Suppressed()
    {
        Assert.Contains(0, KnowledgeFlow.Suppressed([Cell("A", 40, 4), Cell("B", 40, 40), Cell("C", 40, 40)], 1, 5));
    }

    [Fact]
    public void NoSmallGroup_NothingSuppressed()
    {
        Assert.Empty(KnowledgeFlow.Suppressed([Cell("A", 5, 5), Cell("B", 6, 5)], 1, 5));
    }

    [Fact]
    public void TwoGroupings_SuppressionSpreadsUntilNoRowOrColumnHasOneAlone()
    {
        // Rows x/y, columns 1/2/3; only (x, 1) is small.
        FlowCell[] cells = [Cell2("x", "1", 2), Cell2("x", "2", 30), Cell2("x", "3", 10), Cell2("y", "1", 20), Cell2("y", "2", 30), Cell2("y", "3", 40)];

        var suppressed = KnowledgeFlow.Suppressed(cells, 2, 5);

        foreach (var d in new[] { 0, 1 })
        {
            foreach (var line in Enumerable.Range(0, cells.Length).GroupBy(i => cells[i].Keys[1 - d]))
            {
                Assert.NotEqual(1, line.Count(suppressed.Contains));
            }
        }

        Assert.Contains(0, suppressed);
    }

    [Theory]
    [InlineData(10, 10, 0, 1.0)]
    [InlineData(10, 0, 0, 0.0)]
    [InlineData(0, 0, 7, 1.0)]
    [InlineData(6, 2, 2, 0.6)]
    public void ReciprocityIndex_OneBalanced_ZeroOneWay(int up, int down, int mutual, double expected)
    {
        Assert.Equal(expected, KnowledgeFlow.ReciprocityIndex(up, down, mutual), 10);
    }
}
