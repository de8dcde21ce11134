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
/// <c>participation</c>'s groups from the aggregate's cells, with the privacy rule of <see cref="LatticeSuppression"/>: a
/// group with fewer than k distinct people is suppressed, complementary suppression picks the visible group with the
/// fewest people, and every coarser grouping (the answers with a grouping left out) is decided first.
/// </summary>
public static class Participation
{
    /// <summary>COMPLETED / (COMPLETED + CANCELLED); null when no pairing ended.</summary>
    public static double? CompletionRate(int completed, int cancelled) =>
        completed + cancelled == 0 ? null : Math.Round(completed / (double)(completed + cancelled), 4);

    public static IReadOnlyList<ParticipationGroupView> Groups(IReadOnlyList<ParticipationCell> cells, IReadOnlyList<ParticipationDimension> dimensions, int k)
    {
        // The rule sees the dimensions in one canonical order (the enum's): its decision depends on that order, and
        // [PROGRAM, DEPARTMENT] must hide what [DEPARTMENT, PROGRAM] hides.
        var canonical = dimensions.Select((dimension, position) => (dimension, position)).OrderBy(x => x.dimension).Select(x => x.position).ToList();
        var suppressed = LatticeSuppression.Suppressed(
            [.. cells.Select(cell => new LatticeCell([.. canonical.Select(p => cell.Keys[p])]))], dimensions.Count, members => Measure(cells, members, k));
        return [.. cells
            .Select((cell, i) => View(cell, dimensions, suppressed.Contains(i)))
            .OrderBy(view => view.Key, StringComparer.Ordinal)];
    }

    /// <summary>
    /// A group made of <paramref name="members"/>: its people as <see cref="DistinctPeople"/> counts them (a person takes
    /// part in several months, and a pairing across two departments in both). Its size orders complements: the union below
    /// k, else the members' sum (an upper bound).
    /// </summary>
    internal static GroupMeasure Measure(IReadOnlyList<ParticipationCell> cells, IReadOnlyList<int> members, int k)
    {
        var people = DistinctPeople.Count(members.Select(i => (cells[i].People, (IEnumerable<long>?)cells[i].PeopleIds)), k);
        return new GroupMeasure(people < k, people < k ? people : members.Sum(i => cells[i].People));
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
