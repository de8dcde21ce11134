using MentorGraph.Analytics.Classification;
using MentorGraph.Api.Pipeline;

namespace MentorGraph.Api.Schema.Classification;

/// <summary>The GraphQL type <c>ClassifierModel</c>: the active model as this process holds it.</summary>
public sealed record ClassifierModelView(
    string Version,
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
    ModelOrigin Source,
    DateTimeOffset LoadedAt)
{
    public static ClassifierModelView From(ActiveModel active)
    {
        var metadata = active.Classifier.Metadata;
        return new ClassifierModelView(
            active.Version,
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
            active.Origin,
            active.LoadedAt);
    }
}
