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
/// gives back a suppressed total). Where one holds one unknown, one of its visible groups is suppressed too: not one
/// alone on a line of another dimension if possible (it equals a group of a coarser grid, which may show it), then the
/// one that also mends the most other lines holding one unknown, then the smallest. Suppressing only adds unknowns to
/// lines, so the loop ends.</item>
/// </list>
/// A grid's decision depends only on itself and the coarser grids, so an answer grouped by DEPARTMENT shows the same
/// groups whether or not it is a slice of a finer answer: a filtered answer cannot be combined with an unfiltered one to
/// recover what either suppresses. The decision does not depend on the order the cells come in: values are coded in
/// sorted order (null first) and groups and lines are visited by those codes, so the same data always hides the same
/// groups (an answer that could change by asking again would let two of its versions be combined). It does depend on the
/// order of the dimensions: callers whose dimensions a client orders pass them in one canonical order. The rule keeps
/// every equation between published numbers from having one unknown; it is the classic cell-suppression heuristic, not a
/// proof against every combination of many equations.
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
        var keys = new GridKeys(cells, dimensionCount);
        var full = (1 << dimensionCount) - 1;
        var decided = new Dictionary<int, HashSet<UInt128>>();
        foreach (var mask in Enumerable.Range(0, full + 1).OrderBy(m => BitOperations.PopCount((uint)m)).ThenBy(m => m))
        {
            decided[mask] = Decide(keys, cells.Count, mask, measure, decided);
        }

        var finest = decided[full];
        return [.. Enumerable.Range(0, cells.Count).Where(i => finest.Contains(keys.Of(i, full)))];
    }

    /// <summary>The suppressed groups (by key) of the grid of the dimensions in <paramref name="mask"/>.</summary>
    private static HashSet<UInt128> Decide(
        GridKeys keys, int cellCount, int mask, Func<IReadOnlyList<int>, GroupMeasure> measure, Dictionary<int, HashSet<UInt128>> decided)
    {
        var members = new Dictionary<UInt128, List<int>>();
        for (var i = 0; i < cellCount; i++)
        {
            var key = keys.Of(i, mask);
            if (!members.TryGetValue(key, out var list))
            {
                members[key] = list = [];
            }

            list.Add(i);
        }

        var groups = members.OrderBy(m => m.Key).Select(m => (m.Key, Cell: m.Value[0], Measure: measure(m.Value))).ToList();
        var hidden = groups.Select(g => g.Measure.Small).ToArray();

        // Per dimension of the grid: its lines (groups differing only in that dimension, in key order), each line's total
        // suppressed or not in the grid without that dimension, and each group's line.
        var dimensions = new List<(List<List<int>> Lines, bool[] TotalHidden, int[] LineOf)>();
        for (var d = 0; d < keys.DimensionCount; d++)
        {
            if ((mask & (1 << d)) == 0)
            {
                continue;
            }

            var parent = mask & ~(1 << d);
            var byLine = Enumerable.Range(0, groups.Count).GroupBy(g => keys.Of(groups[g].Cell, parent)).OrderBy(line => line.Key).ToList();
            var lineOf = new int[groups.Count];
            for (var l = 0; l < byLine.Count; l++)
            {
                foreach (var g in byLine[l])
                {
                    lineOf[g] = l;
                }
            }

            dimensions.Add(([.. byLine.Select(line => line.ToList())], [.. byLine.Select(line => decided[parent].Contains(line.Key))], lineOf));
        }

        int Unknowns(int dimension, int line) =>
            dimensions[dimension].Lines[line].Count(g => hidden[g]) + (dimensions[dimension].TotalHidden[line] ? 1 : 0);

        var alone = new HashSet<int>(dimensions.SelectMany(x => x.Lines.Where(line => line.Count == 1).Select(line => line[0])));
        for (var changed = true; changed;)
        {
            changed = false;
            for (var d = 0; d < dimensions.Count; d++)
            {
                for (var l = 0; l < dimensions[d].Lines.Count; l++)
                {
                    if (Unknowns(d, l) != 1)
                    {
                        continue;
                    }

                    // The partner: not alone on another line if possible; then one that also gives a second unknown to
                    // the most other lines holding one (one suppression mends several lines); then the smallest.
                    var dimension = d;
                    var partner = dimensions[d].Lines[l].Where(g => !hidden[g])
                        .OrderBy(g => alone.Contains(g) ? 1 : 0)
                        .ThenByDescending(g => Enumerable.Range(0, dimensions.Count).Count(o => o != dimension && Unknowns(o, dimensions[o].LineOf[g]) == 1))
                        .ThenBy(g => groups[g].Measure.Size).ThenBy(g => groups[g].Key)
                        .Cast<int?>().FirstOrDefault();
                    if (partner is { } p)
                    {
                        hidden[p] = true;
                        changed = true;
                    }
                }
            }
        }

        return [.. groups.Where((_, g) => hidden[g]).Select(g => g.Key)];
    }

    /// <summary>
    /// Each cell's key in any grid as one number: per dimension, its value's rank among the dimension's sorted values
    /// (1 up; null first), weighted so the first dimension counts most (mixed radix); a dimension left out adds nothing.
    /// Keys therefore sort as the values do, and the key of a line's total is the group's key less one term.
    /// </summary>
    private sealed class GridKeys
    {
        private readonly int[] _codes;
        private readonly UInt128[] _weights;

        public GridKeys(IReadOnlyList<LatticeCell> cells, int dimensionCount)
        {
            DimensionCount = dimensionCount;
            _codes = new int[cells.Count * dimensionCount];
            _weights = new UInt128[dimensionCount];
            var weight = UInt128.One;
            for (var d = dimensionCount - 1; d >= 0; d--)
            {
                var dimension = d;
                var values = cells.Select(cell => cell.Keys[dimension]).Distinct().Order(StringComparer.Ordinal).ToList();
                var rank = new Dictionary<string, int>(StringComparer.Ordinal);
                var nullRank = 0;
                for (var r = 0; r < values.Count; r++)
                {
                    if (values[r] is { } value)
                    {
                        rank[value] = r + 1;
                    }
                    else
                    {
                        nullRank = r + 1;
                    }
                }

                for (var i = 0; i < cells.Count; i++)
                {
                    _codes[(i * dimensionCount) + d] = cells[i].Keys[d] is { } value ? rank[value] : nullRank;
                }

                _weights[d] = weight;
                weight = checked(weight * (UInt128)(values.Count + 1));
            }
        }

        public int DimensionCount { get; }

        public UInt128 Of(int cell, int mask)
        {
            var key = UInt128.Zero;
            for (var d = 0; d < DimensionCount; d++)
            {
                if ((mask & (1 << d)) != 0)
                {
                    key += (UInt128)_codes[(cell * DimensionCount) + d] * _weights[d];
                }
            }

            return key;
        }
    }
}
