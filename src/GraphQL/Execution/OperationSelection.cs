using MentorGraph.GraphQL.Language.Ast;

namespace MentorGraph.GraphQL.Execution;

/// <summary>GetOperation (spec 6.1): the operation a request runs.</summary>
public static class OperationSelection
{
    /// <summary>
    /// The operation named <paramref name="operationName"/>, or the only operation when no name is given.
    /// Throws <see cref="GraphQLException"/> (OPERATION_RESOLUTION_FAILURE) when there is none, the name is
    /// unknown, or several operations exist and no name was given.
    /// </summary>
    public static OperationDefinitionNode GetOperation(DocumentNode document, string? operationName)
    {
        OperationDefinitionNode? found = null;
        var count = 0;
        foreach (var definition in document.Definitions)
        {
            if (definition is not OperationDefinitionNode operation)
            {
                continue;
            }

            count++;
            if (string.IsNullOrEmpty(operationName))
            {
                found ??= operation;
            }
            else if (operation.Name?.Value == operationName)
            {
                found ??= operation;
            }
        }

        if (string.IsNullOrEmpty(operationName))
        {
            if (count == 0)
            {
                throw Error("Must provide an operation.");
            }

            if (count > 1)
            {
                throw Error("Must provide operation name if query contains multiple operations.");
            }

            return found!;
        }

        return found ?? throw Error($"Unknown operation named \"{operationName}\".");
    }

    private static GraphQLException Error(string message) => new(message, ErrorCodes.OperationResolutionFailure);
}
