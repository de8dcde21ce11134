using System.Collections.Concurrent;

namespace MentorGraph.Analytics.Features;

/// <summary>
/// The <see cref="WordFeatures"/> of words already seen, computed once per distinct word and shared by
/// all threads: most of a note's features are the character n-grams of common words, so hashing them
/// again for every note is wasted work. Holds at most <see cref="Capacity"/> words (later words are
/// computed every time and not kept), so it cannot grow without bound on unusual input.
/// </summary>
internal sealed class WordFeatureCache
{
    /// <summary>About 200 bytes a word: 20,000 words ≈ 4 MB.</summary>
    public const int DefaultCapacity = 20_000;

    private readonly ConcurrentDictionary<string, WordFeatures> _words = new(StringComparer.Ordinal);
    private int _count;

    public WordFeatureCache(FeatureOptions options, int capacity = DefaultCapacity)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(capacity);
        Options = options;
        Capacity = capacity;
    }

    /// <summary>The options the cached features were computed with.</summary>
    public FeatureOptions Options { get; }

    public int Capacity { get; }

    public int Count => Volatile.Read(ref _count);

    public WordFeatures Get(string word)
    {
        if (_words.TryGetValue(word, out var features))
        {
            return features;
        }

        features = WordFeatures.Of(word, Options);
        if (Volatile.Read(ref _count) < Capacity && _words.TryAdd(word, features))
        {
            Interlocked.Increment(ref _count);
        }

        return features;
    }
}
