using MentorGraph.Analytics.Evaluation;

namespace MentorGraph.Analytics.Retraining;

/// <summary>
/// The two measures the activation rule compares, on one set of notes: topic macro-F1 and direction
/// accuracy, rounded to 6 decimals (so that two runs of the same model compare equal).
/// </summary>
public sealed record ModelScores(double TopicMacroF1, double DirectionAccuracy, int Notes)
{
    public static ModelScores From(EvaluationResult result) =>
        new(Math.Round(result.Topic.MacroF1, 6), Math.Round(result.Direction.Accuracy, 6), result.Notes);
}

/// <summary>
/// A model's scores on the development set and on the held-out person-labelled notes (null when there
/// were too few person labels to judge on, or none fell in the held-out part).
/// </summary>
public sealed record ScoreCard(ModelScores Development, ModelScores? HeldOut);
