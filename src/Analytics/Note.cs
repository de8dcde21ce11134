namespace MentorGraph.Analytics;

/// <summary>
/// One session note as the classifier sees it: the text, who wrote it, and the two participants' names
/// (either name may be unknown; then only pronouns are mapped to roles).
/// </summary>
public sealed record Note(string Text, ParticipantRole AuthorRole, string? SeniorName, string? JuniorName)
{
    /// <summary>
    /// The note's sentence embedding when it was computed before (a classification returns it, for the
    /// caller to keep with the note): a classifier whose topic model reads embeddings of the same model
    /// uses it instead of encoding the text again.
    /// </summary>
    public Embeddings.NoteEmbedding? Embedding { get; init; }
}

/// <summary>A note with its true labels, for training and evaluation.</summary>
public sealed record LabeledNote(string Id, Note Note, string Topic, string Direction);
