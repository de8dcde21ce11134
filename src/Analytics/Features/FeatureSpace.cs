using System.Runtime.CompilerServices;

namespace MentorGraph.Analytics.Features;

/// <summary>
/// The features a classifier knows: which hashed buckets were seen in training (each gets a row of
/// every model's weight matrix) and their inverse document frequency. One space serves both models,
/// so a note is read and looked up once. Turns a note's bucket counts into a TF-IDF vector with unit
/// L2 norm. Immutable once built; safe to share between threads.
/// </summary>
public sealed class FeatureSpace
{
    private readonly int[] _rowOfBucket;
    private readonly float[] _idf;
    private readonly bool _sublinearTf;

    internal FeatureSpace(FeatureOptions options, int[] rowOfBucket, float[] idf, float unseenIdf)
    {
        options.Validate();
        if (rowOfBucket.Length != 1 << options.HashBits)
        {
            throw new ArgumentException("The row map must have one entry per bucket.", nameof(rowOfBucket));
        }

        Options = options;
        _sublinearTf = options.SublinearTf;
        _rowOfBucket = rowOfBucket;
        _idf = idf;
        UnseenIdf = unseenIdf;
    }

    public FeatureOptions Options { get; }

    /// <summary>How many buckets were seen in training (rows of the weight matrix).</summary>
    public int Rows => _idf.Length;

    /// <summary>The IDF of a bucket never seen in training (it still counts in the vector's norm).</summary>
    public float UnseenIdf { get; }

    internal ReadOnlySpan<float> Idf => _idf;

    internal ReadOnlySpan<int> RowOfBucket => _rowOfBucket;

    /// <summary>
    /// Builds the space from the distinct buckets of each training note: a bucket in at least
    /// MinDocumentFrequency notes gets a row, rows in order of first appearance (deterministic);
    /// IDF = ln((1 + N) / (1 + df)) + 1.
    /// </summary>
    internal static FeatureSpace Build(FeatureOptions options, IEnumerable<IReadOnlyList<int>> distinctBucketsPerNote)
    {
        var frequency = new Dictionary<int, int>();
        var firstSeen = new List<int>();
        var notes = 0;
        foreach (var buckets in distinctBucketsPerNote)
        {
            notes++;
            foreach (var bucket in buckets)
            {
                if (frequency.TryGetValue(bucket, out var df))
                {
                    frequency[bucket] = df + 1;
                }
                else
                {
                    frequency[bucket] = 1;
                    firstSeen.Add(bucket);
                }
            }
        }

        var rowOfBucket = new int[1 << options.HashBits];
        Array.Fill(rowOfBucket, -1);
        var idf = new List<float>();
        foreach (var bucket in firstSeen)
        {
            var df = frequency[bucket];
            if (df >= options.MinDocumentFrequency)
            {
                rowOfBucket[bucket] = idf.Count;
                idf.Add((float)(Math.Log((1.0 + notes) / (1.0 + df)) + 1.0));
            }
        }

        var unseenIdf = (float)(Math.Log(1.0 + notes) + 1.0);
        return new FeatureSpace(options, rowOfBucket, idf.ToArray(), unseenIdf);
    }

    /// <summary>
    /// The straightforward reference of what <c>NoteFeaturizer</c> computes (which tests hold it to):
    /// writes the TF-IDF vector of a note (its distinct buckets and their counts), restricted to known
    /// rows, into rows/values and returns how many entries it wrote. Unknown buckets count towards the
    /// L2 norm only. With a <paramref name="charShare"/> the word and the character n-grams are
    /// normalized each on their own (see <see cref="Scales"/>).
    /// </summary>
    internal int Vectorize(ReadOnlySpan<int> buckets, ReadOnlySpan<int> counts, double? charShare, Span<int> rows, Span<float> values)
    {
        var written = 0;
        var wordNorm = 0.0;
        var charNorm = 0.0;
        var bits = Options.HashBits;
        Span<bool> isChar = buckets.Length <= 4096 ? stackalloc bool[buckets.Length] : new bool[buckets.Length];
        for (var i = 0; i < buckets.Length; i++)
        {
            var bucket = buckets[i];
            var row = _rowOfBucket[bucket];
            var value = TermFrequency(counts[i]) * (row >= 0 ? _idf[row] : UnseenIdf);
            var charGram = FeatureHashing.IsCharBucket(bucket, bits);
            if (charGram)
            {
                charNorm += (double)value * value;
            }
            else
            {
                wordNorm += (double)value * value;
            }

            if (row >= 0)
            {
                rows[written] = row;
                values[written] = value;
                isChar[written] = charGram;
                written++;
            }
        }

        var (wordScale, charScale) = Scales(wordNorm, charNorm, charShare);
        for (var i = 0; i < written; i++)
        {
            values[i] *= isChar[i] ? charScale : wordScale;
        }

        return written;
    }

    /// <summary>
    /// The factors that give the vector unit norm: one for all features when <paramref name="charShare"/>
    /// is null; otherwise the word block is scaled to squared norm 1 − share and the character block to
    /// share (0.5: each to norm 1/√2; 0: character n-grams ignored), a block alone in the note to norm 1.
    /// </summary>
    internal static (float Word, float Char) Scales(double wordSquaredNorm, double charSquaredNorm, double? charShare)
    {
        if (charShare is not { } share)
        {
            var total = wordSquaredNorm + charSquaredNorm;
            var scale = total > 0 ? (float)(1.0 / Math.Sqrt(total)) : 0f;
            return (scale, scale);
        }

        var both = wordSquaredNorm > 0 && charSquaredNorm > 0;
        var wordShare = both ? 1 - share : 1.0;
        var charPart = both ? share : 1.0;
        return (
            wordSquaredNorm > 0 ? (float)(Math.Sqrt(wordShare) / Math.Sqrt(wordSquaredNorm)) : 0f,
            charSquaredNorm > 0 ? (float)(Math.Sqrt(charPart) / Math.Sqrt(charSquaredNorm)) : 0f);
    }

    private static readonly float[] SublinearTable = Enumerable.Range(0, 256).Select(c => c == 0 ? 0f : 1f + MathF.Log(c)).ToArray();

    /// <summary>1 + ln(count) with <see cref="FeatureOptions.SublinearTf"/>, else the count.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal float TermFrequency(int count)
    {
        if (!_sublinearTf)
        {
            return count;
        }

        return (uint)count < (uint)SublinearTable.Length ? SublinearTable[count] : 1f + MathF.Log(count);
    }
}
