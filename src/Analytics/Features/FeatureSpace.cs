namespace MentorGraph.Analytics.Features;

/// <summary>
/// The features one model knows: which hashed buckets were seen in training (each gets a row of the
/// weight matrix) and their inverse document frequency. Turns a note's bucket counts into a TF-IDF
/// vector with unit L2 norm. Immutable once built; safe to share between threads.
/// </summary>
public sealed class FeatureSpace
{
    private readonly int[] _rowOfBucket;
    private readonly float[] _idf;

    internal FeatureSpace(FeatureOptions options, int[] rowOfBucket, float[] idf, float unseenIdf)
    {
        options.Validate();
        if (rowOfBucket.Length != 1 << options.HashBits)
        {
            throw new ArgumentException("The row map must have one entry per bucket.", nameof(rowOfBucket));
        }

        Options = options;
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
    /// Builds the space from the bucket counts of the training notes: rows in order of first appearance
    /// (deterministic), IDF = ln((1 + N) / (1 + df)) + 1.
    /// </summary>
    internal static FeatureSpace Build(FeatureOptions options, IEnumerable<IReadOnlyList<int>> distinctBucketsPerNote)
    {
        var rowOfBucket = new int[1 << options.HashBits];
        Array.Fill(rowOfBucket, -1);
        var documentFrequency = new List<int>();
        var notes = 0;
        foreach (var buckets in distinctBucketsPerNote)
        {
            notes++;
            foreach (var bucket in buckets)
            {
                var row = rowOfBucket[bucket];
                if (row < 0)
                {
                    row = documentFrequency.Count;
                    rowOfBucket[bucket] = row;
                    documentFrequency.Add(0);
                }

                documentFrequency[row]++;
            }
        }

        var idf = new float[documentFrequency.Count];
        for (var row = 0; row < idf.Length; row++)
        {
            idf[row] = (float)(Math.Log((1.0 + notes) / (1.0 + documentFrequency[row])) + 1.0);
        }

        var unseenIdf = (float)(Math.Log(1.0 + notes) + 1.0);
        return new FeatureSpace(options, rowOfBucket, idf, unseenIdf);
    }

    /// <summary>
    /// Writes the TF-IDF vector of the counted note, restricted to known rows, into rows/values and
    /// returns how many entries it wrote. Unknown buckets count towards the L2 norm only.
    /// </summary>
    internal int Vectorize(FeatureCounts counts, Span<int> rows, Span<float> values) =>
        Vectorize(counts, rows, values, buckets: default);

    /// <summary>As above, also writing each entry's bucket when <paramref name="buckets"/> is not empty.</summary>
    internal int Vectorize(FeatureCounts counts, Span<int> rows, Span<float> values, Span<int> buckets)
    {
        var written = 0;
        var squaredNorm = 0.0;
        for (var i = 0; i < counts.Count; i++)
        {
            var (bucket, count) = counts[i];
            var tf = Options.SublinearTf ? 1f + MathF.Log(count) : count;
            var row = _rowOfBucket[bucket];
            var value = tf * (row >= 0 ? _idf[row] : UnseenIdf);
            squaredNorm += (double)value * value;
            if (row >= 0)
            {
                rows[written] = row;
                values[written] = value;
                if (!buckets.IsEmpty)
                {
                    buckets[written] = bucket;
                }

                written++;
            }
        }

        if (squaredNorm > 0)
        {
            var scale = (float)(1.0 / Math.Sqrt(squaredNorm));
            for (var i = 0; i < written; i++)
            {
                values[i] *= scale;
            }
        }

        return written;
    }
}
