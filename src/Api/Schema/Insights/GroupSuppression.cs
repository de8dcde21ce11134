namespace MentorGraph.Api.Schema.Insights;

/// <summary>One group of a grouped insight as the privacy rule sees it: its key per grouping, whether it is small, its size.</summary>
/// <param name="Keys">The group's value per grouping, in the order asked (null is a value of its own, e.g. no department).</param>
/// <param name="Small">Fewer than k distinct people (or counted notes): the group could point at a person.</param>
/// <param name="Size">What the group counts (notes, people): the complement chosen is the visible group with the smallest size.</param>
public readonly record struct SuppressionCell(IReadOnlyList<string?> Keys, bool Small, int Size);

/// <summary>
/// The privacy rule of the grouped insights (<c>knowledgeFlow</c>, <c>participation</c>): every small group is suppressed
/// (no numbers, never zeros); then complementary suppression — along every grouping, a line of groups that differ only
/// in that grouping (whose sum another answer shows as a group of its own: the same query with that grouping left out,
/// or the answer without any) never holds exactly one suppressed group, else subtracting the visible ones from that
/// line's total would give it back: the visible group with the smallest size is suppressed with it, until no line holds
/// one alone. Suppressing more only ever adds suppressed groups to lines, so the loop ends. A line of one group has no
/// partner to take: that group equals the line's total, which the coarser answer shows only if it is not small there.
/// </summary>
public static class GroupSuppression
{
    /// <summary>The indexes of the suppressed cells; every cell has <paramref name="dimensionCount"/> keys.</summary>
    public static HashSet<int> Suppressed(IReadOnlyList<SuppressionCell> cells, int dimensionCount)
    {
        ArgumentNullException.ThrowIfNull(cells);
        var suppressed = new HashSet<int>(Enumerable.Range(0, cells.Count).Where(i => cells[i].Small));
        if (dimensionCount == 0 || suppressed.Count == 0)
        {
            return suppressed;
        }

        // Per dimension, each cell's line: the cells that differ from it only in that dimension.
        var lines = Enumerable.Range(0, dimensionCount)
            .Select(d => Enumerable.Range(0, cells.Count).GroupBy(i => LineKey(cells[i], d)).Select(line => line.ToList()).ToList())
            .ToList();

        // A cell alone on its line along some dimension equals a group of the answer without that dimension, which may be
        // shown there: a complement taken from such a cell could be read back, so others are taken first.
        var alone = new HashSet<int>(lines.SelectMany(byDimension => byDimension.Where(line => line.Count == 1).Select(line => line[0])));

        for (var changed = true; changed;)
        {
            changed = false;
            for (var d = 0; d < dimensionCount; d++)
            {
                foreach (var members in lines[d])
                {
                    if (members.Count(suppressed.Contains) != 1)
                    {
                        continue;
                    }

                    var partner = members.Where(i => !suppressed.Contains(i))
                        .OrderBy(i => alone.Contains(i) ? 1 : 0).ThenBy(i => cells[i].Size).ThenBy(i => i)
                        .Cast<int?>().FirstOrDefault();
                    if (partner is { } p)
                    {
                        suppressed.Add(p);
                        changed = true;
                    }
                }
            }
        }

        return suppressed;
    }

    private static string LineKey(SuppressionCell cell, int dimension) =>
        string.Join('\u001f', cell.Keys.Where((_, j) => j != dimension).Select(key => key ?? "\u0000"));
}
