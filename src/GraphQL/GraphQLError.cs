namespace MentorGraph.GraphQL;

/// <summary>A 1-based line and column in a GraphQL document.</summary>
public readonly record struct ErrorLocation(int Line, int Column);

/// <summary>
/// An error as the spec's response format has it: message, locations, path, extensions.
/// <c>extensions.code</c> always holds one of <see cref="ErrorCodes"/> or a resolver's own code.
/// </summary>
public sealed record GraphQLError(
    string Message,
    IReadOnlyList<ErrorLocation>? Locations = null,
    IReadOnlyList<object>? Path = null,
    IReadOnlyDictionary<string, object?>? Extensions = null)
{
    /// <summary>The error's <c>extensions.code</c>, if any.</summary>
    public string? Code => Extensions is not null && Extensions.TryGetValue("code", out var code) ? code as string : null;

    public static GraphQLError WithCode(string message, string code, IReadOnlyList<ErrorLocation>? locations = null, IReadOnlyList<object>? path = null) =>
        new(message, locations, path, new Dictionary<string, object?> { ["code"] = code });

    /// <summary>
    /// A request over one of the engine's limits: <c>extensions.code</c> is <see cref="ErrorCodes.LimitExceeded"/>
    /// and <c>extensions.limit</c> names the <see cref="GraphQLOptions"/> property, so a client (or the operator
    /// reading its report) knows which setting was hit rather than guessing from a syntax or JSON error.
    /// </summary>
    public static GraphQLError LimitExceeded(string message, string limit, IReadOnlyList<ErrorLocation>? locations = null) =>
        WithLimit(message, ErrorCodes.LimitExceeded, limit, locations);

    /// <summary>An error with <c>extensions.code</c> and <c>extensions.limit</c> (the <see cref="GraphQLOptions"/> property it is about).</summary>
    public static GraphQLError WithLimit(string message, string code, string limit, IReadOnlyList<ErrorLocation>? locations = null) =>
        new(message, locations, null, new Dictionary<string, object?> { ["code"] = code, ["limit"] = limit });
}

/// <summary>An exception that carries a client-safe <see cref="GraphQLError"/>; its message reaches the client.</summary>
public class GraphQLException : Exception
{
    public GraphQLException(GraphQLError error)
        : base(error.Message)
    {
        Error = error;
    }

    public GraphQLException(string message, string code)
        : this(GraphQLError.WithCode(message, code))
    {
    }

    public GraphQLError Error { get; }
}

/// <summary>The codes this engine puts in <c>extensions.code</c>.</summary>
public static class ErrorCodes
{
    /// <summary>The document is not valid GraphQL syntax.</summary>
    public const string ParseFailed = "GRAPHQL_PARSE_FAILED";

    /// <summary>The document breaks a validation rule of the spec, or a depth/cost limit.</summary>
    public const string ValidationFailed = "GRAPHQL_VALIDATION_FAILED";

    /// <summary>A variable or argument value could not be coerced to its type.</summary>
    public const string BadUserInput = "BAD_USER_INPUT";

    /// <summary>The operation to run could not be chosen (none, or several without operationName).</summary>
    public const string OperationResolutionFailure = "OPERATION_RESOLUTION_FAILURE";

    /// <summary>A resolver failed in a way it did not describe; details are only logged.</summary>
    public const string InternalServerError = "INTERNAL_SERVER_ERROR";

    /// <summary>A non-null field resolved to null, or a value could not be serialized to its type.</summary>
    public const string ResultCoercionFailed = "RESULT_COERCION_FAILED";

    /// <summary>The HTTP request itself is malformed (GraphQL over HTTP).</summary>
    public const string BadRequest = "BAD_REQUEST";

    /// <summary>
    /// The request is over one of the engine's limits (document length, tokens, parser nesting, request
    /// size, JSON nesting); <c>extensions.limit</c> names the <see cref="GraphQLOptions"/> property. The
    /// validation limits (MaxQueryDepth, MaxQueryCost) stay validation errors and name theirs the same way.
    /// </summary>
    public const string LimitExceeded = "LIMIT_EXCEEDED";

    /// <summary>The request was cancelled or timed out.</summary>
    public const string Cancelled = "CANCELLED";
}
