using MentorGraph.Analytics.Classification;
using MentorGraph.Analytics.DefaultModel;

namespace MentorGraph.Api.Schema.Classification;

/// <summary>The GraphQL type <c>ClassifierModel</c>.</summary>
public sealed record ClassifierModelView(
    string ModelVersion,
    string Framework,
    string Trainer,
    string? EmbeddingModel,
    double EmbeddingShare,
    string TrainingSetHash,
    int TrainingNotes,
    double TrainingTopicAccuracy,
    double TrainingDirectionAccuracy,
    CrossValidationSummary? CrossValidation,
    DefaultModelSource Source,
    DateTimeOffset LoadedAt)
{
    public static ClassifierModelView From(LoadedClassifier loaded)
    {
        var metadata = loaded.Classifier.Metadata;
        return new ClassifierModelView(
            metadata.ModelVersion,
            metadata.Framework,
            metadata.Trainer,
            metadata.EmbeddingModel,
            metadata.EmbeddingModel is null ? 0 : metadata.Options.EmbeddingShare,
            metadata.TrainingSetHash,
            metadata.TrainingNotes,
            metadata.Metrics.TrainingTopicAccuracy,
            metadata.Metrics.TrainingDirectionAccuracy,
            metadata.Metrics.CrossValidation,
            loaded.Source,
            loaded.LoadedAt);
    }
}
