using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using MentorGraph.Analytics;
using MentorGraph.Analytics.Classification;
using MentorGraph.Analytics.DefaultModel;
using MentorGraph.Analytics.Embeddings;
using MentorGraph.Analytics.Training;

namespace MentorGraph.Benchmarks.Analytics;

/// <summary>
/// Training the default model on the corpus with its embeddings at hand (the embedded ones: no note is
/// encoded), as the service does on its first start: ML.NET's L-BFGS for the three models (one operation =
/// one full training). Run pinned to one core (<c>--affinity 1</c>) for the one-core figure.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class TrainingBenchmarks
{
    private IReadOnlyList<LabeledNote> _notes = null!;
    private NoteEmbedder _embedder = null!;

    [GlobalSetup]
    public void Setup()
    {
        _notes = BenchmarkNotes.Corpus();
        var encoder = OnnxSentenceEncoder.Create(DefaultClassifierOptions.EmbeddingModel);
        _embedder = new NoteEmbedder(encoder, EmbeddedEmbeddings.Store(encoder.Model, encoder.Dimensions));
    }

    [Benchmark]
    public NoteClassifier TrainDefaultModel() => ClassifierTrainer.Train(_notes, DefaultClassifierOptions.Value, _embedder);
}
