using MentorGraph.Analytics.Records;

namespace MentorGraph.Analytics.Evaluation;

/// <summary>
/// The development set: labeled notes written apart from the training corpus
/// (src/Analytics/DevelopmentSet/notes-dev.jsonl, compiled into this assembly) on which models are
/// scored, and challenger models compared.
/// <para>
/// The rule: <b>for measuring, never for training.</b> A model that has trained on any of these notes
/// is scored on notes it has already seen, and its score no longer says how it does on new notes — so
/// every comparison made with this set would be wrong. Training enforces it:
/// <see cref="Training.ClassifierTrainer"/> refuses a note whose text is one of this set's (compared
/// by <see cref="NormalizedText"/>, so a copy with other case or spacing is refused too).
/// </para>
/// </summary>
public static class DevelopmentSet
{
    private const string ResourceName = "MentorGraph.Analytics.DevelopmentSet.notes-dev.jsonl";
    private static readonly Lazy<IReadOnlyList<LabeledNote>> Notes = new(Load);
    private static readonly Lazy<HashSet<string>> Texts = new(() => Notes.Value.Select(n => NormalizedText(n.Note.Text)).ToHashSet(StringComparer.Ordinal));

    /// <summary>
    /// Every note of the development set, in file order. For measuring only — never pass them to
    /// training (it refuses them). Throws if any record is invalid: the set is ours and must be clean.
    /// </summary>
    public static IReadOnlyList<LabeledNote> Read() => Notes.Value;

    /// <summary>Whether <paramref name="text"/> is the text of a development-set note (after <see cref="NormalizedText"/>).</summary>
    public static bool ContainsText(string text) => Texts.Value.Contains(NormalizedText(text));

    /// <summary>
    /// The text as compared with the development set: lower case, whitespace runs as one space, no
    /// leading or trailing whitespace — so a copy differing only in those is still recognised.
    /// </summary>
    internal static string NormalizedText(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();

    private static IReadOnlyList<LabeledNote> Load()
    {
        using var stream = typeof(DevelopmentSet).Assembly.GetManifestResourceStream(ResourceName)
                           ?? throw new InvalidOperationException($"The development set resource '{ResourceName}' is missing.");
        using var reader = new StreamReader(stream);
        var file = LabeledNotesFile.Read(reader, new RecordLimits());
        if (file.Rejected.Count > 0)
        {
            var first = file.Rejected[0];
            throw new InvalidDataException($"Development set line {first.LineNumber}: {first.Error!.Code} {first.Error.Message}");
        }

        if (file.Notes.Count == 0)
        {
            throw new InvalidDataException("The development set is empty.");
        }

        return file.Notes;
    }
}
