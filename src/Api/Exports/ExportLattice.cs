using MentorGraph.Api.Schema.Insights;

namespace MentorGraph.Api.Exports;

/// <summary>
/// One row of an export block that counts things done by people: its count, its distinct people, and — when it has
/// fewer than the k it was read with — the ids of those people, so a group of several rows can be measured exactly
/// (counts add up, distinct people do not: two rows of 3 people may be the same 3).
/// </summary>
/// <param name="Count">What the row counts (lessons or notes).</param>
/// <param name="People">Its distinct people: exact.</param>
/// <param name="PeopleIds">Those people's ids when <paramref name="People"/> is below the k the rows were read with; null otherwise (the row alone proves any group holding it has at least k people).</param>
public readonly record struct CountedPeople(int Count, int People, long[]? PeopleIds);

/// <summary>
/// The exports' use of <see cref="LatticeSuppression"/>: one block of rows (one week or one period, never more) decided as
/// the lattice over the block's dimensions, with each group measured exactly from the rows it is made of.
/// </summary>
public static class ExportLattice
{
    /// <summary>
    /// The indexes of the suppressed rows of a block whose rows are groups of the finest grid of <paramref name="dimensionCount"/>
    /// dimensions (<paramref name="keys"/> gives a row's value per dimension). A group is small when it counts fewer than
    /// <paramref name="k"/> or has fewer than k distinct people; its size (the complement chosen first) is its count.
    /// </summary>
    public static HashSet<int> Suppressed<TRow>(IReadOnlyList<TRow> rows, int dimensionCount, int k, Func<TRow, string?[]> keys, Func<TRow, CountedPeople> counted)
    {
        // A group of a coarser grid holds at least the count and the people of each of its rows: when no row is small, no
        // group of any grid is, and nothing is suppressed — the common case, decided without building the lattice.
        if (!rows.Any(r => IsSmall(counted(r), k)))
        {
            return [];
        }

        var cells = rows.Select(r => new LatticeCell(keys(r))).ToList();
        return LatticeSuppression.Suppressed(cells, dimensionCount, members => Measure(rows, members, k, counted));
    }

    private static bool IsSmall(CountedPeople row, int k) => row.Count < k || row.People < k;

    /// <summary>The union of some rows: counts added; people as <see cref="DistinctPeople"/> counts them.</summary>
    private static GroupMeasure Measure<TRow>(IReadOnlyList<TRow> rows, IReadOnlyList<int> members, int k, Func<TRow, CountedPeople> counted)
    {
        // The writers' hot path: most groups hold a row of k people, decided without building the union.
        var count = 0;
        var many = false;
        foreach (var i in members)
        {
            var row = counted(rows[i]);
            count += row.Count;
            many |= row.People >= k;
        }

        if (count < k || many)
        {
            return new GroupMeasure(count < k, count);
        }

        var people = DistinctPeople.Count(members.Select(i => counted(rows[i])).Select(c => (c.People, (IEnumerable<long>?)c.PeopleIds)), k);
        return new GroupMeasure(people < k, count);
    }
}
