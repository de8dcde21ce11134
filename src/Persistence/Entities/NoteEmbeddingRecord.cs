namespace MentorGraph.Persistence.Entities;

/// <summary>
/// A note's sentence embedding by one encoder (table <c>note_embeddings</c>), for the text with
/// <see cref="TextSha256"/>: re-classification and retraining read it instead of encoding the note again.
/// </summary>
public sealed class NoteEmbeddingRecord
{
    public long NoteId { get; set; }

    /// <summary>The sentence encoder's name, e.g. <c>snowflake-arctic-embed-xs</c>.</summary>
    public string Encoder { get; set; } = "";

    public byte[] TextSha256 { get; set; } = [];

    /// <summary>The vector as little-endian float32s.</summary>
    public byte[] Vector { get; set; } = [];
}
