using MentorGraph.Analytics.Text;

namespace MentorGraph.Analytics.Features;

/// <summary>Turns a role-normalized note into hashed word and character n-gram occurrences.</summary>
internal static class FeatureExtractor
{
    [ThreadStatic]
    private static WordFeatures[]? t_words;

    /// <summary>
    /// Hands every feature occurrence of the note to the sink: per sentence, word n-grams by start word
    /// (1..max words), each word's character n-grams after its word n-grams. With a
    /// <paramref name="cache"/> (made for the same options) each distinct word is hashed once.
    /// </summary>
    public static void Extract<TSink>(NoteTokens note, FeatureOptions options, WordFeatureCache? cache, ref TSink sink)
        where TSink : struct, IFeatureSink
    {
        if (cache is not null && !ReferenceEquals(cache.Options, options) && cache.Options != options)
        {
            throw new ArgumentException("The word cache was made for other feature options.", nameof(cache));
        }

        var bits = options.HashBits;
        if (options.FlowFeature && LearningFlow.Of(note) is var flow and > 0)
        {
            var key = LearningFlow.Key(flow);
            sink.Add(FeatureHashing.WordBucket(key, bits), key, LearningFlow.Sentence, flow - 1, 1);
        }

        var sentences = note.Sentences;
        for (var s = 0; s < sentences.Count; s++)
        {
            var words = sentences[s];
            var features = t_words is { } buffer && buffer.Length >= words.Length ? buffer : t_words = new WordFeatures[Math.Max(64, words.Length * 2)];
            for (var i = 0; i < words.Length; i++)
            {
                features[i] = cache?.Get(words[i]) ?? WordFeatures.Of(words[i], options);
            }

            for (var i = 0; i < words.Length; i++)
            {
                if (options.WordNgramMax > 0)
                {
                    AddWordNgramsStartingAt(s, words.Length, features, i, bits, options.WordNgramMax, options.Stem, ref sink);
                }

                var charBuckets = features[i].CharBuckets;
                if (charBuckets.Length > 0)
                {
                    var key = features[i].Key;
                    foreach (var bucket in charBuckets)
                    {
                        sink.Add(bucket, key, s, i, 1);
                    }
                }
            }
        }
    }

    /// <summary>As <see cref="Extract{TSink}(NoteTokens, FeatureOptions, WordFeatureCache?, ref TSink)"/> without a cache.</summary>
    public static void Extract<TSink>(NoteTokens note, FeatureOptions options, ref TSink sink)
        where TSink : struct, IFeatureSink =>
        Extract(note, options, cache: null, ref sink);

    private static void AddWordNgramsStartingAt<TSink>(
        int sentence, int count, WordFeatures[] words, int start, int bits, int maxN, bool stem, ref TSink sink)
        where TSink : struct, IFeatureSink
    {
        var h = FeatureHashing.WordSeed;
        var text = FeatureHashing.WordSeed;
        var longest = Math.Min(maxN, count - start);
        for (var n = 1; n <= longest; n++)
        {
            var word = words[start + n - 1];
            h = FeatureHashing.Extend(h, word.Hash);
            // The key of the n-gram as written; without stems it is the hash itself.
            text = stem ? FeatureHashing.Extend(text, word.Text) : h;
            sink.Add(FeatureHashing.WordBucket(h, bits), text, sentence, start, n);
        }
    }
}
