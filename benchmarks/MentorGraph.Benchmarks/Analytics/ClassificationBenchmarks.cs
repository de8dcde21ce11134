using System.Text.Json;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using MentorGraph.Analytics;
using MentorGraph.Analytics.Classification;
using MentorGraph.Analytics.Records;

namespace MentorGraph.Benchmarks.Analytics;

/// <summary>
/// Single-threaded classification with the default model (one operation = one note; notes/s = 1e9 / mean ns):
/// of notes whose sentence embedding is already stored (they carry it, as notes read back from the
/// database will), and of notes never seen, which are encoded first — one at a time, and as a backlog in
/// groups of 32 (what <c>classify</c> does).
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Throughput, launchCount: 1, warmupCount: 2, iterationCount: 8)]
public class ClassificationBenchmarks
{
    private const int StoredNotes = 2550;
    private const int NewNotes = 64;
    private NoteClassifier _classifier = null!;
    private NoteClassifier _neverCached = null!;
    private Note[] _stored = null!;
    private Note[] _new = null!;
    private string _storedJsonLines = "";
    private readonly float[] _topic = new float[12];
    private readonly float[] _direction = new float[3];

    [GlobalSetup]
    public void Setup()
    {
        var corpus = BenchmarkNotes.Corpus();
        _classifier = ClassifierSetup.Default;
        _neverCached = ClassifierSetup.NeverCached();
        _stored = ClassifierSetup.WithStoredEmbeddings(corpus.Take(StoredNotes).Select(n => n.Note).ToArray());

        // Notes of 320 characters or more, median ≈ 360.
        _new = BenchmarkNotes.OfCorpusLength(NewNotes);
        _storedJsonLines = string.Join('\n', _stored.Select((n, i) => JsonSerializer.Serialize(new
        {
            id = $"n{i}",
            text = n.Text,
            authorRole = n.AuthorRole.ToWire(),
            seniorName = n.SeniorName,
            juniorName = n.JuniorName,
        })));
    }

    /// <summary>Embedding stored: topic and direction probabilities (featurization and the three ML.NET models).</summary>
    [Benchmark(OperationsPerInvoke = StoredNotes)]
    public float StoredEmbedding_Probabilities()
    {
        var sum = 0f;
        foreach (var note in _stored)
        {
            _classifier.PredictProbabilities(note, _topic, _direction);
            sum += _topic[0] + _direction[0];
        }

        return sum;
    }

    /// <summary>Embedding stored: full classification with decisions and 3 + 3 evidence n-grams.</summary>
    [Benchmark(OperationsPerInvoke = StoredNotes)]
    public int StoredEmbedding_ClassifyWithEvidence()
    {
        var count = 0;
        var options = new ClassifyOptions();
        foreach (var note in _stored)
        {
            count += _classifier.Classify(note, options).Evidence.Count;
        }

        return count;
    }

    /// <summary>What <c>classify</c> does per line when the embeddings are in the store: JSON in, classification, JSON out.</summary>
    [Benchmark(OperationsPerInvoke = StoredNotes)]
    public BatchSummary StoredEmbedding_JsonLinesEndToEnd() =>
        BatchClassification.RunAsync(_classifier, new StringReader(_storedJsonLines), new StringWriter(), new ClassifyOptions(), new RecordLimits())
            .GetAwaiter().GetResult();

    /// <summary>A note never seen, alone: encoded (one ONNX run), then classified.</summary>
    [Benchmark(OperationsPerInvoke = NewNotes)]
    public int NewNote_OneAtATime()
    {
        var count = 0;
        foreach (var note in _new)
        {
            count += _neverCached.Classify(note).Evidence.Count;
        }

        return count;
    }

    /// <summary>A backlog of notes never seen: encoded in length-sorted batches of up to 16 within groups of 32, then classified.</summary>
    [Benchmark(OperationsPerInvoke = NewNotes)]
    public int NewNotes_Backlog()
    {
        var count = 0;
        foreach (var group in _new.Chunk(BatchClassification.GroupSize))
        {
            count += _neverCached.ClassifyMany(group).Count;
        }

        return count;
    }
}
