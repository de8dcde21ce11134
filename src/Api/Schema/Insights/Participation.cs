using System.Globalization;
using MentorGraph.Api.Schema.Nodes;
using MentorGraph.Persistence.Insights;

namespace MentorGraph.Api.Schema.Insights;

/// <summary>The GraphQL type <c>ParticipationGroup</c>.</summary>
public sealed record ParticipationGroupView(
    string Key, string Label, bool Suppressed, int? Juniors, int? Seniors, int? RepeatParticipants, int? PairingsStarted, int? PairingsCompleted, double? CompletionRate);

/// <summary>The arguments of <c>Query.participation</c>.</summary>
public sealed record ParticipationArguments(PeriodInput Period, IReadOnlyList<ParticipationDimension> GroupBy);

/// <summary>
/// <c>participation</c>'s groups from the aggregate's cells, with the privacy rules of <see cref="GroupSuppression"/>: a
/// group with fewer than k distinct people is suppressed, and complementary suppression picks the visible group with the
/// fewest people.
/// </summary>
public static class Participation
{
    /// <summary>COMPLETED / (COMPLETED + CANCELLED); null when no pairing ended.</summary>
    public static double? CompletionRate(int completed, int cancelled) =>
        completed + cancelled == 0 ? null : Math.Round(completed / (double)(completed + cancelled), 4);

    public static IReadOnlyList<ParticipationGroupView> Groups(IReadOnlyList<ParticipationCell> cells, IReadOnlyList<ParticipationDimension> dimensions, int k)
    {
        var suppressed = GroupSuppression.Suppressed([.. cells.Select(cell => new SuppressionCell(cell.Keys, cell.People < k, cell.People))], dimensions.Count);
        return [.. cells
            .Select((cell, i) => View(cell, dimensions, suppressed.Contains(i)))
            .OrderBy(view => view.Key, StringComparer.Ordinal)];
    }

    private static ParticipationGroupView View(ParticipationCell cell, IReadOnlyList<ParticipationDimension> dimensions, bool suppressed)
    {
        var keys = new List<string>();
        var labels = new List<string>();
        for (var i = 0; i < dimensions.Count; i++)
        {
            var (key, label) = dimensions[i] switch
            {
                ParticipationDimension.Department when cell.Keys[i] is null => ("NONE", "No department"),
                ParticipationDimension.Department => (GlobalId.Encode(NodeTypes.Department, long.Parse(cell.Keys[i]!, CultureInfo.InvariantCulture)), cell.Labels[i]!),
                ParticipationDimension.Program => (GlobalId.Encode(NodeTypes.Program, long.Parse(cell.Keys[i]!, CultureInfo.InvariantCulture)), cell.Labels[i]!),
                _ => (cell.Keys[i]!, cell.Labels[i]!),
            };
            keys.Add(key);
            labels.Add(label);
        }

        var (groupKey, groupLabel) = dimensions.Count == 0 ? ("ALL", "All participants") : (string.Join('|', keys), string.Join(" · ", labels));
        return suppressed
            ? new ParticipationGroupView(groupKey, groupLabel, true, null, null, null, null, null, null)
            : new ParticipationGroupView(
                groupKey, groupLabel, false, cell.Juniors, cell.Seniors, cell.RepeatParticipants, cell.PairingsStarted, cell.PairingsCompleted,
                CompletionRate(cell.PairingsCompleted, cell.PairingsCancelled));
    }
}
