using System.Globalization;
using MentorGraph.Analytics;
using MentorGraph.Analytics.Classification;
using MentorGraph.Api.Pipeline;
using MentorGraph.Api.Schema.Common;
using MentorGraph.Api.Schema.Topics;
using MentorGraph.Persistence.Entities;

namespace MentorGraph.Api.Schema.Classification;

/// <summary>The GraphQL type <c>TopicScore</c>.</summary>
public sealed record TopicScoreView(TopicDefinition Topic, double Probability);

/// <summary>The GraphQL type <c>Evidence</c>: exactly one of the two targets is set.</summary>
public sealed record EvidenceView(string Ngram, TopicDefinition? SupportsTopic, LearningDirection? SupportsDirection, double Weight);

/// <summary>The GraphQL type <c>NoteClassification</c>: a model's result or a person's label.</summary>
public sealed record NoteClassificationView(
    TopicDefinition Topic,
    double TopicConfidence,
    IReadOnlyList<TopicScoreView> Topics,
    LearningDirection Direction,
    double DirectionConfidence,
    bool NeedsReview,
    IReadOnlyList<EvidenceView>? Evidence,
    DateTimeOffset ClassifiedAt,
    string? ModelVersion,
    LabelSource Source)
{
    /// <summary>A classifier's answer (<c>classifyNote</c>).</summary>
    public static NoteClassificationView From(NoteClassification result, DateTimeOffset classifiedAt, string? modelVersion) => new(
        TopicResolvers.FromSlug(result.Topic),
        Shortest(result.TopicConfidence),
        result.Topics.Select(t => new TopicScoreView(TopicResolvers.FromSlug(t.Topic), Shortest(t.Probability))).ToList(),
        LearningDirections.FromLabel(result.Direction),
        Shortest(result.DirectionConfidence),
        result.NeedsReview,
        result.Evidence.Select(ToView).ToList(),
        classifiedAt,
        modelVersion,
        LabelSource.Model);

    /// <summary>A stored model result (<c>note_classifications</c>).</summary>
    public static NoteClassificationView From(NoteClassificationResult stored) => new(
        TopicIds.Topic(stored.TopicId),
        Shortest(stored.TopicProbability),
        StoredClassification.ReadTopics(stored.TopicsJson).Select(t => new TopicScoreView(TopicIds.Topic(t.Topic), Shortest(t.Probability))).ToList(),
        DirectionOf(stored.Direction),
        Shortest(stored.DirectionProbability),
        stored.NeedsReview,
        StoredClassification.ReadEvidence(stored.EvidenceJson).Select(ToView).ToList(),
        stored.ClassifiedAt,
        stored.ModelVersion,
        LabelSource.Model);

    /// <summary>A person's label, as the note's effective columns hold it: certain, without evidence or model.</summary>
    public static NoteClassificationView FromPersonLabel(string topicId, NoteDirection direction, DateTimeOffset labelledAt) => new(
        TopicIds.Topic(topicId), 1, [new TopicScoreView(TopicIds.Topic(topicId), 1)], DirectionOf(direction), 1, false, null, labelledAt, null, LabelSource.Person);

    private static LearningDirection DirectionOf(NoteDirection direction) => direction switch
    {
        NoteDirection.Upward => LearningDirection.Upward,
        NoteDirection.Downward => LearningDirection.Downward,
        _ => LearningDirection.Mutual,
    };

    private static EvidenceView ToView(Evidence evidence) =>
        LearningDirections.TryFromLabel(evidence.Supports, out var direction)
            ? new EvidenceView(evidence.Ngram, null, direction, Shortest(evidence.Weight))
            : new EvidenceView(evidence.Ngram, TopicResolvers.FromSlug(evidence.Supports), null, Shortest(evidence.Weight));

    private static EvidenceView ToView(StoredClassification.EvidenceEntry evidence) =>
        LearningDirections.TryFromLabel(evidence.Supports, out var direction)
            ? new EvidenceView(evidence.Ngram, null, direction, Shortest(evidence.Weight))
            : new EvidenceView(evidence.Ngram, TopicIds.Topic(evidence.Supports), null, Shortest(evidence.Weight));

    /// <summary>A float as the double with the same shortest decimal form (0.87f → 0.87, not 0.8700000047683716).</summary>
    private static double Shortest(float value) =>
        double.Parse(value.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
}
