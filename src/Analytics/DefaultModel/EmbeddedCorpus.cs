using MentorGraph.Analytics.Records;
using MentorGraph.Analytics.Training;

namespace MentorGraph.Analytics.DefaultModel;

/// <summary>
/// The labeled training corpus compiled into this assembly (src/Analytics/Corpus/*.jsonl, one file
/// per topic), read in file-name order so training is deterministic.
/// </summary>
public static class EmbeddedCorpus
{
    private const string Prefix = "MentorGraph.Analytics.Corpus.";
    private static readonly Lazy<IReadOnlyList<LabeledNote>> Notes = new(Load);

    /// <summary>Names of the corpus files, sorted.</summary>
    public static IReadOnlyList<string> FileNames => ResourceNames().Select(n => n[Prefix.Length..]).ToArray();

    /// <summary>Every note of the corpus. Throws if any record is invalid: the corpus is ours and must be clean.</summary>
    public static IReadOnlyList<LabeledNote> Read() => Notes.Value;

    /// <summary>The training-set hash of the corpus (identifies the default model in the cache).</summary>
    public static string Hash() => TrainingSetHash.Compute(Read());

    private static IReadOnlyList<LabeledNote> Load()
    {
        var assembly = typeof(EmbeddedCorpus).Assembly;
        var notes = new List<LabeledNote>();
        foreach (var name in ResourceNames())
        {
            using var stream = assembly.GetManifestResourceStream(name)
                               ?? throw new InvalidOperationException($"Corpus resource '{name}' is missing.");
            using var reader = new StreamReader(stream);
            var file = LabeledNotesFile.Read(reader, new RecordLimits());
            if (file.Rejected.Count > 0)
            {
                var first = file.Rejected[0];
                throw new InvalidDataException(
                    $"Corpus file {name[Prefix.Length..]} line {first.LineNumber}: {first.Error!.Code} {first.Error.Message}");
            }

            notes.AddRange(file.Notes);
        }

        if (notes.Count == 0)
        {
            throw new InvalidDataException("The embedded training corpus is empty.");
        }

        return notes;
    }

    private static IEnumerable<string> ResourceNames() =>
        typeof(EmbeddedCorpus).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal) && n.EndsWith(".jsonl", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);
}
