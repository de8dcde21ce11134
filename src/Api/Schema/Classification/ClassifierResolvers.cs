using MentorGraph.Analytics.Classification;
using MentorGraph.Api.Pipeline;
using MentorGraph.Api.Schema.Errors;
using MentorGraph.GraphQL.Conventions;
using MentorGraph.GraphQL.Execution.Binding;
using MentorGraph.GraphQL.Types;

namespace MentorGraph.Api.Schema.Classification;

/// <summary>
/// Resolvers of the note classifier: <c>Query.classifier</c>, <c>Query.classifyNote</c> and their types. Both answer
/// with the ACTIVE model — the request's <see cref="IActiveModelSource"/> (in <c>serve</c> the database's, which follows
/// <c>retrainClassifier</c>'s activations) — and name its version, so what <c>classifyNote</c> says is what the
/// pipeline stores for a note of the same text. Without request services (tools, schema tests) the built-in model answers.
/// </summary>
internal static class ClassifierResolvers
{
    /// <summary>Classifying a note costs far more than reading a field; the max-cost rule counts it so.</summary>
    public const int ClassifyNoteCost = 10;

    public static SchemaBuilder AddClassifier(this SchemaBuilder builder, ClassifierSource classifier, TimeProvider time) => builder
        .BindEnum<Analytics.ParticipantRole>("ParticipantRole")
        .BindEnum<LearningDirection>("LearningDirection")
        .BindEnum<ModelOrigin>("ModelSource")
        .BindType<ClassifierModelView>("ClassifierModel")
        .BindType<CrossValidationSummary>("CrossValidationScores")
        .BindType<NoteClassificationView>("NoteClassification")
        .BindType<TopicScoreView>("TopicScore")
        .BindType<EvidenceView>("Evidence")
        .BindPayload("ClassifyNotePayload", typeof(ValidationError))
        .Resolve("Query.classifier", context => ClassifierModelView.From(Active(context, classifier)))
        .Resolve<ClassifyNoteInput>("Query.classifyNote", (input, context) => ClassifyNote(Active(context, classifier), time, input))
        .SetCost("Query.classifyNote", ClassifyNoteCost);

    /// <summary>The active model of the request's services; the built-in one where none is registered.</summary>
    private static ActiveModel Active(GraphQL.Execution.IResolveFieldContext context, ClassifierSource builtin) =>
        (context.Services?.GetService<IActiveModelSource>() ?? new BuiltInActiveModel(builtin)).Get();

    private static Payload ClassifyNote(ActiveModel model, TimeProvider time, ClassifyNoteInput input)
    {
        var errors = input.Validate();
        if (errors.Count > 0)
        {
            return Payload.Failure(errors);
        }

        var result = model.Classifier.Classify(input.ToNote(), input.ToOptions());
        return Payload.Success(NoteClassificationView.From(result, time.GetUtcNow(), model.Version));
    }
}
