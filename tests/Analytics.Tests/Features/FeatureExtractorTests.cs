using MentorGraph.Analytics.Features;
using MentorGraph.Analytics.Text;

namespace MentorGraph.Analytics.Tests.Features;

public class FeatureExtractorTests
{
    private sealed class Recorder
    {
        public List<(int Bucket, string Source, bool IsChar)> Hits { get; } = [];
    }

    private readonly struct RecordingSink(Recorder recorder, NoteTokens note, int bits) : IFeatureSink
    {
        public void Add(int bucket, ulong ngram, int sentence, int start, int length) =>
            recorder.Hits.Add((bucket, string.Join(' ', note.Sentences[sentence].Skip(start).Take(length)), FeatureHashing.IsCharBucket(bucket, bits)));
    }

    private static List<(int Bucket, string Source, bool IsChar)> Extract(NoteTokens note, FeatureOptions options)
    {
        var recorder = new Recorder();
        var sink = new RecordingSink(recorder, note, options.HashBits);
        FeatureExtractor.Extract(note, options, ref sink);
        return recorder.Hits;
    }

    private static NoteTokens Tokens(params string[][] sentences) => new(sentences);

    [Fact]
    public void Extract_WordNgrams_AreOneToThreeWithinASentence()
    {
        var hits = Extract(Tokens(["a", "b", "c", "d"], ["e"]), new FeatureOptions { CharNgramMax = 0 });
        var sources = hits.Select(h => h.Source).ToArray();
        Assert.Equal(["a", "a b", "a b c", "b", "b c", "b c d", "c", "c d", "d", "e"], sources);
    }

    [Fact]
    public void Extract_CharNgrams_CoverThePaddedWordAndSkipRoleTokens()
    {
        var hits = Extract(Tokens(["seo", RoleTokens.Senior]), new FeatureOptions { WordNgramMax = 0, CharNgramMin = 3, CharNgramMax = 5 });
        // " seo " has 3 trigrams, 2 four-grams and 1 five-gram; the role token has none.
        Assert.Equal(6, hits.Count);
        Assert.All(hits, h => Assert.True(h.IsChar && h.Source == "seo"));
    }

    [Fact]
    public void Extract_SameNgram_LandsInSameBucket()
    {
        var options = new FeatureOptions { CharNgramMax = 0 };
        var first = Extract(Tokens(["showed", "me"]), options);
        var second = Extract(Tokens(["x", "showed", "me"]), options);
        Assert.Equal(first.Single(h => h.Source == "showed me").Bucket, second.Single(h => h.Source == "showed me").Bucket);
    }

    [Fact]
    public void Extract_BucketsAreStableAcrossRuns()
    {
        // A fixed expectation: hashing must not depend on the process (string.GetHashCode would).
        var hits = Extract(Tokens(["reels"]), new FeatureOptions { CharNgramMax = 0, HashBits = 20 });
        Assert.Equal(FeatureHashing.WordBucket(FeatureHashing.Extend(FeatureHashing.WordSeed, FeatureHashing.Word("reels")), 20), hits[0].Bucket);
        Assert.InRange(hits[0].Bucket, 0, (1 << 19) - 1);
    }

    [Fact]
    public void Extract_WordGramsUseTheLowerHalfAndCharGramsTheUpperHalf()
    {
        var options = new FeatureOptions { HashBits = 12 };
        var hits = Extract(Tokens(["showed", "the", "dashboard", "to", "the", "board"]), options);
        Assert.All(hits.Where(h => !h.IsChar), h => Assert.InRange(h.Bucket, 0, (1 << 11) - 1));
        Assert.All(hits.Where(h => h.IsChar), h => Assert.InRange(h.Bucket, 1 << 11, (1 << 12) - 1));
        Assert.All(hits, h => Assert.Equal(h.IsChar, FeatureHashing.IsCharBucket(h.Bucket, 12)));
    }

    [Fact]
    public void Extract_RoleTokens_AreWordsOfTheWordNgrams()
    {
        var hits = Extract(Tokens(["showed", RoleTokens.Senior, "reels"]), new FeatureOptions { CharNgramMax = 0 });
        Assert.Equal(["showed", "showed [senior]", "showed [senior] reels", "[senior]", "[senior] reels", "reels"], hits.Select(h => h.Source));
    }

    [Fact]
    public void Extract_NgramKey_IsTheSameForEqualTextsInDifferentSentences()
    {
        var keys = new List<(string Source, ulong Key)>();
        var note = Tokens(["the", "dashboard"], ["a", "dashboard"]);
        var sink = new KeySink(keys, note);
        FeatureExtractor.Extract(note, new FeatureOptions { WordNgramMax = 1, CharNgramMax = 0 }, ref sink);
        Assert.Equal(["the", "dashboard", "a", "dashboard"], keys.Select(k => k.Source));
        Assert.Equal(keys[1].Key, keys[3].Key);
        Assert.NotEqual(keys[0].Key, keys[2].Key);
    }

    private readonly struct KeySink(List<(string Source, ulong Key)> keys, NoteTokens note) : IFeatureSink
    {
        public void Add(int bucket, ulong ngram, int sentence, int start, int length) =>
            keys.Add((string.Join(' ', note.Sentences[sentence].Skip(start).Take(length)), ngram));
    }

    [Fact]
    public void Options_Validate_RejectsNoFeatures()
    {
        Assert.Throws<ArgumentException>(() => new FeatureOptions { WordNgramMax = 0, CharNgramMax = 0 }.Validate());
        Assert.Throws<ArgumentOutOfRangeException>(() => new FeatureOptions { HashBits = 40 }.Validate());
    }
}
