using MentorGraph.Analytics.DefaultModel;
using MentorGraph.Analytics.Embeddings;

namespace MentorGraph.Analytics.Tests.Embeddings;

/// <summary>The real sentence encoder (the one loaded for the whole test assembly).</summary>
public class OnnxSentenceEncoderTests
{
    private static readonly string[] Texts =
    [
        "the junior showed the senior how Instagram reels reach new followers.",
        "We went through the quarterly budget and the margins of each product line.",
        "walked graham thru tiktok for the garden centre lol",
        "The senior explained how she leads a ward through a bad night.",
    ];

    [Fact]
    public void Encode_GivesUnitVectorsOfTheModelsLength()
    {
        var vectors = SharedClassifier.Encoder.Encode(Texts);

        Assert.Equal(DefaultClassifierOptions.EmbeddingModel, SharedClassifier.Encoder.Model);
        Assert.All(vectors, v =>
        {
            Assert.Equal(384, v.Length);
            Assert.Equal(1.0, Math.Sqrt(v.Sum(x => (double)x * x)), 3);
        });
    }

    [Fact]
    public void Encode_FromManyThreads_GivesTheSameVectorsAsOneByOne()
    {
        var expected = Texts.Select(t => SharedClassifier.Encoder.Encode([t])[0]).ToArray();
        var mismatches = 0;

        Parallel.For(0, 24, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i =>
        {
            var actual = SharedClassifier.Encoder.Encode([Texts[i % Texts.Length]])[0];
            if (!actual.SequenceEqual(expected[i % Texts.Length]))
            {
                Interlocked.Increment(ref mismatches);
            }
        });

        Assert.Equal(0, mismatches);
    }

    [Fact]
    public void Encode_SimilarTopics_AreCloserThanDifferentOnes()
    {
        var v = SharedClassifier.Encoder.Encode([Texts[0], "She taught me how TikTok videos get more views.", Texts[1]]);
        static double Cosine(float[] a, float[] b) => a.Zip(b).Sum(p => (double)p.First * p.Second);

        Assert.True(Cosine(v[0], v[1]) > Cosine(v[0], v[2]));
    }

    [Fact]
    public void Create_UnknownModel_Throws()
    {
        Assert.Throws<ArgumentException>(() => OnnxSentenceEncoder.Create("bert-large"));
    }
}
