using MentorGraph.Analytics;

namespace MentorGraph.Api.Pipeline;

/// <summary>A claimed note as the classifier needs it, with the sentence embedding stored for its current text, if any.</summary>
public sealed record PendingNote(
    long NoteId,
    long SessionId,
    string Text,
    byte[] TextSha256,
    ParticipantRole AuthorRole,
    string? SeniorName,
    string? JuniorName,
    float[]? StoredEmbedding);
