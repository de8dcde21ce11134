using MentorGraph.Analytics.Artifacts;
using MentorGraph.Analytics.Classification;
using MentorGraph.Analytics.Evaluation;
using MentorGraph.Analytics.Training;

namespace MentorGraph.Analytics.Tests.Training;

public class ClassifierTrainerTests
{
    private static readonly ClassifierOptions Small = new()
    {
        Features = new() { HashBits = 14 },
    };

    [Fact]
    public void Train_SameNotesAndSeed_GiveIdenticalModelBytes()
    {
        var first = ModelArtifact.ToBytes(ClassifierTrainer.Train(TestNotes.Tiny(), Small));
        var second = ModelArtifact.ToBytes(ClassifierTrainer.Train(TestNotes.Tiny(), Small));
        Assert.Equal(first, second);
    }

    [Fact]
    public void Train_OtherSeed_GivesOtherBytes()
    {
        var first = ModelArtifact.ToBytes(ClassifierTrainer.Train(TestNotes.Tiny(), Small));
        var other = Small with { TopicTrainer = Small.TopicTrainer with { Seed = 99 } };
        Assert.NotEqual(first, ModelArtifact.ToBytes(ClassifierTrainer.Train(TestNotes.Tiny(), other)));
    }

    [Fact]
    public void Train_FitsTheTrainingNotes()
    {
        var classifier = ClassifierTrainer.Train(TestNotes.Tiny(), Small);
        foreach (var note in TestNotes.Tiny())
        {
            Assert.Equal(note.Topic, classifier.Classify(note.Note).Topic);
        }

        Assert.Equal(1.0, classifier.Metadata.Metrics.TrainingTopicAccuracy);
    }

    [Fact]
    public void Train_RecordsMetadata()
    {
        var classifier = ClassifierTrainer.Train(TestNotes.Tiny(), Small);
        var metadata = classifier.Metadata;
        Assert.Equal(ModelMetadata.CurrentModelVersion, metadata.ModelVersion);
        Assert.Equal(TrainingSetHash.Compute(TestNotes.Tiny()), metadata.TrainingSetHash);
        Assert.Equal(8, metadata.TrainingNotes);
        Assert.Equal(16, metadata.DirectionExamples);
        Assert.Equal(Taxonomy.Topics, metadata.Topics);
        Assert.Equal(Small, metadata.Options);
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
    public void Train_NoteOfTheDevelopmentSet_IsRefused()
    {
        var dev = DevelopmentSet.Read()[5];
        var copy = dev with { Id = "copied", Note = dev.Note with { Text = dev.Note.Text.ToUpperInvariant() } };

        var error = Assert.Throws<ArgumentException>(() => ClassifierTrainer.Train([.. TestNotes.Tiny(), copy], Small));

        Assert.Contains("'copied'", error.Message);
        Assert.Contains("development set", error.Message);
    }

    [Fact]
    public void Train_WithProgress_ReportsTheStartAndEveryEpochOfBothModelsRisingToOne()
    {
        var progress = new RecordingProgress();
        var options = Small with { TopicTrainer = new() { Epochs = 3 }, DirectionTrainer = new() { Epochs = 4 } };

        ClassifierTrainer.Train(TestNotes.Tiny(), options, progress);

        progress.AssertRisesFromZeroToOne();
        var stages = progress.Reports.Select(r => r.Stage).ToArray();
        Assert.Equal(1 + 3 + 4, stages.Length);
        Assert.Equal("reading features", stages[0]);
        Assert.Equal(["topic model, epoch 1/3", "topic model, epoch 2/3", "topic model, epoch 3/3"], stages.Where(s => s.StartsWith("topic", StringComparison.Ordinal)));
        Assert.Equal(4, stages.Count(s => s.StartsWith("direction model, epoch ", StringComparison.Ordinal)));
    }

    [Fact]
    public void Train_WithAndWithoutProgress_GiveIdenticalModelBytes()
    {
        var without = ModelArtifact.ToBytes(ClassifierTrainer.Train(TestNotes.Tiny(), Small));
        var with = ModelArtifact.ToBytes(ClassifierTrainer.Train(TestNotes.Tiny(), Small, new RecordingProgress()));
        Assert.Equal(without, with);
    }

    [Fact]
    public void TrainWithCrossValidation_WithProgress_ReportsTheFoldsThenTheFinalModelRisingToOne()
    {
        var progress = new RecordingProgress();
        var options = Small with { TopicTrainer = new() { Epochs = 2 }, DirectionTrainer = new() { Epochs = 2 } };

        var (withProgress, _) = ClassifierTrainer.TrainWithCrossValidation(TestNotes.Tiny(), options, folds: 2, progress);
        var (withoutProgress, _) = ClassifierTrainer.TrainWithCrossValidation(TestNotes.Tiny(), options, folds: 2);

        progress.AssertRisesFromZeroToOne();
        var stages = progress.Reports.Select(r => r.Stage).ToArray();
        Assert.Equal(3 * 5, stages.Length);
        Assert.Equal("cross-validation, fold 1/2, reading features", stages[0]);
        Assert.Equal("cross-validation, fold 2/2, reading features", stages[5]);
        Assert.Equal("final model, reading features", stages[10]);
        Assert.Equal(2.0 / 3, progress.Reports[10].Fraction, 12);
        Assert.Equal(ModelArtifact.ToBytes(withoutProgress), ModelArtifact.ToBytes(withProgress));
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
