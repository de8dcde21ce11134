using MentorGraph.GraphQL.Execution;
using MentorGraph.GraphQL.Language;
using MentorGraph.GraphQL.Language.Ast;
using MentorGraph.GraphQL.Types;

namespace MentorGraph.GraphQL.Tests.Execution;

internal static class ExecutionTestSupport
{
    public static Task<ExecutionResult> Run(
        Schema schema,
        DocumentNode document,
        object? root = null,
        IReadOnlyDictionary<string, object?>? variables = null,
        ExecutionOptions? options = null,
        string? operationName = null) =>
        DocumentExecutor.ExecuteAsync(
            schema,
            document,
            new ExecutionRequest { Query = string.Empty, RootValue = root, Variables = variables, OperationName = operationName },
            options);

    /// <summary>Parses <paramref name="query"/> and executes it without validation.</summary>
    public static Task<ExecutionResult> Run(
        Schema schema,
        string query,
        object? root = null,
        IReadOnlyDictionary<string, object?>? variables = null,
        ExecutionOptions? options = null,
        string? operationName = null) =>
        Run(schema, Parser.Parse(query), root, variables, options, operationName);

    public static Task<ExecutionResult> Run(Schema schema, params SelectionNode[] selections) =>
        Run(schema, Ast.Document(Ast.Query(selections)));

    /// <summary>The response as compact JSON, the way clients see it.</summary>
    public static string Json(ExecutionResult result) => ResponseJsonWriter.ToJson(result);

    /// <summary>Only the data part of the response as compact JSON.</summary>
    public static string DataJson(ExecutionResult result) =>
        ResponseJsonWriter.ToJson(result with { Errors = [], Extensions = null });

    public static FieldResolver Async(Func<IResolveFieldContext, Task<object?>> resolve) =>
        context => new ValueTask<object?>(resolve(context));
}
