using System.Text.Json;
using System.Text.Json.Serialization;
using MentorGraph.Analytics;
using MentorGraph.Analytics.Classification;
using MentorGraph.Api.Schema.Topics;

namespace MentorGraph.Api.Pipeline;

/// <summary>One model result as <c>note_classifications</c> stores it: topic ids and direction names, the lists as JSON.</summary>
public sealed record StoredClassification(
    string TopicId,
    float TopicProbability,
    string TopicsJson,
    string Direction,
    float DirectionProbability,
    bool NeedsReview,
    string EvidenceJson)
{
    private static readonly JsonSerializerOptions Json = new() { DefaultIgnoreCondition = JsonIgnoreCondition.Never };

    /// <summary>The classifier's labels (slugs, <c>upward</c>) as the database's ids (<c>SOCIAL_MEDIA</c>, <c>UPWARD</c>).</summary>
    public static StoredClassification From(NoteClassification result) => new(
        IdOf(result.Topic),
        result.TopicConfidence,
        JsonSerializer.Serialize(result.Topics.Select(t => new TopicEntry(IdOf(t.Topic), t.Probability)), Json),
        DirectionOf(result.Direction),
        result.DirectionConfidence,
        result.NeedsReview,
        JsonSerializer.Serialize(result.Evidence.Select(e => new EvidenceEntry(e.Ngram, SupportOf(e.Supports), e.Weight)), Json));

    public static IReadOnlyList<TopicEntry> ReadTopics(string json) => JsonSerializer.Deserialize<List<TopicEntry>>(json, Json) ?? [];

    public static IReadOnlyList<EvidenceEntry> ReadEvidence(string json) => JsonSerializer.Deserialize<List<EvidenceEntry>>(json, Json) ?? [];

    private static string IdOf(string slug) => TopicResolvers.FromSlug(slug).Name;

    private static string DirectionOf(string label) => label switch
    {
        Taxonomy.Upward => "UPWARD",
        Taxonomy.Downward => "DOWNWARD",
        Taxonomy.Mutual => "MUTUAL",
        _ => throw new InvalidOperationException($"The classifier returned the direction '{label}', which the API does not know."),
    };

    private static string SupportOf(string label) => Taxonomy.Directions.Contains(label) ? DirectionOf(label) : IdOf(label);

    /// <summary>A topic with its probability: <c>{"topic": "SOCIAL_MEDIA", "probability": 0.81}</c>.</summary>
    public sealed record TopicEntry([property: JsonPropertyName("topic")] string Topic, [property: JsonPropertyName("probability")] float Probability);

    /// <summary>An n-gram and what it supports: <c>{"ngram": "reels", "supports": "SOCIAL_MEDIA", "weight": 1.2}</c>.</summary>
    public sealed record EvidenceEntry(
        [property: JsonPropertyName("ngram")] string Ngram,
        [property: JsonPropertyName("supports")] string Supports,
        [property: JsonPropertyName("weight")] float Weight);
}
