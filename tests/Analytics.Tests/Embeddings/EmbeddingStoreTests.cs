using MentorGraph.Analytics.Embeddings;

namespace MentorGraph.Analytics.Tests.Embeddings;

public class EmbeddingStoreTests
{
    private static float[] Unit(int dimensions, int seed)
    {
        var random = new Random(seed);
        var v = Enumerable.Range(0, dimensions).Select(_ => (float)(random.NextDouble() - 0.5)).ToArray();
        var norm = MathF.Sqrt(v.Sum(x => x * x));
        return v.Select(x => x / norm).ToArray();
    }

    private static double Cosine(float[] a, float[] b) =>
        a.Zip(b).Sum(p => (double)p.First * p.Second) / Math.Sqrt(a.Sum(x => (double)x * x) * b.Sum(x => (double)x * x));

    [Fact]
    public void WriteAndRead_KeepsKeysAndVectorsToACosineAbove0_99999()
    {
        var entries = Enumerable.Range(0, 20).Select(i => (EmbeddingStore.KeyOf("m", $"text {i}"), Unit(384, i))).ToArray();
        using var file = new MemoryStream();
        EmbeddingStore.Write(file, "m", 384, entries);
        file.Position = 0;

        var store = EmbeddingStore.Read(file);

        Assert.Equal("m", store.Model);
        Assert.Equal(20, store.Count);
        foreach (var (key, vector) in entries)
        {
            Assert.True(store.TryGet(key, out var read));
            Assert.True(Cosine(vector, read) > 0.99999);
        }

        Assert.Equal(4 + 4 + 2 + 4 + 4 + (20 * (32 + (384 * 2))), (int)file.Length);
    }

    [Fact]
    public void KeyOf_DependsOnTheModelAndTheText()
    {
        Assert.Equal(64, EmbeddingStore.KeyOf("m", "t").Length);
        Assert.Equal(EmbeddingStore.KeyOf("m", "t"), EmbeddingStore.KeyOf("m", "t"));
        Assert.NotEqual(EmbeddingStore.KeyOf("m", "t"), EmbeddingStore.KeyOf("n", "t"));
        Assert.NotEqual(EmbeddingStore.KeyOf("m", "t"), EmbeddingStore.KeyOf("m", "u"));
    }

    [Fact]
    public void Add_OverCapacity_DropsTheOldestAddedButNeverTheFilesEntries()
    {
        using var file = new MemoryStream();
        EmbeddingStore.Write(file, "m", 4, [("aa".PadLeft(64, '0'), Unit(4, 1))]);
        file.Position = 0;
        var store = EmbeddingStore.Read(file, capacity: 2);

        store.Add("k1", Unit(4, 2));
        store.Add("k2", Unit(4, 3));
        store.Add("k3", Unit(4, 4));

        Assert.False(store.Contains("k1"));
        Assert.True(store.Contains("k2"));
        Assert.True(store.Contains("k3"));
        Assert.True(store.Contains("aa".PadLeft(64, '0')));
    }

    [Fact]
    public void Add_VectorOfOtherLength_Throws()
    {
        Assert.Throws<ArgumentException>(() => new EmbeddingStore("m", 4).Add("k", new float[3]));
    }

    [Fact]
    public void Read_NotAnEmbeddingFile_Throws()
    {
        Assert.Throws<InvalidDataException>(() => EmbeddingStore.Read(new MemoryStream("not one of ours"u8.ToArray())));
    }
}
