using MentorGraph.Analytics.Text;

namespace MentorGraph.Analytics.Features;

/// <summary>
/// What the features of a note need to know of one word on its own, whatever its neighbours: the hash
/// its word n-grams are built from (of its light stem with <see cref="FeatureOptions.Stem"/>), the hash
/// of the word as written (for n-gram keys), and the buckets of its character n-grams in order.
/// </summary>
internal sealed class WordFeatures
{
    private WordFeatures(ulong hash, ulong text, int[] charBuckets)
    {
        Hash = hash;
        Text = text;
        CharBuckets = charBuckets;
    }

    public ulong Hash { get; }

    public ulong Text { get; }

    /// <summary>The key of the word as a 1-gram: what its character n-grams are credited to.</summary>
    public ulong Key => FeatureHashing.Extend(FeatureHashing.WordSeed, Text);

    public int[] CharBuckets { get; }

    public static WordFeatures Of(string word, FeatureOptions options)
    {
        var text = FeatureHashing.Word(word);
        var hash = text;
        if (options.Stem)
        {
            var (length, ending) = LightStemmer.Stem(word);
            hash = FeatureHashing.Word(word.AsSpan(0, length), ending);
        }

        var buckets = options.CharNgramMax > 0 && HasCharGrams(word)
            ? CharGramBuckets(word, options.HashBits, options.CharNgramMin, options.CharNgramMax)
            : [];
        return new WordFeatures(hash, text, buckets);
    }

    /// <summary>Role tokens, clitics ("'s") and one-letter words have no character n-grams.</summary>
    private static bool HasCharGrams(string word) =>
        word.Length > 1 && !RoleTokens.IsRoleToken(word) && word[0] != '\'';

    /// <summary>The character n-grams of the word padded with a space each side (" word "), so prefixes and
    /// suffixes are their own grams; by start position, then length.</summary>
    private static int[] CharGramBuckets(string word, int bits, int minN, int maxN)
    {
        var padded = word.Length + 2;
        var buckets = new List<int>(padded * (maxN - minN + 1));
        for (var start = 0; start + minN <= padded; start++)
        {
            var h = FeatureHashing.CharSeed;
            var limit = Math.Min(maxN, padded - start);
            for (var k = 0; k < limit; k++)
            {
                var position = start + k;
                var c = position == 0 || position == padded - 1 ? ' ' : word[position - 1];
                h = FeatureHashing.StepChar(h, c);
                if (k + 1 >= minN)
                {
                    buckets.Add(FeatureHashing.CharBucket(h + (ulong)(k + 1), bits));
                }
            }
        }

        return buckets.ToArray();
    }
}
