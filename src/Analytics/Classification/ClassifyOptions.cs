namespace MentorGraph.Analytics.Classification;

/// <summary>Decision settings applied to a model's probabilities; they can change without retraining.</summary>
public sealed record ClassifyOptions
{
    /// <summary>A topic other than the primary one is listed when its probability is at least this.</summary>
    public float SecondaryTopicThreshold { get; init; } = 0.20f;

    /// <summary>needsReview when the primary topic's probability is below this.</summary>
    public float TopicReviewThreshold { get; init; } = 0.45f;

    /// <summary>needsReview when the direction's probability is below this.</summary>
    public float DirectionReviewThreshold { get; init; } = 0.60f;

    /// <summary>How many evidence n-grams to give for the topic and for the direction (each).</summary>
    public int EvidencePerModel { get; init; } = 3;

    public void Validate()
    {
        static bool IsProbability(float p) => p is >= 0f and <= 1f;
        if (!IsProbability(SecondaryTopicThreshold) || !IsProbability(TopicReviewThreshold) || !IsProbability(DirectionReviewThreshold))
        {
            throw new ArgumentException("Thresholds must be probabilities between 0 and 1.");
        }

        if (EvidencePerModel is < 0 or > 50)
        {
            throw new ArgumentOutOfRangeException(nameof(EvidencePerModel), EvidencePerModel, "Evidence per model must be between 0 and 50.");
        }
    }
}
