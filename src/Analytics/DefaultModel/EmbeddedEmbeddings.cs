using MentorGraph.Analytics.Embeddings;

namespace MentorGraph.Analytics.DefaultModel;

/// <summary>
/// The sentence embeddings of the corpus and of the development set, computed once and compiled into
/// this assembly (<c>src/Analytics/Corpus/embeddings/*.mgem</c>, one file per encoder model), so that
/// training the default model, cross-validating it and scoring it on the development set encode no note.
/// A test checks that they match the current notes (every note's key is there) and the current encoder
/// (re-encoded notes agree to a cosine of at least 0.9999). <c>benchmarks … embed-corpus</c> writes them.
/// </summary>
public static class EmbeddedEmbeddings
{
    private const string Prefix = "MentorGraph.Analytics.Corpus.embeddings.";

    /// <summary>The resource name of <paramref name="model"/>'s embeddings.</summary>
    public static string FileName(string model) => $"{model}.mgem";

    /// <summary>A store holding the embedded embeddings of <paramref name="model"/> (empty when there are none).</summary>
    public static EmbeddingStore Store(string model, int dimensions)
    {
        using var stream = typeof(EmbeddedEmbeddings).Assembly.GetManifestResourceStream(Prefix + FileName(model));
        if (stream is null)
        {
            return new EmbeddingStore(model, dimensions);
        }

        var store = EmbeddingStore.Read(stream);
        if (store.Model != model || store.Dimensions != dimensions)
        {
            throw new InvalidDataException($"The embedded embeddings of '{model}' are of '{store.Model}' ({store.Dimensions} dimensions).");
        }

        return store;
    }
}
