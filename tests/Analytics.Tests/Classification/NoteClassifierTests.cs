using MentorGraph.Analytics.Classification;
using MentorGraph.Analytics.Embeddings;
using MentorGraph.Analytics.Training;

namespace MentorGraph.Analytics.Tests.Classification;

public class NoteClassifierTests
{
    private static readonly Lazy<NoteClassifier> Model = new(() => SharedClassifier.Tiny);

    private static readonly Note Sample = new("Maya showed me Instagram reels and how followers grow.", ParticipantRole.Senior, "Tom Baker", "Maya Lopez");

    [Fact]
    public void Classify_GivesProbabilitiesForEveryClassSummingToOne()
    {
        var result = Model.Value.Classify(Sample);
        Assert.Equal(12, result.TopicProbabilities.Count);
        Assert.Equal(3, result.DirectionProbabilities.Count);
        Assert.Equal(1f, result.TopicProbabilities.Sum(), 4);
        Assert.Equal(1f, result.DirectionProbabilities.Sum(), 4);
        Assert.Equal(result.TopicProbabilities.Max(), result.TopicConfidence);
    }

    [Fact]
    public void Classify_TopicsListPrimaryFirstThenSecondariesAboveThreshold()
    {
        var result = Model.Value.Classify(Sample, new ClassifyOptions { SecondaryTopicThreshold = 0f });
        Assert.Equal(12, result.Topics.Count);
        Assert.Equal(result.Topic, result.Topics[0].Topic);
        Assert.True(result.Topics.Zip(result.Topics.Skip(1)).All(p => p.First.Probability >= p.Second.Probability));

        var onlyPrimary = Model.Value.Classify(Sample, new ClassifyOptions { SecondaryTopicThreshold = 1f });
        Assert.Single(onlyPrimary.Topics);

        var threshold = 0.05f;
        var some = Model.Value.Classify(Sample, new ClassifyOptions { SecondaryTopicThreshold = threshold });
        Assert.All(some.Topics.Skip(1), t => Assert.True(t.Probability >= threshold));
        Assert.Equal(result.TopicProbabilities.Count(p => p >= threshold) + (result.TopicConfidence >= threshold ? 0 : 1), some.Topics.Count);
    }

    [Fact]
    public void Classify_NeedsReview_FollowsTheThresholds()
    {
        Assert.True(Model.Value.Classify(Sample, new ClassifyOptions { TopicReviewThreshold = 1f, DirectionReviewThreshold = 0f }).NeedsReview);
        Assert.True(Model.Value.Classify(Sample, new ClassifyOptions { TopicReviewThreshold = 0f, DirectionReviewThreshold = 1f }).NeedsReview);
        Assert.False(Model.Value.Classify(Sample, new ClassifyOptions { TopicReviewThreshold = 0f, DirectionReviewThreshold = 0f }).NeedsReview);
    }

    [Fact]
    public void Classify_EvidenceNamesNgramsOfTheNoteSupportingThePrediction()
    {
        var result = Model.Value.Classify(Sample, new ClassifyOptions { EvidencePerModel = 3 });
        var topicEvidence = result.Evidence.Where(e => e.Supports == result.Topic).ToArray();
        var directionEvidence = result.Evidence.Where(e => e.Supports == result.Direction).ToArray();

        Assert.InRange(topicEvidence.Length, 1, 3);
        Assert.InRange(directionEvidence.Length, 1, 3);
        var normalized = Model.Value.Normalize(Sample).ToString();
        Assert.All(result.Evidence, e =>
        {
            Assert.True(e.Weight > 0);
            Assert.Contains(e.Ngram, normalized);
        });
        Assert.True(topicEvidence.Zip(topicEvidence.Skip(1)).All(p => p.First.Weight >= p.Second.Weight));
    }

    [Fact]
    public void Classify_NoEvidenceRequested_GivesNone()
    {
        Assert.Empty(Model.Value.Classify(Sample, new ClassifyOptions { EvidencePerModel = 0 }).Evidence);
    }

    [Fact]
    public void Classify_FromManyThreads_GivesTheSameAnswers()
    {
        var notes = TestNotes.Tiny().Select(n => n.Note).ToArray();
        var expected = notes.Select(n => Model.Value.Classify(n).TopicProbabilities.ToArray()).ToArray();
        var mismatches = 0;
        Parallel.For(0, 400, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i =>
        {
            var actual = Model.Value.Classify(notes[i % notes.Length]).TopicProbabilities;
            if (!actual.SequenceEqual(expected[i % notes.Length]))
            {
                Interlocked.Increment(ref mismatches);
            }
        });
        Assert.Equal(0, mismatches);
    }

    [Fact]
    public void ClassifyOptions_Validate_RejectsOutOfRange()
    {
        Assert.Throws<ArgumentException>(() => new ClassifyOptions { SecondaryTopicThreshold = 1.5f }.Validate());
        Assert.Throws<ArgumentOutOfRangeException>(() => new ClassifyOptions { EvidencePerModel = -1 }.Validate());
    }

    [Fact]
    public void Classify_WithEmbeddings_ReturnsTheEmbeddingAndEncodesANoteOnce()
    {
        var encoder = new TestEncoder();
        var classifier = ClassifierTrainer.Train(TestNotes.Tiny(), SharedClassifier.Small with { EmbeddingShare = 0.5 }, new NoteEmbedder(encoder));
        var before = encoder.Encoded;

        var first = classifier.Classify(Sample);
        var again = classifier.Classify(Sample);

        Assert.Equal(1, encoder.Encoded - before);
        Assert.Equal("test-encoder", first.Embedding!.Model);
        Assert.Equal(first.TopicProbabilities, again.TopicProbabilities);
    }

    [Fact]
    public void Classify_NoteCarryingItsEmbedding_IsNotEncodedAndGetsTheSameAnswer()
    {
        var encoder = new TestEncoder();
        var classifier = ClassifierTrainer.Train(TestNotes.Tiny(), SharedClassifier.Small with { EmbeddingShare = 0.5 }, new NoteEmbedder(encoder));
        var stored = new NoteEmbedding("test-encoder", encoder.Vector(EmbeddingText.For(Sample)));
        var before = encoder.Encoded;

        var result = classifier.Classify(Sample with { Embedding = stored });

        Assert.Equal(0, encoder.Encoded - before);
        Assert.Same(stored.Vector, result.Embedding!.Vector);
    }

    [Fact]
    public void Classify_WithEmbeddings_AveragesTheTwoTopicModels()
    {
        var classifier = SharedClassifier.TinyWithEmbeddings;
        var withoutEmbeddings = ClassifierTrainer.Train(TestNotes.Tiny(), SharedClassifier.Small);

        var both = classifier.Classify(Sample).TopicProbabilities;
        var ngrams = withoutEmbeddings.Classify(Sample).TopicProbabilities;

        Assert.Equal(1f, both.Sum(), 4);
        Assert.NotEqual(ngrams, both);
    }

    [Fact]
    public void ClassifyMany_GivesWhatClassifyGivesInOrder()
    {
        var notes = TestNotes.Tiny().Select(n => n.Note).ToArray();
        var classifier = SharedClassifier.TinyWithEmbeddings;

        var many = classifier.ClassifyMany(notes);

        Assert.Equal(notes.Select(n => classifier.Classify(n).TopicProbabilities.ToArray()), many.Select(r => r.TopicProbabilities.ToArray()));
    }
}
