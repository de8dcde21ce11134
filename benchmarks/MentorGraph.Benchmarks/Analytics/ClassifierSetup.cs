using MentorGraph.Analytics;
using MentorGraph.Analytics.Artifacts;
using MentorGraph.Analytics.Classification;
using MentorGraph.Analytics.DefaultModel;
using MentorGraph.Analytics.Embeddings;

namespace MentorGraph.Benchmarks.Analytics;

/// <summary>The default classifier as the benchmarks use it: trained once from the corpus (and its embedded embeddings).</summary>
internal static class ClassifierSetup
{
    private static string s_encoderModel = DefaultClassifierOptions.EmbeddingModel;

    private static readonly Lazy<NoteClassifier> LazyDefault = new(() =>
        DefaultClassifier.Load(new DefaultClassifierSettings { Encoder = OnnxSentenceEncoder.Create(s_encoderModel), CacheDirectory = CacheDirectory }).Classifier);

    /// <summary>Where the default model is cached (null: trained in memory each run).</summary>
    public static string? CacheDirectory { get; set; }

    /// <summary>The sentence encoder of the model the scripts measure (the default model's unless a script is told another).</summary>
    public static string EncoderModel
    {
        get => s_encoderModel;
        set => s_encoderModel = value;
    }

    public static NoteClassifier Default => LazyDefault.Value;

    /// <summary>
    /// The same model with an embedder that keeps nothing (a store of capacity 0 and no embedded
    /// embeddings): every note is encoded, as a note the service has never seen would be.
    /// </summary>
    public static NoteClassifier NeverCached(int batchSize = 0)
    {
        var classifier = Default;
        using var bytes = new MemoryStream();
        ModelPackage.Write(classifier, bytes);
        bytes.Position = 0;
        var encoder = classifier.Embedder!.Encoder;
        return ModelPackage.Read(bytes, batchSize > 0
            ? new NoteEmbedder(encoder, new EmbeddingStore(encoder.Model, encoder.Dimensions, capacity: 0), batchSize)
            : new NoteEmbedder(encoder, new EmbeddingStore(encoder.Model, encoder.Dimensions, capacity: 0)));
    }

    /// <summary>The corpus notes, each carrying its stored embedding (as notes read back from the database will).</summary>
    public static Note[] WithStoredEmbeddings(IReadOnlyList<Note> notes)
    {
        var embedder = Default.Embedder!;
        var vectors = embedder.EmbedMany(notes);
        return notes.Select((n, i) => n with { Embedding = new NoteEmbedding(embedder.Model, vectors[i]) }).ToArray();
    }
}
