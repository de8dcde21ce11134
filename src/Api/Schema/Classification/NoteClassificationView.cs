using System.Globalization;
using MentorGraph.Analytics;
using MentorGraph.Analytics.Classification;
using MentorGraph.Api.Schema.Topics;

namespace MentorGraph.Api.Schema.Classification;

/// <summary>The GraphQL type <c>TopicScore</c>.</summary>
public sealed record TopicScoreView(TopicDefinition Topic, double Probability);

/// <summary>The GraphQL type <c>Evidence</c>: exactly one of the two targets is set.</summary>
public sealed record EvidenceView(string Ngram, TopicDefinition? SupportsTopic, LearningDirection? SupportsDirection, double Weight);

/// <summary>The GraphQL type <c>NoteClassification</c>.</summary>
public sealed record NoteClassificationView(
    TopicDefinition Topic,
    double TopicConfidence,
    IReadOnlyList<TopicScoreView> Topics,
    LearningDirection Direction,
    double DirectionConfidence,
    bool NeedsReview,
    IReadOnlyList<EvidenceView> Evidence,
    DateTimeOffset ClassifiedAt)
{
    public static NoteClassificationView From(NoteClassification result, DateTimeOffset classifiedAt) => new(
        TopicResolvers.FromSlug(result.Topic),
        Shortest(result.TopicConfidence),
        result.Topics.Select(t => new TopicScoreView(TopicResolvers.FromSlug(t.Topic), Shortest(t.Probability))).ToList(),
        LearningDirections.FromLabel(result.Direction),
        Shortest(result.DirectionConfidence),
        result.NeedsReview,
        result.Evidence.Select(ToView).ToList(),
        classifiedAt);

    private static EvidenceView ToView(Evidence evidence) =>
        LearningDirections.TryFromLabel(evidence.Supports, out var direction)
            ? new EvidenceView(evidence.Ngram, null, direction, Shortest(evidence.Weight))
            : new EvidenceView(evidence.Ngram, TopicResolvers.FromSlug(evidence.Supports), null, Shortest(evidence.Weight));

    /// <summary>A float as the double with the same shortest decimal form (0.87f → 0.87, not 0.8700000047683716).</summary>
    private static double Shortest(float value) =>
        double.Parse(value.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
}
