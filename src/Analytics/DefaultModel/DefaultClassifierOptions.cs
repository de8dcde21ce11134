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
        // Both models read word 1–3-grams and character 3–5-grams of the role-normalized note.
        Features = new FeatureOptions { HashBits = 19 },

        // Topic: each block (word, character) normalized on its own.
        TopicSeparateBlockNorms = true,
        TopicTrainer = new TrainerOptions { Epochs = 30, Alpha = 2.0 },

        // Direction: MUTUAL is the rare class, so classes are balanced; the role-swapped copies count
        // half as much as real notes.
        DirectionTrainer = new TrainerOptions { Epochs = 30, BalanceClasses = true },
        AugmentDirection = true,
        AugmentationWeight = 0.5,
    };
}
