using MentorGraph.GraphQL.Conventions;

namespace MentorGraph.Api.Schema.Errors;

/// <summary>
/// The GraphQL type <c>ForbiddenError</c>: the viewer may see the row but not make this change (e.g. a member
/// deactivating someone, an ADMIN writing a note on someone else's session).
/// </summary>
/// <param name="Field">The input field whose value is not the viewer's to set, when one is.</param>
public sealed record ForbiddenError(string? Field, string Message) : PayloadError(ErrorCodes.Forbidden, Message);
