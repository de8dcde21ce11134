using System.Text.Json;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using MentorGraph.Analytics;
using MentorGraph.Analytics.Classification;
using MentorGraph.Analytics.DefaultModel;
using MentorGraph.Analytics.Records;
using MentorGraph.Analytics.Training;

namespace MentorGraph.Benchmarks.Analytics;

/// <summary>
/// Single-threaded classification throughput of the default model over all corpus notes
/// (one operation = one note; notes/s = 1e9 / mean ns).
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Throughput, launchCount: 1, warmupCount: 3, iterationCount: 10)]
public class ClassificationBenchmarks
{
    private const int Notes = 2040;
    private NoteClassifier _classifier = null!;
    private Note[] _notes = null!;
    private string _jsonLines = "";
    private readonly float[] _topic = new float[12];
    private readonly float[] _direction = new float[3];

    [GlobalSetup]
    public void Setup()
    {
        var corpus = BenchmarkNotes.Corpus();
        _classifier = ClassifierTrainer.Train(corpus, DefaultClassifierOptions.Value);
        _notes = Enumerable.Range(0, Notes).Select(i => corpus[i % corpus.Count].Note).ToArray();
        _jsonLines = string.Join('\n', _notes.Select((n, i) => JsonSerializer.Serialize(new
        {
            id = $"n{i}",
            text = n.Text,
            authorRole = n.AuthorRole.ToWire(),
            seniorName = n.SeniorName,
            juniorName = n.JuniorName,
        })));
    }

    /// <summary>Topic and direction probabilities (role normalization, features, both models).</summary>
    [Benchmark(OperationsPerInvoke = Notes)]
    public float Probabilities()
    {
        var sum = 0f;
        foreach (var note in _notes)
        {
            _classifier.PredictProbabilities(note, _topic, _direction);
            sum += _topic[0] + _direction[0];
        }

        return sum;
    }

    /// <summary>Full classification: probabilities, decisions and 3 + 3 evidence n-grams.</summary>
    [Benchmark(OperationsPerInvoke = Notes)]
    public int ClassifyWithEvidence()
    {
        var count = 0;
        var options = new ClassifyOptions();
        foreach (var note in _notes)
        {
            count += _classifier.Classify(note, options).Evidence.Count;
        }

        return count;
    }

    /// <summary>What `mentorgraph classify` does per line: parse and validate JSON, classify with evidence, write JSON.</summary>
    [Benchmark(OperationsPerInvoke = Notes)]
    public BatchSummary JsonLinesEndToEnd()
    {
        var output = new StringWriter();
        return BatchClassification.RunAsync(_classifier, new StringReader(_jsonLines), output, new ClassifyOptions(), new RecordLimits())
            .GetAwaiter().GetResult();
    }
}
