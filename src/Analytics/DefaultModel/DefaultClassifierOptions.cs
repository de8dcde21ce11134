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
        // Both n-gram models read word 1–3-grams and character 3–5-grams of the role-normalized note, one
        // feature for which way the participants follow each other in it, and the teaching-clause features
        // (who taught in which clause; direction in cross-validation 0.954 → 0.961). A feature must occur in
        // at least 4 training examples (a note and its role-swapped copy are 2).
        Features = new FeatureOptions { HashBits = 19, MinDocumentFrequency = 4, FlowFeature = true, TeachingClauses = true },

        // Topic: character n-grams get a tenth of the squared norm, words the rest. With the embedding
        // model beside it the n-gram model does best leaning on words (cross-validation: 0.5 → 0.890,
        // 0.3 → 0.897, 0.2 → 0.905, 0.1 → 0.907, 0.05 → 0.908, 0 → 0.906); the embedding covers the
        // spelling variants the character n-grams were for.
        TopicCharShare = 0.1,

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

        // Topic: the n-gram model's probabilities and those of a model over the note's sentence embedding,
        // combined as a geometric mean with equal weights (cross-validation with char share 0.1: 0.907,
        // against 0.900 for the arithmetic mean of the same two models).
        EmbeddingTrainer = new LbfgsOptions { L1 = 0, L2 = 0.1f },
        EmbeddingShare = 0.5,
        TopicMixing = ProbabilityMixing.Geometric,
    };
}
