namespace MentorGraph.Analytics.Evaluation;

/// <summary>
/// Topic and direction confusion matrices of a classifier on labeled notes, and how the notes it
/// flagged for review (needsReview) fared against the ones it did not flag.
/// </summary>
public sealed record EvaluationResult(ConfusionMatrix Topic, ConfusionMatrix Direction, ReviewOutcome Review)
{
    public int Notes => Topic.Total;

    /// <summary>The topic predictions for ML.NET's evaluator (log-loss, micro/macro accuracy).</summary>
    public MlNetMetrics TopicMetrics { get; } = new(Taxonomy.Topics.Count);

    /// <summary>The direction predictions for ML.NET's evaluator.</summary>
    public MlNetMetrics DirectionMetrics { get; } = new(Taxonomy.Directions.Count);

    public static EvaluationResult Empty() =>
        new(new ConfusionMatrix(Taxonomy.Topics), new ConfusionMatrix(Taxonomy.Directions), new ReviewOutcome());

    public void Add(EvaluationResult other)
    {
        Topic.Add(other.Topic);
        Direction.Add(other.Direction);
        Review.Add(other.Review);
        TopicMetrics.Add(other.TopicMetrics);
        DirectionMetrics.Add(other.DirectionMetrics);
    }
}

/// <summary>Counts of fully correct predictions (topic and direction) among flagged and unflagged notes.</summary>
public sealed class ReviewOutcome
{
    public int Flagged { get; private set; }

    public int FlaggedCorrect { get; private set; }

    public int Unflagged { get; private set; }

    public int UnflaggedCorrect { get; private set; }

    public void Add(bool flagged, bool bothCorrect)
    {
        if (flagged)
        {
            Flagged++;
            FlaggedCorrect += bothCorrect ? 1 : 0;
        }
        else
        {
            Unflagged++;
            UnflaggedCorrect += bothCorrect ? 1 : 0;
        }
    }

    public void Add(ReviewOutcome other)
    {
        Flagged += other.Flagged;
        FlaggedCorrect += other.FlaggedCorrect;
        Unflagged += other.Unflagged;
        UnflaggedCorrect += other.UnflaggedCorrect;
    }

    public double FlaggedAccuracy => Flagged == 0 ? 0 : (double)FlaggedCorrect / Flagged;

    public double UnflaggedAccuracy => Unflagged == 0 ? 0 : (double)UnflaggedCorrect / Unflagged;
}
