using MentorGraph.Analytics.Classification;
using MentorGraph.Analytics.Evaluation;
using MentorGraph.Analytics.Tests.Training;

namespace MentorGraph.Analytics.Tests.Evaluation;

public class CrossValidationTests
{
    private static IReadOnlyList<LabeledNote> Notes(int perTopic) =>
        Taxonomy.Topics.SelectMany(topic => Enumerable.Range(0, perTopic).Select(i =>
            TestNotes.Labeled($"{topic}-{i}", $"We talked about {topic.Replace('-', ' ')} number {i}.", ParticipantRole.Junior, topic, "UPWARD")))
            .ToArray();

    [Fact]
    public void AssignFolds_IsStratifiedAndSeeded()
    {
        var notes = Notes(10);
        var folds = CrossValidation.AssignFolds(notes, 5, seed: 1);

        Assert.Equal(folds, CrossValidation.AssignFolds(notes, 5, seed: 1));
        Assert.NotEqual(folds, CrossValidation.AssignFolds(notes, 5, seed: 2));
        foreach (var topic in Taxonomy.Topics)
        {
            var perFold = Enumerable.Range(0, notes.Count).Where(i => notes[i].Topic == topic).GroupBy(i => folds[i]).ToArray();
            Assert.Equal(5, perFold.Length);
            Assert.All(perFold, g => Assert.Equal(2, g.Count()));
        }
    }

    [Fact]
    public void Run_EvaluatesEveryNoteOnceOnModelsThatDidNotSeeIt()
    {
        var notes = Notes(3);
        var options = new ClassifierOptions { Features = new() { HashBits = 12 }, Seed = 5 };

        var result = CrossValidation.Run(notes, options, folds: 3);

        Assert.Equal(notes.Count, result.Pooled.Notes);
        Assert.Equal(3, result.Folds.Count);
        Assert.All(result.Folds, f => Assert.Equal(12, f.Notes));
        Assert.Throws<ArgumentOutOfRangeException>(() => CrossValidation.Run(notes, options, folds: 1));
    }

    [Fact]
    public void Run_WithProgress_ReportsEveryFoldInTurnRisingToOneAndScoresTheSame()
    {
        var notes = Notes(3);
        var options = new ClassifierOptions { Features = new() { HashBits = 12 }, Seed = 5 };
        var progress = new RecordingProgress();

        var withProgress = CrossValidation.Run(notes, options, folds: 3, progress: progress);
        var withoutProgress = CrossValidation.Run(notes, options, folds: 3);

        progress.AssertRisesFromZeroToOne();
        Assert.Equal(["fold 1/3", "fold 2/3", "fold 3/3"], progress.Reports.Select(r => r.Stage[..8]).Distinct());
        Assert.Equal(1.0 / 3, progress.Reports.Last(r => r.Stage.StartsWith("fold 1/3", StringComparison.Ordinal)).Fraction, 12);
        Assert.Equal(EvaluationReport.FormatCrossValidation(withoutProgress, "cv"), EvaluationReport.FormatCrossValidation(withProgress, "cv"));
    }
}
