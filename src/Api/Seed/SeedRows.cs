using MentorGraph.Persistence.Entities;

namespace MentorGraph.Api.Seed;

// The rows the generator hands to the loader, one record per table, with the ids the generator assigned.
// Times are UTC DateTimes. Every column is set explicitly (no database defaults such as now()), so a run
// is byte-identical to another with the same options.

public sealed record DepartmentRow(long Id, string Name, DateTime CreatedAt);

public sealed record PersonTopicRow(long PersonId, string TopicId);

public sealed record ProgramRow(
    long Id, string Name, string Description, string Goals, DateOnly StartsOn, DateOnly EndsOn, Cadence DefaultCadence, DateTime CreatedAt);

public sealed record StatusChangeRow(long Id, long PairingId, PairingStatus? From, PairingStatus To, long? ByPersonId, DateTime At, string? Reason);

/// <summary>A session; <see cref="Version"/> is 1 while SCHEDULED, 2 once its one status change happened.</summary>
public sealed record SessionRow(
    long Id,
    long PairingId,
    DateTime ScheduledAt,
    DateTime? OccurredAt,
    int DurationMinutes,
    SessionFormat Format,
    SessionStatus Status,
    string? StatusReason,
    int Version,
    DateTime CreatedAt,
    DateTime UpdatedAt);

/// <summary>
/// A session note and the label it was written from (<see cref="Label"/>). Loaded only with <c>--labels</c>: as the
/// note's effective label and as the classification of the model named <c>seed</c> (<see cref="CopyLoader.SeedClassificationsAsync"/>);
/// otherwise the schema's classification columns stay null for the classifier.
/// </summary>
public sealed record NoteRow(long Id, long SessionId, long AuthorId, string Text, NoteVisibility Visibility, DateTime CreatedAt, NoteLabel Label);

/// <summary>What a note was written about: its topic id and the direction the learning went (UPWARD: the junior taught).</summary>
public sealed record NoteLabel(string Topic, NoteDirection Direction);

public sealed record FeedbackRow(long Id, long SessionId, long AuthorId, int Rating, string? Comment, DateTime CreatedAt);

/// <summary>A lesson; its topic, when set, was set by a participant (topic_source PERSON).</summary>
public sealed record LessonRow(
    long Id,
    long PairingId,
    long? SessionId,
    long TeacherId,
    long LearnerId,
    string Title,
    string Detail,
    string? TopicId,
    LearningDirection Direction,
    LessonVisibility Visibility,
    DateTime CreatedAt);
