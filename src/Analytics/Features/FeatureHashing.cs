namespace MentorGraph.Analytics.Features;

/// <summary>
/// Stable 64-bit hashing of words and n-grams (FNV-1a over UTF-16 units, then a 64-bit avalanche
/// mix), so a feature lands in the same bucket in every process and on every machine. Not
/// string.GetHashCode, which is randomized per process.
/// </summary>
internal static class FeatureHashing
{
    private const ulong FnvOffset = 14695981039346656037UL;
    private const ulong FnvPrime = 1099511628211UL;

    /// <summary>Seeds that keep the kinds of features apart (a 1-gram "ai" is not the char-gram "ai").</summary>
    public const ulong WordSeed = 0x9E3779B97F4A7C15UL;
    public const ulong CharSeed = 0xC2B2AE3D27D4EB4FUL;

    public static ulong Word(string word)
    {
        var h = FnvOffset;
        foreach (var c in word)
        {
            h = (h ^ c) * FnvPrime;
        }

        return Mix(h);
    }

    /// <summary>Extends an n-gram hash by one more word.</summary>
    public static ulong Extend(ulong ngram, ulong word) => Mix(ngram * 31 + word);

    /// <summary>One step of the FNV-1a character hash used for character n-grams.</summary>
    public static ulong StepChar(ulong h, char c) => (h ^ c) * FnvPrime;

    /// <summary>
    /// The bucket of a word n-gram hash: the lower half of a space of 2^bits buckets (the top bits after
    /// mixing). Character n-grams use the upper half, so the two kinds never collide and can be told apart.
    /// </summary>
    public static int WordBucket(ulong hash, int bits) => (int)(Mix(hash) >> (65 - bits));

    public static int CharBucket(ulong hash, int bits) => (1 << (bits - 1)) | (int)(Mix(hash) >> (65 - bits));

    public static bool IsCharBucket(int bucket, int bits) => bucket >> (bits - 1) != 0;

    /// <summary>A 64-bit finalizer with full avalanche (every input bit affects every output bit).</summary>
    public static ulong Mix(ulong z)
    {
        z ^= z >> 30;
        z *= 0xBF58476D1CE4E5B9UL;
        z ^= z >> 27;
        z *= 0x94D049BB133111EBUL;
        z ^= z >> 31;
        return z;
    }
}
