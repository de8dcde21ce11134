namespace MentorGraph.Analytics.Embeddings;

/// <summary>A note's sentence embedding and the encoder model that computed it (unit length).</summary>
public sealed record NoteEmbedding(string Model, float[] Vector);
