namespace MentorGraph.Analytics.Evaluation;

/// <summary>Topic and direction confusion matrices of a classifier on labeled notes.</summary>
public sealed record EvaluationResult(ConfusionMatrix Topic, ConfusionMatrix Direction)
{
    public int Notes => Topic.Total;

    public static EvaluationResult Empty() => new(new ConfusionMatrix(Taxonomy.Topics), new ConfusionMatrix(Taxonomy.Directions));

    public void Add(EvaluationResult other)
    {
        Topic.Add(other.Topic);
        Direction.Add(other.Direction);
    }
}
