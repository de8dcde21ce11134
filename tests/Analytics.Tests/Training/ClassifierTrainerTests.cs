using MentorGraph.Analytics.Classification;
using MentorGraph.Analytics.Embeddings;
using MentorGraph.Analytics.Evaluation;
using MentorGraph.Analytics.Training;

namespace MentorGraph.Analytics.Tests.Training;

public class ClassifierTrainerTests
{
    private static readonly ClassifierOptions Small = SharedClassifier.Small;

    [Fact]
    public void Train_SameNotesAndSeed_GiveIdenticalParameters()
    {
        var first = SharedClassifier.Parameters(ClassifierTrainer.Train(TestNotes.Tiny(), Small));
        var second = SharedClassifier.Parameters(ClassifierTrainer.Train(TestNotes.Tiny(), Small));
        Assert.Equal(first, second);
    }

    [Fact]
    public void Train_WithEmbeddings_SameNotesAndSeed_GiveIdenticalParameters()
    {
        var options = Small with { EmbeddingShare = 0.5 };
        var first = ClassifierTrainer.Train(TestNotes.Tiny(), options, new NoteEmbedder(new TestEncoder()));
        var second = ClassifierTrainer.Train(TestNotes.Tiny(), options, new NoteEmbedder(new TestEncoder()));
        Assert.NotNull(first.EmbeddingTopicModel);
        Assert.Equal(SharedClassifier.Parameters(first), SharedClassifier.Parameters(second));
    }

    [Fact]
    public void Train_OtherSettings_GiveOtherParameters()
    {
        var first = SharedClassifier.Parameters(ClassifierTrainer.Train(TestNotes.Tiny(), Small));
        var other = Small with { TopicTrainer = Small.TopicTrainer with { L2 = 0.5f } };
        Assert.NotEqual(first, SharedClassifier.Parameters(ClassifierTrainer.Train(TestNotes.Tiny(), other)));
    }

    [Fact]
    public void Train_FitsTheTrainingNotes()
    {
        var classifier = SharedClassifier.Tiny;
        foreach (var note in TestNotes.Tiny())
        {
            Assert.Equal(note.Topic, classifier.Classify(note.Note).Topic);
        }

        Assert.Equal(1.0, classifier.Metadata.Metrics.TrainingTopicAccuracy);
    }

    [Fact]
    public void Train_RecordsMetadata()
    {
        var metadata = SharedClassifier.Tiny.Metadata;
        Assert.Equal(ModelMetadata.CurrentModelVersion, metadata.ModelVersion);
        Assert.Equal(TrainingSetHash.Compute(TestNotes.Tiny()), metadata.TrainingSetHash);
        Assert.Equal(8, metadata.TrainingNotes);
        Assert.Equal(16, metadata.DirectionExamples);
        Assert.Equal(Taxonomy.Topics, metadata.Topics);
        Assert.Equal(Small, metadata.Options);
        Assert.Null(metadata.EmbeddingModel);
        Assert.Equal("test-encoder", SharedClassifier.TinyWithEmbeddings.Metadata.EmbeddingModel);
    }

    [Fact]
    public void Train_WithoutAugmentation_UsesOnlyTheNotes()
    {
        var classifier = ClassifierTrainer.Train(TestNotes.Tiny(), Small with { AugmentDirection = false });
        Assert.Equal(8, classifier.Metadata.DirectionExamples);
    }

    [Fact]
    public void Train_UnknownLabel_Throws()
    {
        var bad = TestNotes.Labeled("x", "text", ParticipantRole.Junior, "gardening", "UPWARD");
        Assert.Throws<ArgumentException>(() => ClassifierTrainer.Train([bad], Small));
        Assert.Throws<ArgumentException>(() => ClassifierTrainer.Train([], Small));
    }

    [Fact]
    public void Train_EmbeddingShareWithoutAnEmbedder_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => ClassifierTrainer.Train(TestNotes.Tiny(), Small with { EmbeddingShare = 0.5 }));
        Assert.Contains("NoteEmbedder", error.Message);
    }

    [Fact]
    public void Train_NoteOfTheDevelopmentSet_IsRefused()
    {
        var dev = DevelopmentSet.Read()[5];
        var copy = dev with { Id = "copied", Note = dev.Note with { Text = dev.Note.Text.ToUpperInvariant() } };

        var error = Assert.Throws<ArgumentException>(() => ClassifierTrainer.Train([.. TestNotes.Tiny(), copy], Small));

        Assert.Contains("'copied'", error.Message);
        Assert.Contains("development set", error.Message);
    }

    [Fact]
    public void Train_WithProgress_ReportsTheStagesRisingToOne()
    {
        var progress = new RecordingProgress();

        ClassifierTrainer.Train(TestNotes.Tiny(), Small with { EmbeddingShare = 0.5 }, new NoteEmbedder(new TestEncoder()), progress);

        progress.AssertRisesFromZeroToOne();
        var stages = progress.Reports.Select(r => r.Stage).ToArray();
        Assert.Equal("reading features", stages[0]);
        Assert.Contains("topic model (n-grams) trained", stages);
        Assert.Contains("topic model (sentence embeddings) trained", stages);
        Assert.Contains("direction model trained", stages);
        Assert.Equal("done", stages[^1]);
    }

    [Fact]
    public void Train_WithAndWithoutProgress_GiveIdenticalParameters()
    {
        var without = SharedClassifier.Parameters(ClassifierTrainer.Train(TestNotes.Tiny(), Small));
        var with = SharedClassifier.Parameters(ClassifierTrainer.Train(TestNotes.Tiny(), Small, progress: new RecordingProgress()));
        Assert.Equal(without, with);
    }

    [Fact]
    public void TrainWithCrossValidation_WithProgress_ReportsTheFoldsThenTheFinalModelRisingToOne()
    {
        var progress = new RecordingProgress();

        var (withProgress, result) = ClassifierTrainer.TrainWithCrossValidation(TestNotes.Tiny(), Small, folds: 2, progress: progress);
        var (withoutProgress, _) = ClassifierTrainer.TrainWithCrossValidation(TestNotes.Tiny(), Small, folds: 2);

        progress.AssertRisesFromZeroToOne();
        var stages = progress.Reports.Select(r => r.Stage).ToArray();
        Assert.Equal("cross-validation, fold 1/2, reading features", stages[0]);
        Assert.Contains("cross-validation, fold 2/2, reading features", stages);
        Assert.Contains("final model, reading features", stages);
        Assert.Equal(2, result.Folds.Count);
        Assert.Equal(2, withProgress.Metadata.Metrics.CrossValidation!.Folds);
        Assert.Equal(SharedClassifier.Parameters(withoutProgress), SharedClassifier.Parameters(withProgress));
    }

    [Fact]
    public void TrainingSetHash_ChangesWithAnyField()
    {
        var notes = TestNotes.Tiny();
        var changed = notes.Select((n, i) => i == 3 ? n with { Direction = "MUTUAL" } : n).ToArray();
        Assert.NotEqual(TrainingSetHash.Compute(notes), TrainingSetHash.Compute(changed));
        Assert.Equal(TrainingSetHash.Compute(notes), TrainingSetHash.Compute(notes.ToArray()));
    }
}
