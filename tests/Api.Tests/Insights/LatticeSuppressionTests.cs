using MentorGraph.Api.Schema.Insights;

namespace MentorGraph.Api.Tests.Insights;

/// <summary>
/// The privacy rule across answers (<see cref="LatticeSuppression"/>) on made-up counts: a cell's size is its count, and a
/// group is small below k = 5 of it.
/// </summary>
public sealed class LatticeSuppressionTests
{
    private const int K = 5;

    private static HashSet<int> Suppress(IReadOnlyList<(string?[] Keys, int Count)> cells, int dimensions) =>
        LatticeSuppression.Suppressed([.. cells.Select(c => new LatticeCell(c.Keys))], dimensions, members =>
        {
            var count = members.Sum(i => cells[i].Count);
            return new GroupMeasure(count < K, count);
        });

    /// <summary>Every grid of the lattice decided as an answer grouped by exactly its dimensions would be.</summary>
    private static Dictionary<string, bool> Grid(IReadOnlyList<(string?[] Keys, int Count)> cells, int[] dimensions)
    {
        var projected = cells.GroupBy(c => string.Join('|', dimensions.Select(d => c.Keys[d])))
            .Select(g => (Keys: dimensions.Select(d => g.First().Keys[d]).ToArray(), Count: g.Sum(c => c.Count)))
            .ToList();
        var suppressed = Suppress(projected, dimensions.Length);
        return projected.Select((c, i) => (Key: string.Join('|', c.Keys), Hidden: suppressed.Contains(i))).ToDictionary(x => x.Key, x => x.Hidden);
    }

    [Fact]
    public void OneGrouping_OneSmallGroup_TheSmallestVisibleIsSuppressedWithIt()
    {
        var suppressed = Suppress([(["A"], 40), (["B"], 3), (["C"], 12), (["D"], 20)], 1);

        Assert.Equal([1, 2], suppressed.Order());
    }

    [Fact]
    public void OneGrouping_NoSmallGroup_NothingSuppressed()
    {
        Assert.Empty(Suppress([(["A"], 5), (["B"], 6)], 1));
    }

    [Fact]
    public void NoGrouping_TheOneGroupIsSuppressedOnlyWhenSmall()
    {
        Assert.Equal([0], Suppress([([], 4)], 0));
        Assert.Empty(Suppress([([], 5)], 0));
    }

    [Fact]
    public void FinerAnswer_DoesNotAddUpToAGroupTheCoarserAnswerSuppressedAsComplement()
    {
        // By department: B is small, C (12) is its complement. By department and topic, C's two topics are 6 each — not
        // small, but showing both would add up to C, and the company total minus A, C and D gives back B.
        (string?[], int)[] cells =
        [
            (["A", "t1"], 20), (["A", "t2"], 20), (["B", "t1"], 2), (["B", "t2"], 1),
            (["C", "t1"], 6), (["C", "t2"], 6), (["D", "t1"], 10), (["D", "t2"], 10),
        ];

        var byDepartment = Grid(cells, [0]);
        var suppressed = Suppress(cells, 2);

        Assert.True(byDepartment["B"]);
        Assert.True(byDepartment["C"]);
        Assert.True(suppressed.Contains(4) || suppressed.Contains(5), "one of C's topics is suppressed");
    }

    [Fact]
    public void FilteredAnswer_IsTheSliceOfTheFinerGrid_SoAFilterCannotShowAComplement()
    {
        // knowledgeFlow(where: { departmentId: C }) is the group C of the answer by department: suppressed there as the
        // complement of the small B, so suppressed when asked alone too.
        (string?[], int)[] cells = [(["A"], 40), (["B"], 3), (["C"], 12), (["D"], 20)];

        var suppressed = Suppress(cells, 1);

        Assert.Contains(2, suppressed);
    }

    /// <summary>The cells come from a database in no fixed order: the decision must not change with it (else asking twice could show both complements).</summary>
    [Fact]
    public void CellsInAnyOrder_HideTheSameGroups()
    {
        var random = new Random(11);
        var cells = (from a in new[] { "a1", "a2", "a3", null } from b in new[] { "b1", "b2", "b3" } select (Keys: new[] { a, b }, Count: random.Next(1, 12))).ToList();
        static HashSet<string> Hidden(List<(string?[] Keys, int Count)> cells) => [.. Suppress(cells, 2).Select(i => string.Join('|', cells[i].Keys))];

        var first = Hidden(cells);
        for (var round = 0; round < 5; round++)
        {
            Assert.Equal(first, Hidden([.. cells.OrderBy(_ => random.Next())]));
        }

        Assert.NotEmpty(first);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void RandomFullGrids_NoLineOfAnyGridHoldsExactlyOneUnknown(int seed)
    {
        var random = new Random(seed);
        var cells = new List<(string?[] Keys, int Count)>();
        foreach (var a in new[] { "a1", "a2", "a3", "a4" })
        {
            foreach (var b in new[] { "b1", "b2", "b3" })
            {
                foreach (var c in new[] { "c1", "c2", null })
                {
                    cells.Add(([a, b, c], random.Next(1, 4) == 1 ? random.Next(1, K) : random.Next(K, 40)));
                }
            }
        }

        int[][] grids = [[], [0], [1], [2], [0, 1], [0, 2], [1, 2], [0, 1, 2]];
        var decided = grids.ToDictionary(g => string.Join(',', g), g => Grid(cells, g));
        var checkedLines = 0;
        foreach (var grid in grids)
        {
            foreach (var d in grid)
            {
                var parent = grid.Where(x => x != d).ToArray();
                foreach (var line in cells.GroupBy(c => string.Join('|', parent.Select(p => c.Keys[p]))))
                {
                    var members = line.Select(c => string.Join('|', grid.Select(g => c.Keys[g]))).Distinct();
                    var unknowns = members.Count(m => decided[string.Join(',', grid)][m]) + (decided[string.Join(',', parent)][line.Key] ? 1 : 0);
                    Assert.NotEqual(1, unknowns);
                    checkedLines++;
                }
            }
        }

        Assert.True(checkedLines > 50);
        Assert.Contains(true, decided["0,1,2"].Values);
    }
}
