using MentorGraph.Persistence.Entities;

namespace MentorGraph.Api.Schema.Sessions;

/// <summary>The GraphQL input <c>ScheduleSessionInput</c>.</summary>
public sealed record ScheduleSessionInput(string PairingId, DateTimeOffset ScheduledAt, int DurationMinutes, SessionFormat Format);

/// <summary>The GraphQL input <c>CompleteSessionInput</c>.</summary>
public sealed record CompleteSessionInput(string SessionId, int Version, DateTimeOffset OccurredAt, int? DurationMinutes);

/// <summary>The GraphQL inputs <c>CancelSessionInput</c> and <c>MarkSessionMissedInput</c>: one shape.</summary>
public sealed record CloseSessionInput(string SessionId, int Version, string? Reason);
