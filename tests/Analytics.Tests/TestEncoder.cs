using MentorGraph.Analytics.Embeddings;

namespace MentorGraph.Analytics.Tests;

/// <summary>
/// A fast, deterministic stand-in for a sentence encoder in unit tests: each word adds a fixed
/// pseudo-random unit vector (from a hash of the word), the sum scaled to unit length. Counts the texts
/// it encodes and remembers the longest, so tests can tell whether a note was encoded again.
/// </summary>
internal sealed class TestEncoder(int dimensions = 16, int maxChunkCharacters = 700) : ITextEncoder
{
    private int _encoded;
    private int _longest;

    public string Model => "test-encoder";

    public int Dimensions => dimensions;

    public int MaxChunkCharacters => maxChunkCharacters;

    public int Encoded => _encoded;

    public int Longest => _longest;

    public List<int> BatchSizes { get; } = [];

    public float[][] Encode(IReadOnlyList<string> texts, CancellationToken cancellationToken = default)
    {
        lock (BatchSizes)
        {
            BatchSizes.Add(texts.Count);
            _encoded += texts.Count;
            _longest = Math.Max(_longest, texts.Count == 0 ? 0 : texts.Max(t => t.Length));
        }

        return texts.Select(Vector).ToArray();
    }

    public float[] Vector(string text)
    {
        var sum = new double[dimensions];
        foreach (var word in text.ToLowerInvariant().Split(' ', '.', ',', ';', '!', '?'))
        {
            if (word.Length == 0)
            {
                continue;
            }

            var h = (ulong)word.Aggregate(1469598103934665603L, (a, c) => (a ^ c) * 1099511628211L);
            for (var d = 0; d < dimensions; d++)
            {
                h = (h ^ (h >> 29)) * 0xBF58476D1CE4E5B9UL + 0x9E3779B97F4A7C15UL;
                sum[d] += ((h >> 11) / (double)(1UL << 53)) - 0.5;
            }
        }

        var norm = Math.Sqrt(sum.Sum(v => v * v));
        return sum.Select(v => norm > 0 ? (float)(v / norm) : 0f).ToArray();
    }
}
