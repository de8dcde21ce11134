using System.Text.Json.Nodes;

namespace MentorGraph.Api.Tests.Insights;

/// <summary>The complementary-suppression check on answers as a client sees them (groups keyed by values joined with <c>|</c>).</summary>
internal static class LineAssert
{
    /// <summary>
    /// Along each grouping of the two-grouping <paramref name="groups"/>, a line of groups (same value in the other grouping)
    /// adds up to the group of <paramref name="coarser"/>[position] keyed by that value — the answer grouped by the other
    /// grouping alone. Unknowns of a line: its suppressed groups, plus its total when suppressed there. Never exactly one.
    /// </summary>
    public static void NoLineHoldsOneUnknown(JsonArray groups, IReadOnlyList<JsonArray> coarser)
    {
        for (var position = 0; position < 2; position++)
        {
            var totals = coarser[position].ToDictionary(g => (string)g!["key"]!, g => (bool)g!["suppressed"]!);
            foreach (var line in groups.GroupBy(g => ((string)g!["key"]!).Split('|')[1 - position]))
            {
                var unknowns = line.Count(g => (bool)g!["suppressed"]!) + (totals[line.Key] ? 1 : 0);
                Assert.True(unknowns != 1, $"The line {line.Key} along grouping {position} holds one unknown.");
            }
        }
    }
}
