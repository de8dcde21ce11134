using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using MentorGraph.Analytics;
using MentorGraph.Analytics.Text;

namespace MentorGraph.Benchmarks.Analytics;

/// <summary>
/// Single-threaded role normalization (tokenize, match names and pronouns, build the sentences) over
/// every corpus note with the default options, as the classifier runs it, and the tokenizer alone
/// (one operation = one note).
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Throughput, launchCount: 1, warmupCount: 3, iterationCount: 10)]
public class NormalizationBenchmarks
{
    private const int Notes = 2040;
    private readonly RoleNormalizationOptions _options = new();
    private readonly TokenBuffer _tokens = new();
    private Note[] _notes = null!;

    [GlobalSetup]
    public void Setup()
    {
        var corpus = BenchmarkNotes.Corpus();
        _notes = Enumerable.Range(0, Notes).Select(i => corpus[i % corpus.Count].Note).ToArray();
    }

    [Benchmark(OperationsPerInvoke = Notes)]
    public int Normalize()
    {
        var sentences = 0;
        foreach (var note in _notes)
        {
            sentences += RoleNormalizer.Normalize(note, _options).Sentences.Count;
        }

        return sentences;
    }

    /// <summary>The tokenizer alone (into a reused buffer, as normalization runs it).</summary>
    [Benchmark(OperationsPerInvoke = Notes)]
    public int Tokenize()
    {
        var tokens = 0;
        foreach (var note in _notes)
        {
            Tokenizer.Tokenize(note.Text, _tokens);
            tokens += _tokens.Count;
        }

        return tokens;
    }
}
