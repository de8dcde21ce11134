using MentorGraph.GraphQL.Conventions;

namespace MentorGraph.Api.Schema.Errors;

/// <summary>
/// The GraphQL type <c>NotFoundError</c>: an id named nothing the viewer may see. A row the viewer may not read
/// is "not found" too, so an id never tells whether someone else's pairing exists.
/// </summary>
/// <param name="Field">The input field that held the id, e.g. <c>pairingId</c>.</param>
/// <param name="Id">The id as given.</param>
public sealed record NotFoundError(string? Field, string? Id, string Message) : PayloadError(ErrorCodes.NotFound, Message);
