using MentorGraph.Analytics.Retraining;

namespace MentorGraph.Analytics.Tests.Retraining;

public class ChallengerTrainingTests
{
    private const string CloudText = "We spent the hour on Kubernetes clusters, Terraform and serverless functions.";

    private static PersonLabeledNote Person(string id, string text, string topic, string direction, string group) =>
        new(TestNotes.Labeled(id, text, ParticipantRole.Senior, topic, direction), group);

    private static IReadOnlyList<LabeledNote> Development() =>
    [
        TestNotes.Labeled("d1", "Maya showed me Instagram reels and how followers grow.", ParticipantRole.Senior, "social-media", "UPWARD"),
        TestNotes.Labeled("d2", "Tom explained the budget and our pricing to me.", ParticipantRole.Junior, "business-fundamentals", "DOWNWARD"),
    ];

    [Fact]
    public void Run_TrainsOnTheCorpusPlusThePersonLabels()
    {
        var labels = new[] { Person("p1", CloudText, "emerging-tech", "UPWARD", "s1") };
        var outcome = ChallengerTraining.Run(TestNotes.Tiny(), labels, SharedClassifier.Tiny, SharedClassifier.Small, developmentSet: Development());

        Assert.Equal(TestNotes.Tiny().Count + 1, outcome.Challenger.Metadata.TrainingNotes);
        Assert.Equal("emerging-tech", outcome.Challenger.Classify(labels[0].Labeled.Note).Topic);
        Assert.NotEqual("emerging-tech", SharedClassifier.Tiny.Classify(labels[0].Labeled.Note).Topic);
        Assert.Equal((1, 1, 0, 0), (outcome.PersonLabels, outcome.PersonLabelsTrained, outcome.PersonLabelsHeldOut, outcome.PersonLabelsIgnored));
        Assert.Null(outcome.ChallengerScores.HeldOut);
        Assert.Equal(2, outcome.ChallengerScores.Development.Notes);
    }

    [Fact]
    public void Run_NoNewLabels_IsATieAndKeepsTheActiveModel()
    {
        var outcome = ChallengerTraining.Run(TestNotes.Tiny(), [], SharedClassifier.Tiny, SharedClassifier.Small, developmentSet: Development());
        Assert.Equal(outcome.ActiveScores, outcome.ChallengerScores);
        Assert.False(outcome.Decision.Activate);
        Assert.StartsWith("Rejected: a tie", outcome.Decision.Reason);
    }

    [Fact]
    public void Run_IgnoresLabelsOfDevelopmentSetNotes()
    {
        var development = MentorGraph.Analytics.Evaluation.DevelopmentSet.Read()[0];
        var labels = new[] { new PersonLabeledNote(development, "s1"), Person("p2", CloudText, "emerging-tech", "UPWARD", "s2") };
        var outcome = ChallengerTraining.Run(TestNotes.Tiny(), labels, SharedClassifier.Tiny, SharedClassifier.Small, developmentSet: Development());
        Assert.Equal((1, 1), (outcome.PersonLabels, outcome.PersonLabelsIgnored));
        Assert.Equal(TestNotes.Tiny().Count + 1, outcome.Challenger.Metadata.TrainingNotes);
    }

    [Fact]
    public void Run_EnoughLabels_JudgesOnTheHeldOutPartAndDoesNotTrainOnIt()
    {
        var labels = Enumerable.Range(0, ActivationRule.MinPersonLabels)
            .Select(i => Person($"p{i}", $"{CloudText} Session {i} covered cluster number {i}.", "emerging-tech", "UPWARD", $"session-{i / 2}"))
            .ToArray();
        var outcome = ChallengerTraining.Run(TestNotes.Tiny(), labels, SharedClassifier.Tiny, SharedClassifier.Small, developmentSet: Development());

        Assert.True(outcome.PersonLabelsHeldOut > 0);
        Assert.Equal(labels.Length, outcome.PersonLabelsTrained + outcome.PersonLabelsHeldOut);
        Assert.Equal(TestNotes.Tiny().Count + outcome.PersonLabelsTrained, outcome.Challenger.Metadata.TrainingNotes);
        Assert.Equal(outcome.PersonLabelsHeldOut, outcome.ChallengerScores.HeldOut!.Notes);
        Assert.Equal(1.0, outcome.ChallengerScores.HeldOut.TopicMacroF1);
        Assert.Equal(0.0, outcome.ActiveScores.HeldOut!.TopicMacroF1);
        Assert.True(outcome.Decision.Activate, outcome.Decision.Reason);
    }
}
