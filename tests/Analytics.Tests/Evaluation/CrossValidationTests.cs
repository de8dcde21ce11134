using MentorGraph.Analytics.Classification;
using MentorGraph.Analytics.Evaluation;

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
        var options = new ClassifierOptions
        {
            Features = new() { HashBits = 12 },
            TopicTrainer = new() { Epochs = 2 },
            DirectionTrainer = new() { Epochs = 2 },
        };

        var result = CrossValidation.Run(notes, options, folds: 3, seed: 5);

        Assert.Equal(notes.Count, result.Pooled.Notes);
        Assert.Equal(3, result.Folds.Count);
        Assert.All(result.Folds, f => Assert.Equal(12, f.Notes));
        Assert.Throws<ArgumentOutOfRangeException>(() => CrossValidation.Run(notes, options, folds: 1, seed: 5));
    }
}
