using MentorGraph.Api.Schema.Nodes;
using MentorGraph.Persistence.Insights;

namespace MentorGraph.Api.Schema.Insights;

/// <summary>The GraphQL type <c>FlowGroup</c>.</summary>
public sealed record FlowGroupView(string Key, string Label, bool Suppressed, int? Upward, int? Downward, int? Mutual, int? Total, double? ReciprocityIndex);

/// <summary>
/// <c>knowledgeFlow</c>'s groups from the aggregate's cells, with the privacy rule of <see cref="LatticeSuppression"/>: a
/// group with fewer than k notes or k distinct authors is suppressed (no numbers, never zeros), complementary
/// suppression picks the visible group with the fewest notes, and every grouping coarser than the answer's is decided
/// first. A filter is a grouping of which one group is shown: the cells are read grouped by the groupings asked and then
/// each filtered dimension (<see cref="Dimensions"/>), over every program, department and topic, and the answer is the
/// filter's slice (<see cref="Groups"/>) — so an answer filtered on a department suppresses exactly what the answer
/// grouped by department does, and no pair of answers gives back by subtraction what either hides.
/// </summary>
public static class KnowledgeFlow
{
    /// <summary>1 = as much taught upward as downward (mutual notes count as both), 0 = all one way.</summary>
    public static double ReciprocityIndex(int upward, int downward, int mutual) =>
        upward + downward + mutual == 0 ? 0 : 1 - (Math.Abs(upward - downward) / (double)(upward + downward + mutual));

    /// <summary>
    /// The dimensions to read for an answer: the groupings asked and each filtered one, in one canonical order (the
    /// enum's) whatever order <c>groupBy</c> names them in — the privacy rule's decision depends on the order of the
    /// dimensions, and [TOPIC, DEPARTMENT] must hide what [DEPARTMENT, TOPIC] hides.
    /// </summary>
    public static IReadOnlyList<FlowDimension> Dimensions(IReadOnlyList<FlowDimension> groupBy, FlowFilter filter) =>
        [.. groupBy.Concat(Conditions(filter).Select(c => c.Dimension)).Distinct().Order()];

    /// <summary>
    /// The answer: of <paramref name="cells"/> (read by <see cref="Dimensions"/>), the groups in the filter's slice, keyed by
    /// the groupings asked in their order, suppressed as the whole lattice decides.
    /// </summary>
    public static IReadOnlyList<FlowGroupView> Groups(
        IReadOnlyList<FlowCell> cells, IReadOnlyList<FlowDimension> dimensions, IReadOnlyList<FlowDimension> groupBy, FlowFilter filter, int k)
    {
        var suppressed = Suppressed(cells, dimensions.Count, k);
        var order = dimensions.ToList();
        var slice = Conditions(filter).Select(c => (Index: order.IndexOf(c.Dimension), c.Key)).ToList();
        var positions = groupBy.Select(dimension => order.IndexOf(dimension)).ToList();
        return [.. cells
            .Select((cell, i) => (cell, i))
            .Where(x => slice.All(c => x.cell.Keys[c.Index] == c.Key))
            .Select(x => (Cell: x.cell with { Keys = [.. positions.Select(p => x.cell.Keys[p])], Labels = [.. positions.Select(p => x.cell.Labels[p])] }, Suppressed: suppressed.Contains(x.i)))
            .OrderBy(x => string.Join('|', x.Cell.Keys.Select(key => key ?? string.Empty)), StringComparer.Ordinal)
            .Select(x => View(x.Cell, groupBy, x.Suppressed))];
    }

    /// <summary>The indexes of the suppressed cells of the finest grid (the rule is <see cref="LatticeSuppression"/>'s; a group's size is its notes).</summary>
    internal static HashSet<int> Suppressed(IReadOnlyList<FlowCell> cells, int dimensionCount, int k) =>
        LatticeSuppression.Suppressed([.. cells.Select(cell => new LatticeCell(cell.Keys))], dimensionCount, members => Measure(cells, members, k));

    /// <summary>A group made of <paramref name="members"/>: its notes add up; its distinct authors are <see cref="DistinctPeople"/>'s.</summary>
    internal static GroupMeasure Measure(IReadOnlyList<FlowCell> cells, IReadOnlyList<int> members, int k)
    {
        var notes = members.Sum(i => cells[i].Total);
        var authors = DistinctPeople.Count(members.Select(i => (cells[i].People, (IEnumerable<long>?)cells[i].AuthorIds)), k);
        return new GroupMeasure(notes < k || authors < k, notes);
    }

    /// <summary>The filter's conditions as a dimension and the key its cells carry (a department's or program's id as text, a topic's id).</summary>
    private static IEnumerable<(FlowDimension Dimension, string Key)> Conditions(FlowFilter filter)
    {
        if (filter.ProgramId is { } program)
        {
            yield return (FlowDimension.Program, program.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        if (filter.DepartmentId is { } department)
        {
            yield return (FlowDimension.Department, department.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        if (filter.TopicId is { } topic)
        {
            yield return (FlowDimension.Topic, topic);
        }
    }

    private static FlowGroupView View(FlowCell cell, IReadOnlyList<FlowDimension> dimensions, bool suppressed)
    {
        var keys = new List<string>();
        var labels = new List<string>();
        for (var i = 0; i < dimensions.Count; i++)
        {
            var (key, label) = dimensions[i] switch
            {
                FlowDimension.Department when cell.Keys[i] is null => ("NONE", "No department"),
                FlowDimension.Department => (GlobalId.Encode(NodeTypes.Department, long.Parse(cell.Keys[i]!, System.Globalization.CultureInfo.InvariantCulture)), cell.Labels[i]!),
                FlowDimension.Program => (GlobalId.Encode(NodeTypes.Program, long.Parse(cell.Keys[i]!, System.Globalization.CultureInfo.InvariantCulture)), cell.Labels[i]!),
                _ => (cell.Keys[i]!, cell.Labels[i]!),
            };
            keys.Add(key);
            labels.Add(label);
        }

        var (groupKey, groupLabel) = dimensions.Count == 0 ? ("ALL", "All notes") : (string.Join('|', keys), string.Join(" · ", labels));
        return suppressed
            ? new FlowGroupView(groupKey, groupLabel, true, null, null, null, null, null)
            : new FlowGroupView(groupKey, groupLabel, false, cell.Upward, cell.Downward, cell.Mutual, cell.Total,
                Math.Round(ReciprocityIndex(cell.Upward, cell.Downward, cell.Mutual), 4));
    }
}
