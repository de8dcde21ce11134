using MentorGraph.Analytics.DefaultModel;
using MentorGraph.Analytics.Features;

namespace MentorGraph.Analytics.Tests.DefaultModel;

/// <summary>The default model itself (trained once per test run, shared): what it is, and what it says about a few notes.</summary>
public class DefaultModelTests
{
    private static readonly Note Reels = new(
        "Maya showed me how Instagram reels and TikTok followers work.", ParticipantRole.Senior, "Tom Baker", "Maya Lopez");

    [Fact]
    public void Default_IsMlNetWithTheSentenceEncoder()
    {
        var metadata = SharedClassifier.Default.Metadata;

        Assert.StartsWith("ML.NET 6.", metadata.Framework);
        Assert.Equal("LbfgsMaximumEntropy", metadata.Trainer);
        Assert.Equal(DefaultClassifierOptions.EmbeddingModel, metadata.EmbeddingModel);
        Assert.Equal(EmbeddedCorpus.Read().Count, metadata.TrainingNotes);
        Assert.True(SharedClassifier.Default.UsesEmbeddings);
    }

    [Fact]
    public void Default_JuniorTeachingSocialMedia_IsSocialMediaUpward()
    {
        var result = SharedClassifier.Default.Classify(Reels);

        Assert.Equal("social-media", result.Topic);
        Assert.Equal("UPWARD", result.Direction);
        Assert.Equal(DefaultClassifierOptions.EmbeddingModel, result.Embedding!.Model);
    }

    [Fact]
    public void Default_Evidence_IsWordsOfTheNoteNotCharacterNgrams()
    {
        var result = SharedClassifier.Default.Classify(Reels);
        var words = SharedClassifier.Default.Normalize(Reels).Sentences.SelectMany(s => s).ToHashSet();

        Assert.NotEmpty(result.Evidence);
        // Each is words of the note (role tokens included), or a note-level feature, e.g. "[junior→senior only]", "[junior teaches]".
        Assert.All(result.Evidence.Where(e => !NoteLevelFeatures.IsName(e.Ngram)),
            e => Assert.All(e.Ngram.Split(' '), w => Assert.True(words.Contains(w), $"'{w}' of '{e.Ngram}'")));
        Assert.Contains(result.Evidence, e => e.Supports == "social-media");
        Assert.Contains(result.Evidence, e => e.Supports == "UPWARD");
    }

    [Fact]
    public void Default_NoteAtTheDomainLimit_IsClassifiedFromItsChunks()
    {
        var text = string.Concat(Enumerable.Repeat(
            "Maya walked me through our quarterly budget, the margins of each product line and how pricing changes the P&L. ", 200))[..20_000];

        var result = SharedClassifier.Default.Classify(new Note(text, ParticipantRole.Junior, "Maya Lopez", "Tom Baker"));

        Assert.Equal("business-fundamentals", result.Topic);
        Assert.Equal("DOWNWARD", result.Direction);
        Assert.Equal(1.0, Math.Sqrt(result.Embedding!.Vector.Sum(v => (double)v * v)), 4);
    }

    [Fact]
    public void Default_NoteWithItsStoredEmbedding_GetsTheSameAnswer()
    {
        var first = SharedClassifier.Default.Classify(Reels);

        var again = SharedClassifier.Default.Classify(Reels with { Embedding = first.Embedding });

        Assert.Equal(first.TopicProbabilities, again.TopicProbabilities);
        Assert.Equal(first.DirectionProbabilities, again.DirectionProbabilities);
    }
}
