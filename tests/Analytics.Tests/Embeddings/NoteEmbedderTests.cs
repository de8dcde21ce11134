using MentorGraph.Analytics.Embeddings;

namespace MentorGraph.Analytics.Tests.Embeddings;

public class NoteEmbedderTests
{
    private static Note Note(string text) => new(text, ParticipantRole.Junior, "Tom Baker", "Maya Lopez");

    [Fact]
    public void EmbedMany_EncodesEachDistinctTextOnceAndStoresIt()
    {
        var encoder = new TestEncoder();
        var embedder = new NoteEmbedder(encoder);
        var notes = new[] { Note("Tom showed me the P&L."), Note("I showed Tom reels."), Note("Tom showed me the P&L.") };

        var first = embedder.EmbedMany(notes);
        var second = embedder.EmbedMany(notes);

        Assert.Equal(2, encoder.Encoded);
        Assert.Same(first[0], first[2]);
        Assert.Equal(first, second);
        Assert.True(embedder.Store.Contains(embedder.KeyOf(notes[1])));
    }

    [Fact]
    public void Embed_EncodesTheTextWithNamesAsRoles()
    {
        var encoder = new TestEncoder();
        var vector = new NoteEmbedder(encoder).Embed(Note("Tom showed me the P&L."));

        Assert.Equal(encoder.Vector("the senior showed me the P&L."), vector);
    }

    [Fact]
    public void Embed_NoteCarryingItsOwnEmbeddingOfTheModel_IsNotEncoded()
    {
        var encoder = new TestEncoder();
        var own = new NoteEmbedding("test-encoder", encoder.Vector("anything"));

        var vector = new NoteEmbedder(encoder).Embed(Note("Tom showed me the P&L.") with { Embedding = own });

        Assert.Same(own.Vector, vector);
        Assert.Equal(0, encoder.Encoded);
    }

    [Fact]
    public void Embed_NoteCarryingAnEmbeddingOfAnotherModel_IsEncoded()
    {
        var encoder = new TestEncoder();
        var other = new NoteEmbedding("other-model", new float[16]);

        new NoteEmbedder(encoder).Embed(Note("Tom showed me the P&L.") with { Embedding = other });

        Assert.Equal(1, encoder.Encoded);
    }

    [Fact]
    public void Embed_LongNote_IsEncodedInChunksWithinTheWindowAndAveragedToUnitLength()
    {
        var encoder = new TestEncoder(maxChunkCharacters: 100);
        var text = string.Concat(Enumerable.Repeat("Tom explained the cash flow of the store to me. ", 30)).Trim();

        var vector = new NoteEmbedder(encoder).Embed(Note(text));

        Assert.True(encoder.Encoded > 10);
        Assert.InRange(encoder.Longest, 1, 100);
        Assert.Equal(1.0, Math.Sqrt(vector.Sum(v => (double)v * v)), 5);
    }

    [Fact]
    public void EmbedMany_EncodesInBatchesOfTheGivenSize()
    {
        var encoder = new TestEncoder();
        var notes = Enumerable.Range(0, 37).Select(i => Note($"Note number {i} about {new string('x', i)}.")).ToArray();

        new NoteEmbedder(encoder, batchSize: 16).EmbedMany(notes);

        Assert.Equal([16, 16, 5], encoder.BatchSizes);
    }

    [Fact]
    public void Constructor_StoreOfAnotherModel_Throws()
    {
        Assert.Throws<ArgumentException>(() => new NoteEmbedder(new TestEncoder(), new EmbeddingStore("other", 16)));
    }
}
