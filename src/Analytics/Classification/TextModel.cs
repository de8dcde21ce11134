using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
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
        CheckLength(probabilities);
        var scratch = t_scratch ??= new PredictionScratch();
        scratch.Counts.Clear();
        var sink = new CountingSink(scratch.Counts);
        FeatureExtractor.Extract(note, Features.Options, ref sink);
        Score(scratch, probabilities, keepRows: false);
        Learning.Softmax.InPlace(probabilities);
    }

    /// <summary>
    /// As <see cref="Predict"/>, also remembering (per thread) where each feature occurred, so that
    /// <see cref="ExplainLastPrediction"/> can name the n-grams behind the prediction without a second pass.
    /// </summary>
    internal void PredictForExplanation(NoteTokens note, Span<float> probabilities)
    {
        CheckLength(probabilities);
        var scratch = t_scratch ??= new PredictionScratch();
        scratch.Counts.Clear();
        scratch.Occurrences = 0;
        var sink = new RecordingSink(scratch);
        FeatureExtractor.Extract(note, Features.Options, ref sink);
        Score(scratch, probabilities, keepRows: true);
        Learning.Softmax.InPlace(probabilities);
        scratch.ExplainableBy = this;
    }

    private void CheckLength(Span<float> probabilities)
    {
        if (probabilities.Length != Labels.Count)
        {
            throw new ArgumentException($"Expected a span of {Labels.Count} probabilities.", nameof(probabilities));
        }
    }

    /// <summary>
    /// bias + Σ tf·idf·w / norm for every class: the TF-IDF vector and the dot products in one pass,
    /// word and character n-grams summed apart so each block can get its own norm. Leaves the block
    /// norms in the scratch; with <paramref name="keepRows"/> also each distinct feature's row and
    /// unnormalized value, and a copy of each known feature's weight row (read while it is in
    /// cache, so the explanation does not fetch it from memory again).
    /// </summary>
    // How many features ahead a weight block is requested from memory.
    private const int PrefetchDistance = 8;

    private unsafe void Score(PredictionScratch scratch, Span<float> scores, bool keepRows)
    {
        var counts = scratch.Counts;
        scratch.EnsureCapacity(counts.Count, _stride);
        ref var kept = ref MemoryMarshal.GetArrayDataReference(scratch.RowCopies);
        var rows = scratch.Rows;
        var values = scratch.Values;
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
        var wordNormExact = 0.0;
        var charNormExact = 0.0;

        // The rows of all features first: independent reads of the bucket map that the processor can
        // overlap (a short loop keeps many in flight); then the weight blocks, each requested a few
        // features ahead of its use.
        for (var i = 0; i < counts.Count; i++)
        {
            rows[i] = rowOfBucket[counts.BucketAt(i)];
        }

        for (var i = 0; i < counts.Count; i++)
        {
            if (Sse.IsSupported && i + PrefetchDistance < counts.Count && rows[i + PrefetchDistance] >= 0)
            {
                Sse.Prefetch0(Unsafe.AsPointer(ref Unsafe.Add(ref packed, (nint)rows[i + PrefetchDistance] * _stride)));
            }

            var (bucket, count) = counts[i];
            var tf = Features.TermFrequency(count);
            var row = rows[i];
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
                    var weights = Vector128.LoadUnsafe(ref block, (nuint)(b * 4));
                    sums[b] += broadcast * weights;
                    if (keepRows)
                    {
                        weights.StoreUnsafe(ref kept, (nuint)(i * _stride + b * 4));
                    }
                }
            }

            if (keepRows)
            {
                values[i] = value;
            }

            if (isChar)
            {
                charNorm += value * value;
                charNormExact += (double)value * value;
            }
            else
            {
                wordNorm += value * value;
                wordNormExact += (double)value * value;
            }
        }

        scratch.WordNorm = wordNormExact;
        scratch.CharNorm = charNormExact;
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

        Span<float> probabilities = stackalloc float[Labels.Count];
        PredictForExplanation(note, probabilities);
        var result = new List<(string, float)>(top);
        ExplainLastPrediction(labelIndex, top, result);
        return result;
    }

    /// <summary>
    /// <see cref="Explain"/> for the note of this thread's last <see cref="PredictForExplanation"/> on this
    /// model: adds up to <paramref name="top"/> (n-gram, weight) pairs, strongest first, to <paramref name="into"/>.
    /// Only the winners' strings are built; the rest works on the remembered feature occurrences.
    /// </summary>
    internal void ExplainLastPrediction(int labelIndex, int top, List<(string Ngram, float Weight)> into)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(top);
        var scratch = t_scratch;
        if (scratch is null || !ReferenceEquals(scratch.ExplainableBy, this))
        {
            throw new InvalidOperationException("Explain follows a PredictForExplanation of the same model on the same thread.");
        }

        if (top == 0)
        {
            return;
        }

        // Contribution of one occurrence of each distinct feature, as the TF-IDF vector had it.
        var k = Labels.Count;
        var counts = scratch.Counts;
        var (wordScale, charScale) = Features.Scales(scratch.WordNorm, scratch.CharNorm);
        var charBlockStart = 1 << (Features.Options.HashBits - 1);
        var contributions = scratch.Contributions;
        for (var i = 0; i < counts.Count; i++)
        {
            var row = scratch.Rows[i];
            if (row < 0)
            {
                contributions[i] = 0f;
                continue;
            }

            var (bucket, count) = counts[i];
            var value = scratch.Values[i] * (bucket >= charBlockStart ? charScale : wordScale);
            var block = scratch.RowCopies.AsSpan(i * _stride, k);
            var mean = 0f;
            for (var c = 0; c < k; c++)
            {
                mean += block[c];
            }

            mean /= k;
            contributions[i] = value * (block[labelIndex] - mean) / count;
        }

        // Sum by n-gram text (its 64-bit key), in order of occurrence.
        var groups = scratch.Groups;
        groups.Clear();
        for (var o = 0; o < scratch.Occurrences; o++)
        {
            var contribution = contributions[scratch.OccurrenceFeature[o]];
            if (contribution != 0)
            {
                groups.Add(scratch.OccurrenceKey[o], o, contribution);
            }
        }

        // The strongest positive groups: a running top list, then strings only for those that can win
        // (ties on the weight are broken by the n-gram's text, as an ordinal sort would).
        Span<float> best = stackalloc float[top];
        var found = 0;
        for (var g = 0; g < groups.Count; g++)
        {
            var sum = groups.Sum(g);
            if (sum <= 0 || (found == top && sum < best[top - 1]))
            {
                continue;
            }

            var at = found < top ? found++ : top - 1;
            while (at > 0 && best[at - 1] < sum)
            {
                best[at] = best[at - 1];
                at--;
            }

            best[at] = sum;
        }

        if (found == 0)
        {
            return;
        }

        var threshold = best[found - 1];
        var winners = new List<(string Ngram, float Weight)>(found);
        for (var g = 0; g < groups.Count; g++)
        {
            var sum = groups.Sum(g);
            if (sum > 0 && sum >= threshold)
            {
                var o = groups.FirstOccurrence(g);
                var words = scratch.OccurrenceWords[o]!;
                var start = scratch.OccurrenceStart[o];
                var length = scratch.OccurrenceLength[o];
                winners.Add((length == 1 ? words[start] : string.Join(' ', words, start, length), sum));
            }
        }

        winners.Sort(static (a, b) =>
        {
            var byWeight = b.Weight.CompareTo(a.Weight);
            return byWeight != 0 ? byWeight : string.CompareOrdinal(a.Ngram, b.Ngram);
        });
        for (var i = 0; i < winners.Count && i < top; i++)
        {
            into.Add(winners[i]);
        }
    }

    private sealed class PredictionScratch
    {
        public FeatureCounts Counts { get; } = new();

        public NgramGroups Groups { get; } = new();

        /// <summary>The model whose <see cref="PredictForExplanation"/> filled this scratch last.</summary>
        public TextModel? ExplainableBy { get; set; }

        // Per distinct feature (first-seen order): row (-1 when unseen in training), tf·idf, contribution.
        public int[] Rows { get; private set; } = new int[2048];

        public float[] Values { get; private set; } = new float[2048];

        public float[] Contributions { get; private set; } = new float[2048];

        /// <summary>Each distinct feature's weight row as Score read it (stride floats per feature).</summary>
        public float[] RowCopies { get; private set; } = new float[2048 * 16];

        public double WordNorm { get; set; }

        public double CharNorm { get; set; }

        // Per feature occurrence: the distinct feature, the n-gram's key and where its words are.
        public int Occurrences { get; set; }

        public int[] OccurrenceFeature { get; private set; } = new int[4096];

        public ulong[] OccurrenceKey { get; private set; } = new ulong[4096];

        public string[]?[] OccurrenceWords { get; private set; } = new string[4096][];

        public int[] OccurrenceStart { get; private set; } = new int[4096];

        public int[] OccurrenceLength { get; private set; } = new int[4096];

        public void EnsureCapacity(int count, int stride)
        {
            if (Rows.Length < count)
            {
                Rows = new int[count * 2];
                Values = new float[count * 2];
                Contributions = new float[count * 2];
            }

            if (RowCopies.Length < Rows.Length * stride)
            {
                RowCopies = new float[Rows.Length * stride];
            }
        }

        public void Record(int feature, ulong key, string[] words, int start, int length)
        {
            var o = Occurrences;
            if (o == OccurrenceFeature.Length)
            {
                var capacity = o * 2;
                OccurrenceFeature = Grown(OccurrenceFeature, capacity);
                OccurrenceKey = Grown(OccurrenceKey, capacity);
                OccurrenceWords = Grown(OccurrenceWords, capacity);
                OccurrenceStart = Grown(OccurrenceStart, capacity);
                OccurrenceLength = Grown(OccurrenceLength, capacity);
            }

            OccurrenceFeature[o] = feature;
            OccurrenceKey[o] = key;
            OccurrenceWords[o] = words;
            OccurrenceStart[o] = start;
            OccurrenceLength[o] = length;
            Occurrences = o + 1;
        }

        private static T[] Grown<T>(T[] array, int capacity)
        {
            Array.Resize(ref array, capacity);
            return array;
        }
    }

    /// <summary>Counts every feature and remembers each occurrence for the explanation.</summary>
    private readonly struct RecordingSink(PredictionScratch scratch) : IFeatureSink
    {
        public void Add(int bucket, ulong ngram, string[] words, int start, int length, bool isCharGram) =>
            scratch.Record(scratch.Counts.Add(bucket), ngram, words, start, length);
    }
}
