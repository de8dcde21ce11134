using MentorGraph.Analytics.Features;
using MentorGraph.Analytics.Learning;
using MentorGraph.Analytics.Text;

namespace MentorGraph.Analytics.Classification;

/// <summary>Everything that decides how a classifier is trained. Part of the model's metadata.</summary>
public sealed record ClassifierOptions
{
    public RoleNormalizationOptions Roles { get; init; } = new();

    public FeatureOptions TopicFeatures { get; init; } = new();

    public FeatureOptions DirectionFeatures { get; init; } = new() { CharNgramMax = 0 };

    public TrainerOptions TopicTrainer { get; init; } = new();

    public TrainerOptions DirectionTrainer { get; init; } = new();

    /// <summary>Add to the direction training set each note with roles swapped and UPWARD/DOWNWARD flipped.</summary>
    public bool AugmentDirection { get; init; } = true;

    public void Validate()
    {
        TopicFeatures.Validate();
        DirectionFeatures.Validate();
        TopicTrainer.Validate();
        DirectionTrainer.Validate();
    }
}
