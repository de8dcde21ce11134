using MentorGraph.GraphQL.Conventions;

namespace MentorGraph.Api.Schema.Errors;

/// <summary>The GraphQL type <c>InvalidTransitionError</c>: the status cannot take this step from where it is.</summary>
/// <param name="From">The current status, e.g. <c>COMPLETED</c>.</param>
/// <param name="To">The status the mutation leads to, e.g. <c>ACTIVE</c>.</param>
public sealed record InvalidTransitionError(string? From, string? To, string Message) : PayloadError(ErrorCodes.InvalidTransition, Message);
