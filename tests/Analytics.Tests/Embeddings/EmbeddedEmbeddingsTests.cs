using MentorGraph.Analytics.DefaultModel;
using MentorGraph.Analytics.Embeddings;
using MentorGraph.Analytics.Evaluation;

namespace MentorGraph.Analytics.Tests.Embeddings;

/// <summary>
/// The sentence embeddings compiled into Analytics must be those of the current corpus and development
/// set (every note's key — a hash of the encoder's model and the note's embedding text — is there) and of
/// the current encoder (a sample of notes encoded again agrees to a cosine of at least 0.9999; not bit
/// for bit, as another CPU may round the last bits differently). When this fails, run
/// <c>dotnet run -c Release --project benchmarks/MentorGraph.Benchmarks -- embed-corpus</c>.
/// </summary>
public class EmbeddedEmbeddingsTests
{
    private static readonly string Model = DefaultClassifierOptions.EmbeddingModel;

    private static IReadOnlyList<Note> Notes() => EmbeddedCorpus.Read().Concat(DevelopmentSet.Read()).Select(n => n.Note).ToArray();

    [Fact]
    public void Store_HasTheEmbeddingOfEveryCorpusAndDevelopmentNote()
    {
        var store = EmbeddedEmbeddings.Store(Model, 384);

        var missing = Notes().Where(n => !store.Contains(EmbeddingStore.KeyOf(Model, EmbeddingText.For(n)))).Select(n => n.Text[..Math.Min(60, n.Text.Length)]).ToArray();

        Assert.Empty(missing);
    }

    [Fact]
    public void Store_SampleEncodedAgain_AgreesToACosineOfAtLeast0_9999()
    {
        var store = EmbeddedEmbeddings.Store(Model, 384);
        var notes = Notes();
        var sample = Enumerable.Range(0, 24).Select(i => notes[i * notes.Count / 24]).ToArray();

        var fresh = new NoteEmbedder(SharedClassifier.Encoder).EmbedMany(sample);

        for (var i = 0; i < sample.Length; i++)
        {
            Assert.True(store.TryGet(EmbeddingStore.KeyOf(Model, EmbeddingText.For(sample[i])), out var kept));
            var cosine = fresh[i].Zip(kept).Sum(p => (double)p.First * p.Second) /
                         Math.Sqrt(fresh[i].Sum(x => (double)x * x) * kept.Sum(x => (double)x * x));
            Assert.True(cosine >= 0.9999, $"note {i}: cosine {cosine:F6}");
        }
    }

    [Fact]
    public void Store_OfAModelWithoutEmbeddedEmbeddings_IsEmpty()
    {
        Assert.Equal(0, EmbeddedEmbeddings.Store("test-encoder", 16).Count);
    }
}
