using MentorGraph.Analytics.Classification;
using MentorGraph.Analytics.DefaultModel;
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
        .BindEnum<InputErrorCode>("InputErrorCode")
        .BindType<ClassifierModelView>("ClassifierModel")
        .BindType<CrossValidationSummary>("CrossValidationScores")
        .BindType<ClassifyNotePayload>("ClassifyNotePayload")
        .BindType<NoteClassificationView>("NoteClassification")
        .BindType<TopicScoreView>("TopicScore")
        .BindType<EvidenceView>("Evidence")
        .BindType<InputError>("InputError")
        .Resolve("Query.classifier", _ => ClassifierModelView.From(classifier.Get()))
        .Resolve("Query.classifyNote", context => ClassifyNote(classifier, time, (IReadOnlyDictionary<string, object?>)context.Arguments["input"]!))
        .SetCost("Query.classifyNote", ClassifyNoteCost);

    private static ClassifyNotePayload ClassifyNote(ClassifierSource classifier, TimeProvider time, IReadOnlyDictionary<string, object?> argument)
    {
        var (input, errors) = ClassifyNoteInput.Read(argument);
        if (input is null)
        {
            return new ClassifyNotePayload(null, errors);
        }

        var result = classifier.Get().Classifier.Classify(input.Note, input.Options);
        return new ClassifyNotePayload(NoteClassificationView.From(result, time.GetUtcNow()), []);
    }
}
