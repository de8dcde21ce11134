using MentorGraph.Analytics.Evaluation;

namespace MentorGraph.Analytics.Tests.Quality;

/// <summary>
/// The default model, trained on the embedded corpus only, scored on the development set it never
/// saw (<see cref="DevelopmentSet"/>, compiled into the Analytics assembly). The floors sit a little
/// under the scores measured when they were set (see docs/classifier.md), so a change that makes the
/// classifier worse fails here.
/// </summary>
public class DevSetQualityTests
{
    private const double TopicMacroF1Floor = 0.91;
    private const double DirectionAccuracyFloor = 0.95;

    private static readonly Lazy<EvaluationResult> Result = new(() => Evaluator.Evaluate(SharedClassifier.Default, DevelopmentSet.Read()));

    [Fact]
    public void DefaultModel_DevSet_TopicMacroF1IsAboveFloor()
    {
        Assert.Equal(240, Result.Value.Notes);
        Assert.True(Result.Value.Topic.MacroF1 >= TopicMacroF1Floor, $"topic macro-F1 {Result.Value.Topic.MacroF1:F4} < {TopicMacroF1Floor}");
    }

    [Fact]
    public void DefaultModel_DevSet_DirectionAccuracyIsAboveFloor()
    {
        Assert.True(Result.Value.Direction.Accuracy >= DirectionAccuracyFloor,
            $"direction accuracy {Result.Value.Direction.Accuracy:F4} < {DirectionAccuracyFloor}");
    }

    [Fact]
    public void DefaultModel_DevSet_EveryTopicIsFound()
    {
        Assert.All(Result.Value.Topic.PerClass(), scores => Assert.True(scores.Recall >= 0.5, $"{scores.Label} recall {scores.Recall:F2}"));
    }
}
