namespace MentorGraph.Api.Schema.Insights;

/// <summary>
/// The distinct people of a group made of several cells, as the privacy rule needs them: distinct people do not add up
/// (two cells of 3 may be the same 3), so a cell under k carries its people's ids and a group of such cells counts their
/// union. A cell of k or more proves every group holding it has k. Shared by every insight and export that measures
/// groups for <see cref="LatticeSuppression"/>.
/// </summary>
public static class DistinctPeople
{
    /// <summary>
    /// At least <paramref name="k"/> (the largest cell's count) when a cell has k; else the size of the union of the cells'
    /// ids — a cell under k without ids counts as its own number, a lower bound, so a group is never taken for larger
    /// than it is.
    /// </summary>
    public static int Count(IEnumerable<(int People, IEnumerable<long>? Ids)> cells, int k)
    {
        HashSet<long>? union = null;
        var most = 0;
        foreach (var (people, ids) in cells)
        {
            most = Math.Max(most, people);
            if (most >= k)
            {
                continue;
            }

            if (ids is not null)
            {
                (union ??= []).UnionWith(ids);
            }
        }

        return most >= k ? most : Math.Max(union?.Count ?? 0, most);
    }
}
