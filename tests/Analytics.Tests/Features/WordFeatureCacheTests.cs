using MentorGraph.Analytics.Features;
using MentorGraph.Analytics.Text;

namespace MentorGraph.Analytics.Tests.Features;

public class WordFeatureCacheTests
{
    private static readonly FeatureOptions Options = new() { HashBits = 16 };

    [Fact]
    public void Get_GivesWhatTheWordComputesToAndTheSameInstanceTheSecondTime()
    {
        var cache = new WordFeatureCache(Options);

        var first = cache.Get("dashboard");
        var fresh = WordFeatures.Of("dashboard", Options);

        Assert.Same(first, cache.Get("dashboard"));
        Assert.Equal(fresh.Hash, first.Hash);
        Assert.Equal(fresh.CharBuckets, first.CharBuckets);
        Assert.Equal(1, cache.Count);
    }

    [Fact]
    public void Get_BeyondCapacity_StillAnswersButKeepsNoMoreWords()
    {
        var cache = new WordFeatureCache(Options, capacity: 2);

        var words = new[] { "alpha", "beta", "gamma", "delta" };
        var features = words.Select(cache.Get).ToArray();

        Assert.Equal(2, cache.Count);
        Assert.Equal(words.Select(w => WordFeatures.Of(w, Options).Hash), features.Select(f => f.Hash));
        Assert.NotSame(cache.Get("delta"), cache.Get("delta"));
    }

    [Fact]
    public void Of_RoleTokensAndCliticsHaveNoCharacterNgrams()
    {
        Assert.Empty(WordFeatures.Of(RoleTokens.Senior, Options).CharBuckets);
        Assert.Empty(WordFeatures.Of("'s", Options).CharBuckets);
        Assert.Empty(WordFeatures.Of("a", Options).CharBuckets);
        // "seo" padded is " seo ": 3 trigrams, 2 four-grams, 1 five-gram.
        Assert.Equal(6, WordFeatures.Of("seo", Options).CharBuckets.Length);
    }

    [Fact]
    public void Extract_WithCacheOfOtherOptions_Throws()
    {
        var cache = new WordFeatureCache(Options with { HashBits = 12 });
        var sink = new CountingSink(new FeatureCounts());

        Assert.Throws<ArgumentException>(() => FeatureExtractor.Extract(new NoteTokens([["a"]]), Options, cache, ref sink));
    }

    [Fact]
    public void Extract_WithAndWithoutCache_CountsTheSameFeatures()
    {
        var note = new NoteTokens([["[by-senior]", "[junior]", "showed", "[senior]", "the", "dashboards"], ["dashboards", "again"]]);
        foreach (var options in new[] { Options, Options with { Stem = true } })
        {
            var plain = new FeatureCounts();
            var cached = new FeatureCounts();
            var plainSink = new CountingSink(plain);
            var cachedSink = new CountingSink(cached);

            FeatureExtractor.Extract(note, options, ref plainSink);
            FeatureExtractor.Extract(note, options, new WordFeatureCache(options), ref cachedSink);

            Assert.Equal(plain.Buckets.ToArray(), cached.Buckets.ToArray());
            Assert.Equal(plain.Counts.ToArray(), cached.Counts.ToArray());
        }
    }
}
