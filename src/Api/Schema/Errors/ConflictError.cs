using MentorGraph.GraphQL.Conventions;

namespace MentorGraph.Api.Schema.Errors;

/// <summary>
/// The GraphQL type <c>ConflictError</c>: the change collides with the stored state. Code <c>VERSION_CONFLICT</c>: the
/// row changed since the client read it (<see cref="Version"/> is the current one: read again, then retry);
/// <c>ALREADY_EXISTS</c>: a uniqueness rule (a duplicate email, a second open pairing of two people in a program),
/// without a version.
/// </summary>
public sealed record ConflictError(string Code, int? Version, string? Field, string Message) : PayloadError(Code, Message)
{
    public static ConflictError Stale(int current) =>
        new(ErrorCodes.VersionConflict, current, "version", $"It was changed since you read it (it is now version {current}); read it again and retry.");
}
