using MentorGraph.Analytics.Features;
using MentorGraph.Analytics.Learning;
using MentorGraph.Analytics.Text;

namespace MentorGraph.Analytics.Classification;

/// <summary>
/// One trained classifier over role-normalized notes: a feature space and softmax weights with
/// their class labels. Immutable; prediction uses per-thread scratch buffers, so one instance can
/// serve many threads at once.
/// </summary>
public sealed class TextModel
{
    [ThreadStatic]
    private static PredictionScratch? t_scratch;

    public TextModel(IReadOnlyList<string> labels, FeatureSpace features, SoftmaxWeights weights)
    {
        if (labels.Count != weights.Classes)
        {
            throw new ArgumentException("There must be one label per class of the weights.", nameof(labels));
        }

        if (features.Rows != weights.Rows)
        {
            throw new ArgumentException("The weights must have one row per feature of the space.", nameof(weights));
        }

        Labels = labels.ToArray();
        Features = features;
        Weights = weights;
    }

    public IReadOnlyList<string> Labels { get; }

    public FeatureSpace Features { get; }

    public SoftmaxWeights Weights { get; }

    /// <summary>Writes the probability of every label (in <see cref="Labels"/> order) into <paramref name="probabilities"/>.</summary>
    public void Predict(NoteTokens note, Span<float> probabilities)
    {
        if (probabilities.Length != Labels.Count)
        {
            throw new ArgumentException($"Expected a span of {Labels.Count} probabilities.", nameof(probabilities));
        }

        var scratch = t_scratch ??= new PredictionScratch();
        var count = Count(note, scratch);
        Weights.Predict(scratch.Rows.AsSpan(0, count), scratch.Values.AsSpan(0, count), probabilities);
    }

    /// <summary>
    /// The word n-grams that pushed the note most towards <paramref name="labelIndex"/>: each feature's
    /// value times its weight for that label minus its mean weight over all labels; character n-grams
    /// are credited to the word they came from, and an n-gram seen twice is summed.
    /// </summary>
    public IReadOnlyList<(string Ngram, float Weight)> Explain(NoteTokens note, int labelIndex, int top)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(top);
        if (top == 0)
        {
            return [];
        }

        var scratch = t_scratch ??= new PredictionScratch();
        var count = Count(note, scratch);
        var k = Labels.Count;
        var contributionOfBucket = new Dictionary<int, float>(count);
        for (var i = 0; i < count; i++)
        {
            var row = scratch.Rows[i];
            var mean = 0f;
            for (var c = 0; c < k; c++)
            {
                mean += Weights.Weight(row, c);
            }

            mean /= k;
            var perOccurrence = scratch.Values[i] * (Weights.Weight(row, labelIndex) - mean) /
                                scratch.Counts.CountOf(scratch.Buckets[i]);
            contributionOfBucket[scratch.Buckets[i]] = perOccurrence;
        }

        var sink = new OccurrenceSink(contributionOfBucket, note, new Dictionary<string, float>(StringComparer.Ordinal));
        FeatureExtractor.Extract(note, Features.Options, ref sink);
        return sink.ContributionOfNgram
            .Where(pair => pair.Value > 0)
            .OrderByDescending(pair => pair.Value)
            .ThenBy(pair => pair.Key, StringComparer.Ordinal)
            .Take(top)
            .Select(pair => (pair.Key, pair.Value))
            .ToArray();
    }

    private int Count(NoteTokens note, PredictionScratch scratch)
    {
        scratch.Counts.Clear();
        var sink = new CountingSink(scratch.Counts);
        FeatureExtractor.Extract(note, Features.Options, ref sink);
        scratch.EnsureCapacity(scratch.Counts.Count);
        return Features.Vectorize(scratch.Counts, scratch.Rows, scratch.Values, scratch.Buckets);
    }

    private sealed class PredictionScratch
    {
        public FeatureCounts Counts { get; } = new();

        public int[] Rows { get; private set; } = new int[2048];

        public float[] Values { get; private set; } = new float[2048];

        public int[] Buckets { get; private set; } = new int[2048];

        public void EnsureCapacity(int count)
        {
            if (Rows.Length < count)
            {
                Rows = new int[count * 2];
                Values = new float[count * 2];
                Buckets = new int[count * 2];
            }
        }
    }

    private readonly struct OccurrenceSink(
        Dictionary<int, float> contributionOfBucket,
        NoteTokens note,
        Dictionary<string, float> contributionOfNgram) : IFeatureSink
    {
        public Dictionary<string, float> ContributionOfNgram => contributionOfNgram;

        public void Add(int bucket, int sentence, int start, int length, bool isCharGram)
        {
            if (!contributionOfBucket.TryGetValue(bucket, out var contribution) || contribution == 0)
            {
                return;
            }

            var words = note.Sentences[sentence];
            var ngram = length == 1 ? words[start] : string.Join(' ', words, start, length);
            contributionOfNgram[ngram] = contributionOfNgram.GetValueOrDefault(ngram) + contribution;
        }
    }
}
