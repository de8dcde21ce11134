using MentorGraph.Analytics.Text;

namespace MentorGraph.Analytics.Features;

/// <summary>Turns a role-normalized note into hashed word and character n-gram occurrences.</summary>
internal static class FeatureExtractor
{
    // Per thread: each word's hash (of its stem with Stem) and the hash of the word as written.
    [ThreadStatic]
    private static ulong[]? t_hashes;

    [ThreadStatic]
    private static ulong[]? t_texts;

    /// <summary>
    /// Hands every feature occurrence of the note to the sink: the note-level features (the flow feature and
    /// the teaching-clause features, each if on; <see cref="NoteLevelFeatures"/>), then per
    /// sentence, by start word, the word n-grams starting there (1..max words) and the word's
    /// character n-grams. Computed from the characters each time: no allocation, no tables to miss in
    /// cache.
    /// </summary>
    public static void Extract<TSink>(NoteTokens note, FeatureOptions options, ref TSink sink)
        where TSink : struct, IFeatureSink
    {
        var bits = options.HashBits;
        if (options.FlowFeature && LearningFlow.Of(note) is var flow and > 0)
        {
            NoteLevelFeatures.Add(ref sink, flow - 1, 1, bits);
        }

        if (options.TeachingClauses)
        {
            TeachingClauses.Extract(note, ref sink, bits);
        }

        var sentences = note.Sentences;
        for (var s = 0; s < sentences.Count; s++)
        {
            var words = sentences[s];
            if (t_hashes is null || t_hashes.Length < words.Length)
            {
                t_hashes = new ulong[Math.Max(64, words.Length * 2)];
                t_texts = new ulong[t_hashes.Length];
            }

            var hashes = t_hashes;
            var texts = t_texts!;
            for (var i = 0; i < words.Length; i++)
            {
                texts[i] = FeatureHashing.Word(words[i]);
                if (options.Stem)
                {
                    var (length, ending) = LightStemmer.Stem(words[i]);
                    hashes[i] = FeatureHashing.Word(words[i].AsSpan(0, length), ending);
                }
                else
                {
                    hashes[i] = texts[i];
                }
            }

            for (var i = 0; i < words.Length; i++)
            {
                if (options.WordNgramMax > 0)
                {
                    AddWordNgramsStartingAt(s, words.Length, hashes, texts, i, bits, options.WordNgramMax, options.Stem, ref sink);
                }

                if (options.CharNgramMax > 0 && HasCharGrams(words[i]))
                {
                    var key = FeatureHashing.Extend(FeatureHashing.WordSeed, texts[i]);
                    AddCharGrams(s, words[i], key, i, bits, options.CharNgramMin, options.CharNgramMax, ref sink);
                }
            }
        }
    }

    private static void AddWordNgramsStartingAt<TSink>(
        int sentence, int count, ulong[] hashes, ulong[] texts, int start, int bits, int maxN, bool stem, ref TSink sink)
        where TSink : struct, IFeatureSink
    {
        var h = FeatureHashing.WordSeed;
        var text = FeatureHashing.WordSeed;
        var longest = Math.Min(maxN, count - start);
        for (var n = 1; n <= longest; n++)
        {
            h = FeatureHashing.Extend(h, hashes[start + n - 1]);

            // The key of the n-gram as written; without stems it is the hash itself.
            text = stem ? FeatureHashing.Extend(text, texts[start + n - 1]) : h;
            sink.Add(FeatureHashing.WordBucket(h, bits), text, sentence, start, n);
        }
    }

    /// <summary>Role tokens, clitics ("'s") and one-letter words have no character n-grams.</summary>
    private static bool HasCharGrams(string word) =>
        word.Length > 1 && !RoleTokens.IsRoleToken(word) && word[0] != '\'';

    /// <summary>The character n-grams of the word padded with a space each side (" word "), so prefixes
    /// and suffixes are their own grams; by start position, then length. Each carries its word's key.</summary>
    private static void AddCharGrams<TSink>(int sentence, string word, ulong wordKey, int index, int bits, int minN, int maxN, ref TSink sink)
        where TSink : struct, IFeatureSink
    {
        var padded = word.Length + 2;
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
                    sink.Add(FeatureHashing.CharBucket(h + (ulong)(k + 1), bits), wordKey, sentence, index, 1);
                }
            }
        }
    }
}
