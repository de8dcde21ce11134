namespace MentorGraph.Analytics.Classification;

/// <summary>What a saved model says about itself: how and from what it was trained, and how well it did.</summary>
public sealed record ModelMetadata
{
    /// <summary>The version of the pipeline (tokenizer, features, ML.NET models); a model of another version is not loaded.</summary>
    public const string CurrentModelVersion = "mentorgraph-note-classifier/5";

    public string ModelVersion { get; init; } = CurrentModelVersion;

    /// <summary>SHA-256 (hex) of the training records in training order; see <see cref="Training.TrainingSetHash"/>.</summary>
    public required string TrainingSetHash { get; init; }

    public required int TrainingNotes { get; init; }

    /// <summary>Direction examples after augmentation.</summary>
    public required int DirectionExamples { get; init; }

    public required IReadOnlyList<string> Topics { get; init; }

    public required IReadOnlyList<string> Directions { get; init; }

    /// <summary>The library that trained the models and runs them, with its version (e.g. <c>ML.NET 6.0.0</c>).</summary>
    public string Framework { get; init; } = "";

    /// <summary>The ML.NET trainer of the models.</summary>
    public string Trainer { get; init; } = "LbfgsMaximumEntropy";

    /// <summary>The sentence encoder whose embeddings the embedding topic model reads (e.g. <c>snowflake-arctic-embed-xs</c>); null without one.</summary>
    public string? EmbeddingModel { get; init; }

    public required ClassifierOptions Options { get; init; }

    public required ModelMetrics Metrics { get; init; }
}

/// <summary>Scores recorded when the model was trained.</summary>
public sealed record ModelMetrics
{
    /// <summary>Topic accuracy on the training notes themselves (an upper bound, not a quality estimate).</summary>
    public required double TrainingTopicAccuracy { get; init; }

    public required double TrainingDirectionAccuracy { get; init; }

    /// <summary>Grouped k-fold cross-validation on the training notes, when it was run.</summary>
    public CrossValidationSummary? CrossValidation { get; init; }
}

/// <summary>Pooled scores of a k-fold cross-validation.</summary>
public sealed record CrossValidationSummary(
    int Folds,
    double TopicAccuracy,
    double TopicMacroF1,
    double DirectionAccuracy,
    double DirectionMacroF1,
    IReadOnlyList<double> TopicMacroF1PerFold,
    IReadOnlyList<double> DirectionAccuracyPerFold);
