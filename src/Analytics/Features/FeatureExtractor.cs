using System.Buffers;
using MentorGraph.Analytics.Text;

namespace MentorGraph.Analytics.Features;

/// <summary>Turns a role-normalized note into hashed word and character n-gram occurrences.</summary>
internal static class FeatureExtractor
{
    public static void Extract<TSink>(NoteTokens note, FeatureOptions options, ref TSink sink)
        where TSink : struct, IFeatureSink
    {
        var bits = options.HashBits;
        var sentences = note.Sentences;
        for (var s = 0; s < sentences.Count; s++)
        {
            var words = sentences[s];
            // hashes: what the features are hashed from (stems with Stem); texts: the words as written,
            // from which the n-gram keys handed to the sink are made.
            var hashes = ArrayPool<ulong>.Shared.Rent(words.Length);
            var texts = options.Stem ? ArrayPool<ulong>.Shared.Rent(words.Length) : hashes;
            try
            {
                for (var i = 0; i < words.Length; i++)
                {
                    if (options.Stem)
                    {
                        var (length, ending) = LightStemmer.Stem(words[i]);
                        hashes[i] = FeatureHashing.Word(words[i].AsSpan(0, length), ending);
                        texts[i] = FeatureHashing.Word(words[i]);
                    }
                    else
                    {
                        hashes[i] = FeatureHashing.Word(words[i]);
                    }
                }

                for (var i = 0; i < words.Length; i++)
                {
                    if (options.WordNgramMax > 0)
                    {
                        AddWordNgramsStartingAt(s, words, hashes, texts, i, bits, options.WordNgramMax, ref sink);
                    }

                    if (options.CharNgramMax > 0 && HasCharGrams(words[i]))
                    {
                        var word = FeatureHashing.Extend(FeatureHashing.WordSeed, texts[i]);
                        AddCharGrams(s, words[i], word, i, bits, options.CharNgramMin, options.CharNgramMax, ref sink);
                    }
                }
            }
            finally
            {
                ArrayPool<ulong>.Shared.Return(hashes);
                if (options.Stem)
                {
                    ArrayPool<ulong>.Shared.Return(texts);
                }
            }
        }
    }

    private static void AddWordNgramsStartingAt<TSink>(
        int sentence, string[] words, ulong[] hashes, ulong[] texts, int start, int bits, int maxN, ref TSink sink)
        where TSink : struct, IFeatureSink
    {
        var h = FeatureHashing.WordSeed;
        var text = FeatureHashing.WordSeed;
        var longest = Math.Min(maxN, words.Length - start);
        for (var n = 1; n <= longest; n++)
        {
            h = FeatureHashing.Extend(h, hashes[start + n - 1]);
            text = hashes == texts ? h : FeatureHashing.Extend(text, texts[start + n - 1]);
            sink.Add(FeatureHashing.WordBucket(h, bits), text, sentence, start, n);
        }
    }

    private static bool HasCharGrams(string word) =>
        word.Length > 1 && !RoleTokens.IsRoleToken(word) && word[0] != '\'';

    private static void AddCharGrams<TSink>(int sentence, string word, ulong wordKey, int index, int bits, int minN, int maxN, ref TSink sink)
        where TSink : struct, IFeatureSink
    {
        // The word padded with a space each side: " word ", so prefixes and suffixes are their own grams.
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
