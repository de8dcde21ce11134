using MentorGraph.Analytics;
using MentorGraph.GraphQL.Execution.Binding;
using MentorGraph.Persistence.Entities;

namespace MentorGraph.Api.Schema.Lessons;

/// <summary>The GraphQL input <c>RecordLessonInput</c>.</summary>
public sealed record RecordLessonInput(
    string PairingId, string? SessionId, string TeacherId, string Title, string Detail, TopicDefinition? Topic, LessonVisibility Visibility);

/// <summary>The GraphQL input <c>UpdateLessonInput</c>: an absent field is left as it is, an explicit null topic clears it.</summary>
public sealed record UpdateLessonInput(
    string LessonId,
    int Version,
    Optional<string?> TeacherId,
    Optional<string?> Title,
    Optional<string?> Detail,
    Optional<TopicDefinition?> Topic,
    Optional<LessonVisibility?> Visibility);

/// <summary>The GraphQL input <c>DeleteLessonInput</c>.</summary>
public sealed record DeleteLessonInput(string LessonId, int Version);
