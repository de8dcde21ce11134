using MentorGraph.Analytics.Features;

namespace MentorGraph.Analytics.Tests.Features;

public class FeatureSpaceTests
{
    private static FeatureCounts Counts(params int[] buckets)
    {
        var counts = new FeatureCounts();
        foreach (var bucket in buckets)
        {
            counts.Add(bucket);
        }

        return counts;
    }

    [Fact]
    public void Build_IdfIsSmoothedInverseDocumentFrequency()
    {
        var space = FeatureSpace.Build(new FeatureOptions { HashBits = 10 }, [[1, 2], [1], [1, 3]]);

        Assert.Equal(3, space.Rows);
        Assert.Equal((float)(Math.Log(4.0 / 4.0) + 1), space.Idf[space.RowOfBucket[1]], 5);
        Assert.Equal((float)(Math.Log(4.0 / 2.0) + 1), space.Idf[space.RowOfBucket[2]], 5);
        Assert.Equal((float)(Math.Log(4.0) + 1), space.UnseenIdf, 5);
    }

    [Fact]
    public void Vectorize_GivesUnitNormOverSeenAndUnseenBuckets()
    {
        var space = FeatureSpace.Build(new FeatureOptions { HashBits = 10, SublinearTf = false }, [[1, 2], [1]]);
        var rows = new int[8];
        var values = new float[8];

        var counts = Counts(1, 1, 2, 7);
        var written = space.Vectorize(counts.Buckets, counts.Counts, charShare: null, rows, values);

        // Bucket 7 was never seen: it has no row but still counts in the norm.
        Assert.Equal(2, written);
        var idf1 = space.Idf[space.RowOfBucket[1]];
        var idf2 = space.Idf[space.RowOfBucket[2]];
        var norm = Math.Sqrt(Math.Pow(2 * idf1, 2) + Math.Pow(idf2, 2) + Math.Pow(space.UnseenIdf, 2));
        Assert.Equal((float)(2 * idf1 / norm), values[Array.IndexOf(rows, space.RowOfBucket[1], 0, written)], 5);
        Assert.Equal((float)(idf2 / norm), values[Array.IndexOf(rows, space.RowOfBucket[2], 0, written)], 5);
    }

    [Fact]
    public void Vectorize_SublinearTf_DampsRepeats()
    {
        var space = FeatureSpace.Build(new FeatureOptions { HashBits = 10, SublinearTf = true }, [[1, 2]]);
        var rows = new int[4];
        var values = new float[4];

        var counts = Counts(1, 1, 1, 2);
        space.Vectorize(counts.Buckets, counts.Counts, charShare: null, rows, values);

        var ratio = values[Array.IndexOf(rows, space.RowOfBucket[1])] / values[Array.IndexOf(rows, space.RowOfBucket[2])];
        Assert.Equal(1 + MathF.Log(3), ratio, 4);
    }

    [Fact]
    public void Build_MinDocumentFrequency_DropsRareBuckets()
    {
        var space = FeatureSpace.Build(new FeatureOptions { HashBits = 10, MinDocumentFrequency = 2 }, [[1, 2], [1], [1, 3]]);
        Assert.Equal(1, space.Rows);
        Assert.Equal(0, space.RowOfBucket[1]);
        Assert.Equal(-1, space.RowOfBucket[2]);
    }

    [Fact]
    public void Vectorize_CharShareOneHalf_GivesEachBlockHalfTheSquaredNorm()
    {
        // HashBits 10: buckets below 512 are word n-grams, from 512 character n-grams.
        var space = FeatureSpace.Build(new FeatureOptions { HashBits = 10 }, [[1, 600, 601, 602]]);
        var rows = new int[8];
        var values = new float[8];

        var counts = Counts(1, 600, 601, 602);
        var written = space.Vectorize(counts.Buckets, counts.Counts, charShare: 0.5, rows, values);

        var word = values[Array.IndexOf(rows, space.RowOfBucket[1], 0, written)];
        var chars = new[] { 600, 601, 602 }.Select(b => values[Array.IndexOf(rows, space.RowOfBucket[b], 0, written)]).ToArray();
        Assert.Equal(0.5f, word * word, 5);
        Assert.Equal(0.5f, chars.Sum(v => v * v), 5);
    }

    [Fact]
    public void Scales_CharShare_SplitsTheSquaredNormBetweenTheBlocks()
    {
        var (word, chars) = FeatureSpace.Scales(4.0, 9.0, charShare: 0.25);
        Assert.Equal(0.75, word * word * 4.0, 5);
        Assert.Equal(0.25, chars * chars * 9.0, 5);

        var (wordOnly, none) = FeatureSpace.Scales(4.0, 9.0, charShare: 0);
        Assert.Equal(1.0, wordOnly * wordOnly * 4.0, 5);
        Assert.Equal(0f, none);

        // A block alone in the note gets the whole norm, whatever the share.
        var (_, alone) = FeatureSpace.Scales(0.0, 9.0, charShare: 0.25);
        Assert.Equal(1.0, alone * alone * 9.0, 5);

        var (single, same) = FeatureSpace.Scales(4.0, 9.0, charShare: null);
        Assert.Equal(single, same);
        Assert.Equal(1.0, (single * single * 4.0) + (same * same * 9.0), 5);
    }

    [Fact]
    public void Counts_GrowBeyondInitialCapacityAndClear()
    {
        var counts = new FeatureCounts();
        for (var i = 0; i < 10_000; i++)
        {
            counts.Add(i % 5000);
        }

        Assert.Equal(5000, counts.Count);
        Assert.Equal(2, counts.CountOf(4999));
        counts.Clear();
        Assert.Equal(0, counts.Count);
        Assert.Equal(0, counts.CountOf(4999));
        Assert.Equal(0, counts.Add(4999));
        Assert.Equal(1, counts.CountOf(4999));
    }

    [Fact]
    public void Counts_KeepFirstSeenOrderAndCountCollidingBucketsApart()
    {
        // 3, 4099 and 8195 share the low bits of the initial index, so they probe past each other.
        var counts = Counts(4099, 3, 8195, 3, 4099, 3);

        Assert.Equal([4099, 3, 8195], counts.Buckets.ToArray());
        Assert.Equal([2, 3, 1], counts.Counts.ToArray());
        Assert.Equal(0, counts.CountOf(12291));
    }
}
