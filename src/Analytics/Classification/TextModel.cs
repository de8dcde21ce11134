using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
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
        (_packed, _stride) = Pack(features, weights);
    }

    // For prediction, each feature row is packed into one block: the weights of every class, then
    // the row's IDF, padded to a multiple of 4 floats (12 topics + IDF = 16 floats = one 64-byte
    // cache line), so a feature costs one memory access and the classes are summed 4 at a time.
    private readonly float[] _packed;
    private readonly int _stride;

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
        scratch.Counts.Clear();
        var sink = new CountingSink(scratch.Counts);
        FeatureExtractor.Extract(note, Features.Options, ref sink);
        Score(scratch.Counts, probabilities);
        Learning.Softmax.InPlace(probabilities);
    }

    /// <summary>
    /// bias + Σ tf·idf·w / norm for every class: the TF-IDF vector and the dot products in one pass,
    /// word and character n-grams summed apart so each block can get its own norm.
    /// </summary>
    private void Score(FeatureCounts counts, Span<float> scores)
    {
        var k = Labels.Count;
        var blocks = _stride / 4;
        Span<Vector128<float>> wordSums = stackalloc Vector128<float>[blocks];
        Span<Vector128<float>> charSums = stackalloc Vector128<float>[blocks];
        wordSums.Clear();
        charSums.Clear();
        var rowOfBucket = Features.RowOfBucket;
        var unseenIdf = Features.UnseenIdf;
        var charBlockStart = 1 << (Features.Options.HashBits - 1);
        ref var packed = ref MemoryMarshal.GetArrayDataReference(_packed);
        var wordNorm = 0f;
        var charNorm = 0f;
        for (var i = 0; i < counts.Count; i++)
        {
            var (bucket, count) = counts[i];
            var tf = Features.TermFrequency(count);
            var row = rowOfBucket[bucket];
            var isChar = bucket >= charBlockStart;
            float value;
            if (row < 0)
            {
                value = tf * unseenIdf;
            }
            else
            {
                ref var block = ref Unsafe.Add(ref packed, (nint)row * _stride);
                value = tf * Unsafe.Add(ref block, k);
                var broadcast = Vector128.Create(value);
                var sums = isChar ? charSums : wordSums;
                for (var b = 0; b < blocks; b++)
                {
                    sums[b] += broadcast * Vector128.LoadUnsafe(ref block, (nuint)(b * 4));
                }
            }

            if (isChar)
            {
                charNorm += value * value;
            }
            else
            {
                wordNorm += value * value;
            }
        }

        var (wordScale, charScale) = Features.Scales(wordNorm, charNorm);
        var bias = Weights.Bias;
        for (var c = 0; c < k; c++)
        {
            scores[c] = bias[c] + wordSums[c / 4].GetElement(c % 4) * wordScale + charSums[c / 4].GetElement(c % 4) * charScale;
        }
    }

    private static (float[] Packed, int Stride) Pack(FeatureSpace features, SoftmaxWeights weights)
    {
        var k = weights.Classes;
        var stride = (k + 1 + 3) / 4 * 4;
        var packed = new float[(long)features.Rows * stride];
        var source = weights.Weights;
        var idf = features.Idf;
        for (var row = 0; row < features.Rows; row++)
        {
            source.Slice(row * k, k).CopyTo(packed.AsSpan(row * stride, k));
            packed[row * stride + k] = idf[row];
        }

        return (packed, stride);
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

        var sink = new OccurrenceSink(contributionOfBucket, new Dictionary<string, float>(StringComparer.Ordinal));
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
        Dictionary<string, float> contributionOfNgram) : IFeatureSink
    {
        public Dictionary<string, float> ContributionOfNgram => contributionOfNgram;

        public void Add(int bucket, string[] words, int start, int length, bool isCharGram)
        {
            if (!contributionOfBucket.TryGetValue(bucket, out var contribution) || contribution == 0)
            {
                return;
            }

            var ngram = length == 1 ? words[start] : string.Join(' ', words, start, length);
            contributionOfNgram[ngram] = contributionOfNgram.GetValueOrDefault(ngram) + contribution;
        }
    }
}
