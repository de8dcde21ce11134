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
/// one alone. Suppressing more only ever adds suppressed groups to lines, so the loop ends.
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

        for (var changed = true; changed;)
        {
            changed = false;
            for (var d = 0; d < dimensionCount; d++)
            {
                var lines = Enumerable.Range(0, cells.Count)
                    .GroupBy(i => string.Join('\u001f', cells[i].Keys.Where((_, j) => j != d).Select(key => key ?? "\u0000")));
                foreach (var line in lines)
                {
                    var members = line.ToList();
                    if (members.Count(suppressed.Contains) != 1)
                    {
                        continue;
                    }

                    var partner = members.Where(i => !suppressed.Contains(i)).OrderBy(i => cells[i].Size).ThenBy(i => i).Cast<int?>().FirstOrDefault();
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
}
