namespace MentorGraph.Analytics.Text;

/// <summary>A note after tokenization and role normalization: sentences of words and role tokens.</summary>
public sealed class NoteTokens
{
    public NoteTokens(IReadOnlyList<string[]> sentences)
    {
        Sentences = sentences;
    }

    public IReadOnlyList<string[]> Sentences { get; }

    /// <summary>
    /// The same note as if the other participant had written it about the same session: every senior
    /// token becomes junior and back (used to augment direction training data, whose label flips).
    /// </summary>
    public NoteTokens SwapRoles() =>
        new(Sentences.Select(sentence => Array.ConvertAll(sentence, RoleTokens.Swap)).ToArray());

    public override string ToString() => string.Join(" | ", Sentences.Select(s => string.Join(' ', s)));
}
