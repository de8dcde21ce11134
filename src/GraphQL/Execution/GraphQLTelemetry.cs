using System.Diagnostics;
using MentorGraph.GraphQL.Language.Ast;

namespace MentorGraph.GraphQL.Execution;

/// <summary>
/// The engine's traces: one span per request, named after its operation as OpenTelemetry's GraphQL
/// conventions name it (<c>query ProgramOverview</c>), with the tags <c>graphql.operation.type</c> and
/// <c>graphql.operation.name</c>. The host decides whether anything listens (an <see cref="ActivitySource"/>
/// costs nothing without a listener); the engine references no telemetry package.
/// </summary>
public static class GraphQLTelemetry
{
    public const string SourceName = "MentorGraph.GraphQL";

    internal static readonly ActivitySource Source = new(SourceName);

    /// <summary>Names the span after the operation the request runs, once the document is known.</summary>
    internal static void Describe(Activity activity, DocumentNode document, string? operationName)
    {
        OperationDefinitionNode? operation = null;
        foreach (var definition in document.Definitions)
        {
            if (definition is OperationDefinitionNode candidate
                && (string.IsNullOrEmpty(operationName) || candidate.Name?.Value == operationName))
            {
                operation = candidate;
                break;
            }
        }

        if (operation is null)
        {
            return;
        }

        var type = operation.Operation switch
        {
            OperationType.Mutation => "mutation",
            OperationType.Subscription => "subscription",
            _ => "query",
        };
        var name = operation.Name?.Value;
        activity.DisplayName = name is null ? type : $"{type} {name}";
        activity.SetTag("graphql.operation.type", type);
        if (name is not null)
        {
            activity.SetTag("graphql.operation.name", name);
        }
    }
}
