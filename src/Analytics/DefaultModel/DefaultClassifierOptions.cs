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
        // Both models read word 1–3-grams and character 3–5-grams of the role-normalized note, and
        // one feature for which way the participants follow each other in it. A feature must occur in
        // at least 4 training examples (a note and its role-swapped copy are 2), which halves the model
        // and scored as well or better in cross-validation.
        Features = new FeatureOptions { HashBits = 19, MinDocumentFrequency = 4, FlowFeature = true },

        // Topic: word and character n-grams weigh alike (each block to half the squared norm).
        TopicCharShare = 0.5,

        // Direction: character n-grams get a quarter of the squared norm, words three quarters (with one
        // norm over all, the many character n-grams of "showed … how" outweighed "[junior] showed [senior]").
        DirectionCharShare = 0.25,
        TopicTrainer = new TrainerOptions { Epochs = 30, Alpha = 2.0 },

        // Direction: MUTUAL is the rare class, so classes are balanced; the role-swapped copies count
        // half as much as real notes.
        DirectionTrainer = new TrainerOptions { Epochs = 30, BalanceClasses = true },
        AugmentDirection = true,
        AugmentationWeight = 0.5,
    };
}
