using MentorGraph.Analytics.Features;
using MentorGraph.Analytics.Learning;
using MentorGraph.Analytics.Text;

namespace MentorGraph.Analytics.Classification;

/// <summary>Everything that decides how a classifier is trained. Part of the model's metadata.</summary>
public sealed record ClassifierOptions
{
    public RoleNormalizationOptions Roles { get; init; } = new();

    /// <summary>The features of the note, one space for both n-gram models (read once per note).</summary>
    public FeatureOptions Features { get; init; } = new();

    /// <summary>How the topic model normalizes a note's vector: null = one L2 norm over all features;
    /// a share s in [0, 1] = the word n-grams scaled to squared norm 1 − s and the character n-grams to s
    /// (0.5: both alike, so the many character n-grams do not drown the few word n-grams; 0: the model
    /// ignores character n-grams).</summary>
    public double? TopicCharShare { get; init; }

    /// <summary>As <see cref="TopicCharShare"/>, for the direction model.</summary>
    public double? DirectionCharShare { get; init; }

    /// <summary>ML.NET L-BFGS settings of the topic model over n-grams.</summary>
    public LbfgsOptions TopicTrainer { get; init; } = new();

    /// <summary>ML.NET L-BFGS settings of the direction model over n-grams.</summary>
    public LbfgsOptions DirectionTrainer { get; init; } = new();

    /// <summary>ML.NET L-BFGS settings of the topic model over the note's sentence embedding.</summary>
    public LbfgsOptions EmbeddingTrainer { get; init; } = new() { L2 = 1e-2f };

    /// <summary>
    /// The embedding topic model's share of the topic probabilities, in [0, 1): the n-gram model's
    /// probabilities and the embedding model's are averaged with weights 1 − share and share. 0 = no
    /// embedding model (the classifier then needs no sentence encoder).
    /// </summary>
    public double EmbeddingShare { get; init; }

    /// <summary>How the two topic models' probabilities are combined (with weights 1 − <see cref="EmbeddingShare"/> and <see cref="EmbeddingShare"/>).</summary>
    public ProbabilityMixing TopicMixing { get; init; } = ProbabilityMixing.Arithmetic;

    /// <summary>Add to the direction training set each note with roles swapped and UPWARD/DOWNWARD flipped.</summary>
    public bool AugmentDirection { get; init; } = true;

    /// <summary>Add to the topic training set a copy of each multi-sentence note without one sentence.</summary>
    public bool TopicSentenceDropout { get; init; }

    /// <summary>How much each swapped copy counts in the direction loss relative to a real note (0..1].</summary>
    public double AugmentationWeight { get; init; } = 1.0;

    /// <summary>Seeds ML.NET's context, sentence dropout and the cross-validation folds.</summary>
    public ulong Seed { get; init; } = 20240601;

    public void Validate()
    {
        Features.Validate();
        ValidateShare(TopicCharShare, nameof(TopicCharShare));
        ValidateShare(DirectionCharShare, nameof(DirectionCharShare));

        TopicTrainer.Validate();
        DirectionTrainer.Validate();
        EmbeddingTrainer.Validate();
        if (!(EmbeddingShare >= 0 && EmbeddingShare < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(EmbeddingShare), EmbeddingShare, "EmbeddingShare must be in [0, 1).");
        }

        if (!(AugmentationWeight > 0 && AugmentationWeight <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(AugmentationWeight), AugmentationWeight, "AugmentationWeight must be in (0, 1].");
        }
    }

    /// <summary>The seed as ML.NET takes it.</summary>
    internal int MlSeed => unchecked((int)(Seed ^ (Seed >> 32)));

    private static void ValidateShare(double? share, string name)
    {
        if (share is { } value && !(value >= 0 && value <= 1))
        {
            throw new ArgumentOutOfRangeException(name, value, "A character-block share must be in [0, 1].");
        }
    }
}

/// <summary>How two models' class probabilities are combined into one distribution.</summary>
public enum ProbabilityMixing
{
    /// <summary>A weighted average of the probabilities.</summary>
    Arithmetic,

    /// <summary>A weighted average of the log-probabilities, normalized (a weighted geometric mean: a class
    /// needs both models' support; one model's near-certainty cannot outvote the other's doubt).</summary>
    Geometric,
}
