using MentorGraph.Api.Schema.Nodes;
using MentorGraph.Persistence.Insights;

namespace MentorGraph.Api.Schema.Insights;

/// <summary>The GraphQL type <c>FlowGroup</c>.</summary>
public sealed record FlowGroupView(string Key, string Label, bool Suppressed, int? Upward, int? Downward, int? Mutual, int? Total, double? ReciprocityIndex);

/// <summary>
/// <c>knowledgeFlow</c>'s groups from the aggregate's cells, with the privacy rules of <see cref="GroupSuppression"/>: a
/// group with fewer than k notes or k distinct authors is suppressed (no numbers, never zeros), and complementary
/// suppression picks the visible group with the fewest notes.
/// </summary>
public static class KnowledgeFlow
{
    /// <summary>1 = as much taught upward as downward (mutual notes count as both), 0 = all one way.</summary>
    public static double ReciprocityIndex(int upward, int downward, int mutual) =>
        upward + downward + mutual == 0 ? 0 : 1 - (Math.Abs(upward - downward) / (double)(upward + downward + mutual));

    public static IReadOnlyList<FlowGroupView> Groups(IReadOnlyList<FlowCell> cells, IReadOnlyList<FlowDimension> dimensions, int k)
    {
        var suppressed = Suppressed(cells, dimensions.Count, k);
        return [.. cells
            .Select((cell, i) => (cell, i))
            .OrderBy(x => string.Join('|', x.cell.Keys.Select(key => key ?? string.Empty)), StringComparer.Ordinal)
            .Select(x => View(x.cell, dimensions, suppressed.Contains(x.i)))];
    }

    /// <summary>The indexes of the suppressed cells (the rule is <see cref="GroupSuppression"/>'s; a cell's size is its notes).</summary>
    internal static HashSet<int> Suppressed(IReadOnlyList<FlowCell> cells, int dimensionCount, int k) =>
        GroupSuppression.Suppressed([.. cells.Select(cell => new SuppressionCell(cell.Keys, cell.Total < k || cell.People < k, cell.Total))], dimensionCount);

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
