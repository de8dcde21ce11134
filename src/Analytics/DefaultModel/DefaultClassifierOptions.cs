using MentorGraph.Analytics.Classification;
using MentorGraph.Analytics.Features;
using MentorGraph.Analytics.Learning;

namespace MentorGraph.Analytics.DefaultModel;

/// <summary>
/// The training settings of the default model, chosen by grouped 5-fold cross-validation on the
/// corpus (see docs/classifier.md for the runs that led here).
/// </summary>
public static class DefaultClassifierOptions
{
    public static ClassifierOptions Value { get; } = new()
    {
        // Topic: word 1–3-grams and character 3–5-grams, each block normalized on its own.
        TopicFeatures = new FeatureOptions { HashBits = 19, SeparateBlockNorms = true },
        TopicTrainer = new TrainerOptions { Epochs = 30, Alpha = 2.0 },

        // Direction: the same n-grams over the role-normalized note; MUTUAL is the rare class, so
        // classes are balanced; the role-swapped copies count half as much as real notes.
        DirectionFeatures = new FeatureOptions { HashBits = 19 },
        DirectionTrainer = new TrainerOptions { Epochs = 30, BalanceClasses = true },
        AugmentDirection = true,
        AugmentationWeight = 0.5,
    };
}
