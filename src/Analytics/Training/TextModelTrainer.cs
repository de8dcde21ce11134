using MentorGraph.Analytics.Classification;
using MentorGraph.Analytics.Features;
using MentorGraph.Analytics.Learning;
using MentorGraph.Analytics.Text;

namespace MentorGraph.Analytics.Training;

/// <summary>
/// Builds the classifier's models: the shared feature space (buckets seen, IDF) from the training
/// notes, then one model's softmax weights over it.
/// </summary>
internal static class TextModelTrainer
{
    /// <summary>A note's distinct feature buckets (first-seen order) and how often each occurred.</summary>
    public sealed record CountedNote(int[] Buckets, int[] Counts);

    /// <summary>Counts the features of notes, each distinct <see cref="NoteTokens"/> instance once.</summary>
    public sealed class NoteCounter(FeatureOptions options)
    {
        private readonly Dictionary<NoteTokens, CountedNote> _counted = new(ReferenceEqualityComparer.Instance);
        private readonly FeatureCounts _counts = new();

        public CountedNote Count(NoteTokens note)
        {
            if (_counted.TryGetValue(note, out var counted))
            {
                return counted;
            }

            _counts.Clear();
            var sink = new CountingSink(_counts);
            FeatureExtractor.Extract(note, options, ref sink);
            counted = new CountedNote(_counts.Buckets.ToArray(), _counts.Counts.ToArray());
            _counted[note] = counted;
            return counted;
        }
    }

    /// <summary>One model's weights over <paramref name="space"/>, fitted to the counted notes and their labels.</summary>
    /// <param name="epochDone">Called after each training epoch with its number, for progress.</param>
    public static TextModel Train(
        FeatureSpace space,
        IReadOnlyList<CountedNote> notes,
        IReadOnlyList<int> labels,
        IReadOnlyList<string> labelNames,
        double? charShare,
        TrainerOptions trainerOptions,
        IReadOnlyList<float>? exampleWeights = null,
        Action<int>? epochDone = null)
    {
        var examples = new SparseExample[notes.Count];
        for (var i = 0; i < notes.Count; i++)
        {
            var note = notes[i];
            var rows = new int[note.Buckets.Length];
            var values = new float[note.Buckets.Length];
            var written = space.Vectorize(note.Buckets, note.Counts, charShare, rows, values);
            examples[i] = new SparseExample(rows[..written], values[..written], labels[i], exampleWeights?[i] ?? 1f);
        }

        var weights = FtrlSoftmaxTrainer.Train(examples, space.Rows, labelNames.Count, trainerOptions, epochDone);
        return new TextModel(labelNames, space, weights, charShare);
    }
}
