using MentorGraph.Analytics.Classification;
using MentorGraph.Analytics.Training;

namespace MentorGraph.Analytics.Tests.Classification;

public class NoteScorerTests
{
    private static readonly Lazy<NoteClassifier> Model = new(() => ClassifierTrainer.Train(TestNotes.Tiny(), new ClassifierOptions
    {
        Features = new() { HashBits = 14 },
        TopicCharShare = 0.5,
    }));

    private static NoteScorer Scorer(NoteClassifier model) => new(model.Features, model.Topic, model.Direction);

    [Fact]
    public void Score_GivesEachModelsOwnProbabilities()
    {
        // One pass over the packed, centred blocks must agree with each model scored on its own.
        var model = Model.Value;
        var scorer = Scorer(model);
        foreach (var labeled in TestNotes.Tiny().Append(TestNotes.Labeled("x", "Completely unseen words: zebra quantum kayak.", ParticipantRole.Junior, "social-media", "MUTUAL")))
        {
            var tokens = model.Normalize(labeled.Note);
            var topic = new float[12];
            var direction = new float[3];
            var topicAlone = new float[12];
            var directionAlone = new float[3];

            scorer.Score(tokens, topic, direction, explain: false);
            model.Topic.Predict(tokens, topicAlone);
            model.Direction.Predict(tokens, directionAlone);

            Assert.All(topic.Zip(topicAlone), p => Assert.Equal(p.Second, p.First, 1e-5f));
            Assert.All(direction.Zip(directionAlone), p => Assert.Equal(p.Second, p.First, 1e-5f));
        }
    }

    [Fact]
    public void Score_WithAndWithoutExplain_GiveTheSameProbabilities()
    {
        var model = Model.Value;
        var scorer = Scorer(model);
        var tokens = model.Normalize(TestNotes.Tiny()[4].Note);
        var (topic, direction, topicExplained, directionExplained) = (new float[12], new float[3], new float[12], new float[3]);

        scorer.Score(tokens, topic, direction, explain: false);
        scorer.Score(tokens, topicExplained, directionExplained, explain: true);

        Assert.Equal(topic, topicExplained);
        Assert.Equal(direction, directionExplained);
    }

    [Fact]
    public void ExplainLast_SumsARepeatedNgramAndCreditsCharacterNgramsToTheirWord()
    {
        var model = Model.Value;
        var scorer = Scorer(model);
        var note = new Note("Maya showed me Instagram reels. Instagram reels again, Instagram.", ParticipantRole.Senior, "Tom Baker", "Maya Lopez");
        var tokens = model.Normalize(note);
        scorer.Score(tokens, new float[12], new float[3], explain: true);
        var topicEvidence = new List<(string Ngram, float Weight)>();
        var directionEvidence = new List<(string Ngram, float Weight)>();

        scorer.ExplainLast(0, 0, 100, topicEvidence, directionEvidence);

        // Every n-gram appears once, however often the note repeats it; all are words or word n-grams of the note.
        Assert.Equal(topicEvidence.Count, topicEvidence.Select(e => e.Ngram).Distinct().Count());
        var sentences = tokens.Sentences.Select(s => " " + string.Join(' ', s) + " ").ToArray();
        Assert.All(topicEvidence.Concat(directionEvidence), e => Assert.Contains(sentences, s => s.Contains(" " + e.Ngram + " ", StringComparison.Ordinal)));
        Assert.All(topicEvidence.Concat(directionEvidence), e => Assert.True(e.Weight > 0));
        Assert.True(topicEvidence.Zip(topicEvidence.Skip(1)).All(p => p.First.Weight >= p.Second.Weight));
    }

    [Fact]
    public void ExplainLast_WithoutAnExplainedScoreOnThisThread_Throws()
    {
        var model = Model.Value;
        var scorer = Scorer(model);
        var tokens = model.Normalize(TestNotes.Tiny()[0].Note);
        scorer.Score(tokens, new float[12], new float[3], explain: false);

        Assert.Throws<InvalidOperationException>(() => scorer.ExplainLast(0, 0, 3, [], []));
    }

    [Fact]
    public void ExplainLast_LabelOutOfRange_Throws()
    {
        var model = Model.Value;
        var scorer = Scorer(model);
        scorer.Score(model.Normalize(TestNotes.Tiny()[0].Note), new float[12], new float[3], explain: true);

        Assert.Throws<ArgumentOutOfRangeException>(() => scorer.ExplainLast(12, 0, 3, [], []));
        Assert.Throws<ArgumentOutOfRangeException>(() => scorer.ExplainLast(0, 3, 3, [], []));
    }

    [Fact]
    public void Score_WrongSpanLengths_Throw()
    {
        var model = Model.Value;
        var scorer = Scorer(model);
        var tokens = model.Normalize(TestNotes.Tiny()[0].Note);

        Assert.Throws<ArgumentException>(() => scorer.Score(tokens, new float[3], new float[3], explain: false));
    }
}
