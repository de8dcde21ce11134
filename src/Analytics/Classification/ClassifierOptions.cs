using MentorGraph.Analytics.Features;
using MentorGraph.Analytics.Learning;
using MentorGraph.Analytics.Text;

namespace MentorGraph.Analytics.Classification;

/// <summary>Everything that decides how a classifier is trained. Part of the model's metadata.</summary>
public sealed record ClassifierOptions
{
    public RoleNormalizationOptions Roles { get; init; } = new();

    /// <summary>The features of the note, one space for both models (read once per note).</summary>
    public FeatureOptions Features { get; init; } = new();

    /// <summary>The topic model normalizes the word and the character n-grams each on their own (then
    /// both by 1/√2), so the many character n-grams do not drown the few word n-grams; otherwise one
    /// norm over all.</summary>
    public bool TopicSeparateBlockNorms { get; init; }

    /// <summary>As <see cref="TopicSeparateBlockNorms"/>, for the direction model.</summary>
    public bool DirectionSeparateBlockNorms { get; init; }

    public TrainerOptions TopicTrainer { get; init; } = new();

    public TrainerOptions DirectionTrainer { get; init; } = new();

    /// <summary>Add to the direction training set each note with roles swapped and UPWARD/DOWNWARD flipped.</summary>
    public bool AugmentDirection { get; init; } = true;

    /// <summary>Add to the topic training set a copy of each multi-sentence note without one sentence.</summary>
    public bool TopicSentenceDropout { get; init; }

    /// <summary>How much each swapped copy counts in the direction loss relative to a real note (0..1].</summary>
    public double AugmentationWeight { get; init; } = 1.0;

    public void Validate()
    {
        Features.Validate();
        TopicTrainer.Validate();
        DirectionTrainer.Validate();
        if (!(AugmentationWeight > 0 && AugmentationWeight <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(AugmentationWeight), AugmentationWeight, "AugmentationWeight must be in (0, 1].");
        }
    }
}
