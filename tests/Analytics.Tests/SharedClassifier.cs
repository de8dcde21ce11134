using MentorGraph.Analytics.Classification;
using MentorGraph.Analytics.DefaultModel;
using MentorGraph.Analytics.Embeddings;
using MentorGraph.Analytics.Training;

namespace MentorGraph.Analytics.Tests;

/// <summary>
/// What this test assembly loads at most once, for every test that needs it: the real sentence encoder
/// (its ONNX session holds about 300 MB) and the default classifier trained on the corpus with it, and a
/// tiny classifier over a <see cref="TestEncoder"/> for fast tests of the embedding path.
/// </summary>
internal static class SharedClassifier
{
    private static readonly Lazy<OnnxSentenceEncoder> LazyEncoder = new(() => OnnxSentenceEncoder.Create(DefaultClassifierOptions.EmbeddingModel));

    private static readonly Lazy<NoteClassifier> LazyDefault = new(() =>
        DefaultClassifier.Load(new DefaultClassifierSettings { Encoder = LazyEncoder.Value }).Classifier);

    private static readonly Lazy<NoteClassifier> LazyTiny = new(() => Train(TestNotes.Tiny()));

    private static readonly Lazy<NoteClassifier> LazyTinyWithEmbeddings = new(() =>
        ClassifierTrainer.Train(TestNotes.Tiny(), Small with { EmbeddingShare = 0.5 }, new NoteEmbedder(new TestEncoder())));

    /// <summary>Small, fast n-gram settings for unit tests.</summary>
    public static ClassifierOptions Small => SmallOptions;

    private static readonly ClassifierOptions SmallOptions = new() { Features = new() { HashBits = 14 } };

    /// <summary>The default model's sentence encoder (snowflake-arctic-embed-xs), loaded once.</summary>
    public static OnnxSentenceEncoder Encoder => LazyEncoder.Value;

    /// <summary>The default classifier, trained once from the corpus and its embedded embeddings.</summary>
    public static NoteClassifier Default => LazyDefault.Value;

    /// <summary>A classifier of n-grams only, trained on <see cref="TestNotes.Tiny"/>.</summary>
    public static NoteClassifier Tiny => LazyTiny.Value;

    /// <summary>A classifier trained on <see cref="TestNotes.Tiny"/> whose topic also reads <see cref="TestEncoder"/> embeddings.</summary>
    public static NoteClassifier TinyWithEmbeddings => LazyTinyWithEmbeddings.Value;

    public static NoteClassifier Train(IReadOnlyList<LabeledNote> notes, ClassifierOptions? options = null) =>
        ClassifierTrainer.Train(notes, options ?? Small);

    /// <summary>Every learned number of a classifier (feature space, centred weights, biases), to compare two models.</summary>
    public static float[] Parameters(NoteClassifier classifier)
    {
        var values = new List<float>();
        values.AddRange(classifier.Features.Idf.ToArray());
        foreach (var model in new[] { classifier.TopicModel, classifier.DirectionModel, classifier.EmbeddingTopicModel })
        {
            if (model is not null)
            {
                values.AddRange(model.CentredWeights.ToArray());
                values.AddRange(model.Bias);
            }
        }

        return values.ToArray();
    }
}
