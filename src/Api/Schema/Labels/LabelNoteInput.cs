using MentorGraph.Analytics;
using MentorGraph.Api.Schema.Classification;

namespace MentorGraph.Api.Schema.Labels;

/// <summary>The GraphQL input <c>LabelNoteInput</c>.</summary>
public sealed record LabelNoteInput(string NoteId, TopicDefinition Topic, LearningDirection Direction);
