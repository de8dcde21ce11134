namespace MentorGraph.Persistence.Entities;

/// <summary>
/// A person's label of a note (table <c>note_labels</c>, append-only): training data for the classifier. The
/// note's effective label is set with it (<see cref="SessionNote.LabelSource"/> PERSON).
/// </summary>
public sealed class NoteLabel
{
    public long Id { get; set; }

    public long NoteId { get; set; }

    public SessionNote Note { get; set; } = null!;

    public string TopicId { get; set; } = "";

    public NoteDirection Direction { get; set; }

    /// <summary>The directory's person who labelled it, when the token's email is one.</summary>
    public long? LabelledById { get; set; }

    public string? LabelledByEmail { get; set; }

    /// <summary>SHA-256 of the note's text (UTF-8) as labelled: the note's <c>text_sha256</c> then.</summary>
    public byte[] TextSha256 { get; set; } = [];

    public DateTimeOffset LabelledAt { get; set; }
}
