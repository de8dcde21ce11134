using MentorGraph.Analytics.Embeddings;

namespace MentorGraph.Analytics.Classification;

/// <summary>A topic and its probability.</summary>
public sealed record TopicProbability(string Topic, float Probability);

/// <summary>An n-gram of the (role-normalized) note that pushed the prediction towards <see cref="Supports"/>.</summary>
public sealed record Evidence(string Ngram, string Supports, float Weight);

/// <summary>What the classifier says about one note.</summary>
public sealed record NoteClassification(
    string Topic,
    float TopicConfidence,
    IReadOnlyList<TopicProbability> Topics,
    string Direction,
    float DirectionConfidence,
    bool NeedsReview,
    IReadOnlyList<Evidence> Evidence,
    IReadOnlyList<float> TopicProbabilities,
    IReadOnlyList<float> DirectionProbabilities)
{
    /// <summary>The note's sentence embedding the topic was read from (null when the classifier reads none):
    /// keep it with the note and pass it back in <see cref="Note.Embedding"/>, and the note is never encoded again.</summary>
    public NoteEmbedding? Embedding { get; init; }
}
