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
    public static IReadOnlyList<(NoteTokens Note, string Direction)> Augment(IReadOnlyList<(NoteTokens Note, string Direction)> examples)
    {
        var result = new List<(NoteTokens, string)>(examples.Count * 2);
        result.AddRange(examples);
        foreach (var (note, direction) in examples)
        {
            result.Add((note.SwapRoles(), Taxonomy.FlipDirection(direction)));
        }

        return result;
    }
}
