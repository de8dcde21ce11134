using Microsoft.AspNetCore.Http;

namespace MentorGraph.GraphQL.AspNetCore;

/// <summary>
/// A request that could not be read: the HTTP status to answer with, a client-safe message, the error's
/// <c>extensions.code</c> and, for a request over a limit, the name of the <see cref="GraphQLOptions"/>
/// limit (<c>extensions.limit</c>).
/// </summary>
public sealed record HttpRequestProblem(int StatusCode, string Message, string Code = ErrorCodes.BadRequest, string? Limit = null)
{
    /// <summary>A request over the limit named <paramref name="limit"/> (code LIMIT_EXCEEDED).</summary>
    public static HttpRequestProblem LimitExceeded(int statusCode, string message, string limit) =>
        new(statusCode, message, ErrorCodes.LimitExceeded, limit);

    /// <summary>A malformed request (400, code BAD_REQUEST).</summary>
    public static HttpRequestProblem BadRequest(string message) => new(StatusCodes.Status400BadRequest, message);

    /// <summary>The problem as the GraphQL error the response carries.</summary>
    public GraphQLError ToError() => Limit is null
        ? GraphQLError.WithCode(Message, Code)
        : GraphQLError.LimitExceeded(Message, Limit);
}
