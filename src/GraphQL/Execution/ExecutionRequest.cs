using MentorGraph.GraphQL.Language.Ast;

namespace MentorGraph.GraphQL.Execution;

/// <summary>One GraphQL request: a document, an optional operation name, variables, and host context.</summary>
public sealed record ExecutionRequest
{
    public required string Query { get; init; }

    public string? OperationName { get; init; }

    /// <summary>Variable values as decoded from JSON: null, bool, string, long, double, decimal,
    /// IReadOnlyList&lt;object?&gt; and IReadOnlyDictionary&lt;string, object?&gt;.</summary>
    public IReadOnlyDictionary<string, object?>? Variables { get; init; }

    public IReadOnlyDictionary<string, object?>? Extensions { get; init; }

    public object? RootValue { get; init; }

    public IServiceProvider? Services { get; init; }

    public IDictionary<string, object?>? UserContext { get; init; }

    /// <summary>The operation types this request may run; GET requests allow only queries.</summary>
    public IReadOnlySet<OperationType>? AllowedOperations { get; init; }
}

/// <summary>Why a request failed before execution began (null when execution ran).</summary>
public enum RequestErrorKind
{
    /// <summary>The document is not valid syntax, or over a parser limit.</summary>
    Parse,

    /// <summary>The document breaks a validation rule (or a depth/cost limit).</summary>
    Validation,

    /// <summary>No operation, or an ambiguous or unknown operation name.</summary>
    OperationResolution,

    /// <summary>The chosen operation's type is not allowed for this request (e.g. a mutation over GET).</summary>
    OperationNotAllowed,

    /// <summary>A variable's value could not be coerced.</summary>
    VariableCoercion,
}

/// <summary>The response of one request, in the spec's shape.</summary>
public sealed record ExecutionResult
{
    /// <summary>The data map, or null. Only meaningful when <see cref="HasData"/> is true.</summary>
    public IReadOnlyDictionary<string, object?>? Data { get; init; }

    /// <summary>True when execution started, so the response carries a "data" entry (possibly null).</summary>
    public bool HasData { get; init; }

    public IReadOnlyList<GraphQLError> Errors { get; init; } = [];

    public IReadOnlyDictionary<string, object?>? Extensions { get; init; }

    /// <summary>Set when the request failed before execution; HTTP maps it to a status code.</summary>
    public RequestErrorKind? RequestError { get; init; }

    public static ExecutionResult ForRequestError(RequestErrorKind kind, IReadOnlyList<GraphQLError> errors) =>
        new() { RequestError = kind, Errors = errors, HasData = false };
}

/// <summary>Runs GraphQL requests against one schema: parse, validate, execute.</summary>
public interface IGraphQLExecutor
{
    Task<ExecutionResult> ExecuteAsync(ExecutionRequest request, CancellationToken cancellationToken = default);
}
