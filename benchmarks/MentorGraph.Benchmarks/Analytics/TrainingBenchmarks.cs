using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using MentorGraph.Analytics;
using MentorGraph.Analytics.Classification;
using MentorGraph.Analytics.DefaultModel;
using MentorGraph.Analytics.Training;

namespace MentorGraph.Benchmarks.Analytics;

/// <summary>Training time of both models with the default settings (one operation = one full training).</summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class TrainingBenchmarks
{
    private IReadOnlyList<LabeledNote> _notes = null!;

    [Params(2_550, 10_000)]
    public int Notes { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _notes = Notes <= BenchmarkNotes.Corpus().Count ? BenchmarkNotes.Corpus().Take(Notes).ToArray() : BenchmarkNotes.Synthetic(Notes);
    }

    [Benchmark]
    public NoteClassifier Train() => ClassifierTrainer.Train(_notes, DefaultClassifierOptions.Value);
}
