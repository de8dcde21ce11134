using MentorGraph.Persistence.Entities;

namespace MentorGraph.Api.Schema.Notes;

/// <summary>The GraphQL input <c>WriteSessionNoteInput</c>.</summary>
public sealed record WriteSessionNoteInput(string SessionId, string Text, NoteVisibility Visibility, int? Version);

/// <summary>The GraphQL input <c>DeleteSessionNoteInput</c>.</summary>
public sealed record DeleteSessionNoteInput(string NoteId, int Version);
