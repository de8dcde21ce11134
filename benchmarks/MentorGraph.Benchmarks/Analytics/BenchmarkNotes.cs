using MentorGraph.Analytics;
using MentorGraph.Analytics.DefaultModel;
using MentorGraph.Analytics.Learning;
using MentorGraph.Analytics.Text;

namespace MentorGraph.Benchmarks.Analytics;

/// <summary>Notes for the benchmarks, built from the embedded corpus (no files outside the repo).</summary>
internal static class BenchmarkNotes
{
    public static IReadOnlyList<LabeledNote> Corpus() => EmbeddedCorpus.Read();

    /// <summary>
    /// <paramref name="count"/> corpus notes of 320 characters or more, spread evenly over the corpus (cycling if
    /// needed): their median length is ≈ 360 characters, that of the notes added to the corpus last — the length the
    /// speed targets are set for.
    /// </summary>
    public static Note[] OfCorpusLength(int count)
    {
        var longer = Corpus().Where(n => n.Note.Text.Length >= 320).Select(n => n.Note).ToArray();
        return Enumerable.Range(0, count).Select(i => longer[(int)((long)i * longer.Length / Math.Max(count, longer.Length)) % longer.Length]).ToArray();
    }

    /// <summary>
    /// <paramref name="count"/> distinct labeled notes: each corpus note in turn, with one sentence of
    /// another (seeded) random corpus note appended, so the vocabulary grows like real data would
    /// rather than repeating the same texts.
    /// </summary>
    public static IReadOnlyList<LabeledNote> Synthetic(int count, ulong seed = 1)
    {
        var corpus = Corpus();
        var sentences = corpus
            .SelectMany(n => n.Note.Text.Split(". ", StringSplitOptions.RemoveEmptyEntries))
            .ToArray();
        var random = new DeterministicRandom(seed);
        var notes = new LabeledNote[count];
        for (var i = 0; i < count; i++)
        {
            var source = corpus[i % corpus.Count];
            var extra = sentences[random.NextInt(sentences.Length)].TrimEnd('.');
            notes[i] = source with { Id = $"{source.Id}-{i}", Note = source.Note with { Text = $"{source.Note.Text} {extra}." } };
        }

        return notes;
    }

    public static IReadOnlyList<NoteTokens> Tokens(IReadOnlyList<Note> notes, RoleNormalizationOptions options) =>
        notes.Select(n => RoleNormalizer.Normalize(n, options)).ToArray();
}
