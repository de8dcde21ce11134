using MentorGraph.Analytics.Text;

namespace MentorGraph.Analytics.Training;

/// <summary>
/// Doubles the direction training data: a note with the senior and junior role tokens swapped reads
/// as the same session written up by the other participant, so its direction flips (UPWARD ⇄
/// DOWNWARD; MUTUAL stays). The swap happens after role normalization, on tokens, so names and
/// pronouns are already roles.
/// </summary>
public static class DirectionAugmentation
{
    /// <summary>The examples (weight 1) followed by their swapped copies (weight <paramref name="copyWeight"/>).</summary>
    public static IReadOnlyList<(NoteTokens Note, string Direction, float Weight)> Augment(
        IReadOnlyList<(NoteTokens Note, string Direction)> examples, float copyWeight = 1f)
    {
        var result = new List<(NoteTokens, string, float)>(examples.Count * 2);
        foreach (var (note, direction) in examples)
        {
            result.Add((note, direction, 1f));
        }

        foreach (var (note, direction) in examples)
        {
            result.Add((note.SwapRoles(), Taxonomy.FlipDirection(direction), copyWeight));
        }

        return result;
    }
}
