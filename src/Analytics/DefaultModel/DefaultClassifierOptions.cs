using MentorGraph.Analytics.Classification;
using MentorGraph.Analytics.Embeddings;
using MentorGraph.Analytics.Features;
using MentorGraph.Analytics.Learning;

namespace MentorGraph.Analytics.DefaultModel;

/// <summary>
/// The training settings of the default model, chosen by grouped 5-fold cross-validation on the
/// corpus (see docs/classifier.md for the runs that led here).
/// </summary>
public static class DefaultClassifierOptions
{
    /// <summary>The sentence encoder of the default model's embedding topic model.</summary>
    public const string EmbeddingModel = OnnxSentenceEncoder.ArcticXs;

    public static ClassifierOptions Value { get; } = new()
    {
        // Both n-gram models read word 1–3-grams and character 3–5-grams of the role-normalized note, and
        // one feature for which way the participants follow each other in it. A feature must occur in
        // at least 4 training examples (a note and its role-swapped copy are 2).
        Features = new FeatureOptions { HashBits = 19, MinDocumentFrequency = 4, FlowFeature = true },

        // Topic: word and character n-grams weigh alike (each block to half the squared norm).
        TopicCharShare = 0.5,

        // Direction: character n-grams get a quarter of the squared norm, words three quarters.
        DirectionCharShare = 0.25,

        // ML.NET's L-BFGS maximum entropy, no L1 (its default L1 = L2 = 1 zeroes nearly every n-gram),
        // a light L2, fitted to convergence.
        TopicTrainer = new LbfgsOptions { L1 = 0, L2 = 1e-4f },

        // Direction: MUTUAL is the rare class, so classes are balanced; the role-swapped copies count
        // half as much as real notes.
        DirectionTrainer = new LbfgsOptions { L1 = 0, L2 = 1e-4f, BalanceClasses = true },
        AugmentDirection = true,
        AugmentationWeight = 0.5,

        // Topic: the n-gram model's probabilities averaged with those of a model over the note's sentence
        // embedding, the embedding model weighing 0.6 (cross-validation: 0.5 scored 0.883, 0.6 0.887).
        EmbeddingTrainer = new LbfgsOptions { L1 = 0, L2 = 0.1f },
        EmbeddingShare = 0.6,
    };
}
