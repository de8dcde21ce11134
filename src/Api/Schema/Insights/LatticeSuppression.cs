using System.Numerics;

namespace MentorGraph.Api.Schema.Insights;

/// <summary>One group of the finest grouping as the privacy rule sees it: its value per dimension (null is a value of its own).</summary>
public readonly record struct LatticeCell(IReadOnlyList<string?> Keys);

/// <summary>What the privacy rule needs of a group made of some of the finest cells: whether it is small, and its size.</summary>
/// <param name="Small">Fewer than k distinct people (or counted notes): the group could point at a person.</param>
/// <param name="Size">What the group counts: a complement is taken from the visible groups with the smallest size.</param>
public readonly record struct GroupMeasure(bool Small, int Size);

/// <summary>
/// The privacy rule of every grouped insight and export, across answers. An answer grouped by some dimensions, or filtered
/// on one (a filter is a grouping of which one group is shown), is one grid of the lattice of groupings of its
/// dimensions; every coarser grid — the answers with a dimension left out — is public too, so the rule decides every grid
/// of the lattice, coarsest first, the same way whichever answer asks:
/// <list type="number">
/// <item>every small group is suppressed (no numbers, never zeros);</item>
/// <item>complementary suppression: along each dimension, a line of groups that differ only in it adds up to one group of
/// the grid without that dimension (decided before). Counting that total as unknown when it is suppressed there, no line
/// may hold exactly one unknown — else subtracting the visible groups from the total gives it back (or adding them up
/// gives back a suppressed total). Where one holds one unknown, its visible group with the smallest size is suppressed
/// too (groups that are alone on a line of another dimension last: they equal a group of a coarser grid, which may show
/// them). Suppressing only adds unknowns to lines, so the loop ends.</item>
/// </list>
/// A grid's decision depends only on itself and the coarser grids, so an answer grouped by DEPARTMENT shows the same
/// groups whether or not it is a slice of a finer answer: a filtered answer cannot be combined with an unfiltered one to
/// recover what either suppresses. The rule keeps every equation between published numbers from having one unknown; it
/// is the classic cell-suppression heuristic, not a proof against every combination of many equations.
/// </summary>
public static class LatticeSuppression
{
    /// <summary>Most dimensions of one lattice (2^n grids are decided).</summary>
    public const int MaxDimensions = 8;

    /// <summary>
    /// The indexes of the <paramref name="cells"/> whose group of the finest grid (all <paramref name="dimensionCount"/>
    /// dimensions) is suppressed. <paramref name="measure"/> is asked for every group of every grid, given the indexes of
    /// the cells it is made of (it must measure the union: distinct people do not add up).
    /// </summary>
    public static HashSet<int> Suppressed(IReadOnlyList<LatticeCell> cells, int dimensionCount, Func<IReadOnlyList<int>, GroupMeasure> measure)
    {
        ArgumentNullException.ThrowIfNull(cells);
        ArgumentNullException.ThrowIfNull(measure);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(dimensionCount, MaxDimensions);
        var full = (1 << dimensionCount) - 1;
        var decided = new Dictionary<int, HashSet<string>>();
        foreach (var mask in Enumerable.Range(0, full + 1).OrderBy(m => BitOperations.PopCount((uint)m)).ThenBy(m => m))
        {
            decided[mask] = Decide(cells, dimensionCount, mask, measure, decided);
        }

        var finest = decided[full];
        return [.. Enumerable.Range(0, cells.Count).Where(i => finest.Contains(Key(cells[i], full, dimensionCount)))];
    }

    /// <summary>The suppressed groups (by key) of the grid of the dimensions in <paramref name="mask"/>.</summary>
    private static HashSet<string> Decide(
        IReadOnlyList<LatticeCell> cells, int n, int mask, Func<IReadOnlyList<int>, GroupMeasure> measure, Dictionary<int, HashSet<string>> decided)
    {
        var groups = Enumerable.Range(0, cells.Count)
            .GroupBy(i => Key(cells[i], mask, n), StringComparer.Ordinal)
            .Select(g => (Key: g.Key, Members: g.First(), Measure: measure([.. g])))
            .ToList();
        var suppressed = new HashSet<string>(groups.Where(g => g.Measure.Small).Select(g => g.Key), StringComparer.Ordinal);

        // Per dimension of the grid: its lines, each with the key of its total in the grid without that dimension.
        var byDimension = new List<(int Parent, List<IGrouping<string, int>> Lines)>();
        for (var d = 0; d < n; d++)
        {
            if ((mask & (1 << d)) == 0)
            {
                continue;
            }

            var parent = mask & ~(1 << d);
            byDimension.Add((parent, [.. Enumerable.Range(0, groups.Count).GroupBy(g => Key(cells[groups[g].Members], parent, n), StringComparer.Ordinal)]));
        }

        if (byDimension.Count == 0)
        {
            return suppressed;
        }

        var alone = new HashSet<int>(byDimension.SelectMany(x => x.Lines.Where(line => line.Count() == 1).Select(line => line.First())));
        for (var changed = true; changed;)
        {
            changed = false;
            foreach (var (parent, parentLines) in byDimension)
            {
                foreach (var line in parentLines)
                {
                    var unknowns = line.Count(g => suppressed.Contains(groups[g].Key)) + (decided[parent].Contains(line.Key) ? 1 : 0);
                    if (unknowns != 1)
                    {
                        continue;
                    }

                    var partner = line.Where(g => !suppressed.Contains(groups[g].Key))
                        .OrderBy(g => alone.Contains(g) ? 1 : 0).ThenBy(g => groups[g].Measure.Size).ThenBy(g => groups[g].Key, StringComparer.Ordinal)
                        .Cast<int?>().FirstOrDefault();
                    if (partner is { } p)
                    {
                        suppressed.Add(groups[p].Key);
                        changed = true;
                    }
                }
            }
        }

        return suppressed;
    }

    /// <summary>A cell's key in the grid of the dimensions in <paramref name="mask"/> (the others left out).</summary>
    private static string Key(LatticeCell cell, int mask, int n)
    {
        var parts = new List<string>(n);
        for (var d = 0; d < n; d++)
        {
            if ((mask & (1 << d)) != 0)
            {
                parts.Add(cell.Keys[d] ?? "\u0000");
            }
        }

        return string.Join('\u001f', parts);
    }
}
