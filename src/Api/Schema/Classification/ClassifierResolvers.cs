using MentorGraph.Analytics.Classification;
using MentorGraph.Analytics.DefaultModel;
using MentorGraph.Api.Schema.Errors;
using MentorGraph.GraphQL.Conventions;
using MentorGraph.GraphQL.Execution.Binding;
using MentorGraph.GraphQL.Types;

namespace MentorGraph.Api.Schema.Classification;

/// <summary>Resolvers of the note classifier: <c>Query.classifier</c>, <c>Query.classifyNote</c> and their types.</summary>
internal static class ClassifierResolvers
{
    /// <summary>Classifying a note costs far more than reading a field; the max-cost rule counts it so.</summary>
    public const int ClassifyNoteCost = 10;

    public static SchemaBuilder AddClassifier(this SchemaBuilder builder, ClassifierSource classifier, TimeProvider time) => builder
        .BindEnum<Analytics.ParticipantRole>("ParticipantRole")
        .BindEnum<LearningDirection>("LearningDirection")
        .BindEnum<DefaultModelSource>("ModelSource")
        .BindType<ClassifierModelView>("ClassifierModel")
        .BindType<CrossValidationSummary>("CrossValidationScores")
        .BindType<NoteClassificationView>("NoteClassification")
        .BindType<TopicScoreView>("TopicScore")
        .BindType<EvidenceView>("Evidence")
        .BindPayload("ClassifyNotePayload", typeof(ValidationError))
        .Resolve("Query.classifier", _ => ClassifierModelView.From(classifier.Get()))
        .Resolve<ClassifyNoteInput>("Query.classifyNote", (input, _) => ClassifyNote(classifier, time, input))
        .SetCost("Query.classifyNote", ClassifyNoteCost);

    private static Payload ClassifyNote(ClassifierSource classifier, TimeProvider time, ClassifyNoteInput input)
    {
        var errors = input.Validate();
        if (errors.Count > 0)
        {
            return Payload.Failure(errors);
        }

        var loaded = classifier.Get().Classifier;
        var result = loaded.Classify(input.ToNote(), input.ToOptions());
        return Payload.Success(NoteClassificationView.From(result, time.GetUtcNow(), MentorGraph.Api.Pipeline.BuiltInActiveModel.VersionOf(loaded.Metadata)));
    }
}
