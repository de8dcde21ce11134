using MentorGraph.GraphQL.Execution.Values;
using MentorGraph.GraphQL.Language.Ast;
using MentorGraph.GraphQL.Types;
using MentorGraph.GraphQL.Validation.Cost;

namespace MentorGraph.GraphQL.Execution;

/// <summary>
/// ExecuteRequest (spec 6.1) for a document that is already parsed and validated: operation selection,
/// the request's allowed operation types, variable coercion, the cost checks left to the request, then execution.
/// </summary>
public static class DocumentExecutor
{
    public static Task<ExecutionResult> ExecuteAsync(
        Schema schema,
        DocumentNode document,
        ExecutionRequest request,
        ExecutionOptions? options = null,
        CancellationToken cancellationToken = default) =>
        ExecuteAsync(schema, document, request, options, null, cancellationToken);

    /// <summary>
    /// As <see cref="ExecuteAsync(Schema, DocumentNode, ExecutionRequest, ExecutionOptions?, CancellationToken)"/>, and
    /// after variable coercion the cost checks validation left to the request (<paramref name="costChecks"/>): over
    /// the limit, the request fails as validation would have, before anything runs.
    /// </summary>
    public static Task<ExecutionResult> ExecuteAsync(
        Schema schema,
        DocumentNode document,
        ExecutionRequest request,
        ExecutionOptions? options,
        RequestCostChecks? costChecks,
        CancellationToken cancellationToken = default)
    {
        options ??= new ExecutionOptions();

        // Run without the caller's synchronization context: resolvers' continuations then run where
        // their awaited work completes, which keeps DataLoader batching deterministic.
        return SynchronizationContext.Current is null
            ? ExecuteCoreAsync(schema, document, request, options, costChecks, cancellationToken)
            : Task.Run(() => ExecuteCoreAsync(schema, document, request, options, costChecks, cancellationToken), cancellationToken);
    }

    private static async Task<ExecutionResult> ExecuteCoreAsync(
        Schema schema,
        DocumentNode document,
        ExecutionRequest request,
        ExecutionOptions options,
        RequestCostChecks? costChecks,
        CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        OperationDefinitionNode operation;
        try
        {
            operation = OperationSelection.GetOperation(document, request.OperationName);
        }
        catch (GraphQLException exception)
        {
            return ExecutionResult.ForRequestError(RequestErrorKind.OperationResolution, [exception.Error]);
        }

        var kind = operation.Operation;
        var name = kind switch
        {
            OperationType.Query => "query",
            OperationType.Mutation => "mutation",
            _ => "subscription",
        };
        if (request.AllowedOperations is { } allowed && !allowed.Contains(kind))
        {
            return ExecutionResult.ForRequestError(RequestErrorKind.OperationNotAllowed, [
                GraphQLError.WithCode($"Can only perform a {name} operation from a POST request.", ErrorCodes.BadRequest, ErrorLocations.Of(operation)),
            ]);
        }

        if (kind == OperationType.Subscription)
        {
            return ExecutionResult.ForRequestError(RequestErrorKind.OperationResolution, [
                GraphQLError.WithCode(
                    "Subscription operations are not supported over this transport; send a query or a mutation.",
                    ErrorCodes.BadRequest,
                    ErrorLocations.Of(operation)),
            ]);
        }

        var rootType = schema.GetRootType(kind);
        if (rootType is null)
        {
            return ExecutionResult.ForRequestError(RequestErrorKind.OperationResolution, [
                GraphQLError.WithCode($"Schema is not configured to execute {name} operation.", ErrorCodes.OperationResolutionFailure, ErrorLocations.Of(operation)),
            ]);
        }

        var variables = VariableValues.Coerce(schema, operation, request.Variables);
        if (!variables.IsValid)
        {
            return ExecutionResult.ForRequestError(RequestErrorKind.VariableCoercion, variables.Errors);
        }

        if (costChecks?.Check(operation, variables.Values) is { } costErrors)
        {
            return ExecutionResult.ForRequestError(RequestErrorKind.Validation, costErrors);
        }

        var context = new OperationContext(schema, document, operation, variables.Values, request, options, cancellationToken);
        return await new OperationExecutor(context).ExecuteAsync(rootType).ConfigureAwait(false);
    }
}
