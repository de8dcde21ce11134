using MentorGraph.GraphQL.Language.Ast;

namespace MentorGraph.GraphQL.Validation.Rules;

/// <summary>
/// Spec 5.8.4 All Variables Used: every variable an operation defines is used by it or by a fragment
/// it reaches (graphql-js: NoUnusedVariables).
/// </summary>
public sealed class AllVariablesUsed : ValidationRule
{
    public override void Leave(Node node, ValidationContext context)
    {
        if (node is not OperationDefinitionNode operation || operation.VariableDefinitions.Count == 0)
        {
            return;
        }

        var used = context.GetRecursiveVariableUsages(operation).Select(u => u.Node.Name.Value).ToHashSet(StringComparer.Ordinal);
        foreach (var definition in operation.VariableDefinitions)
        {
            var name = definition.Variable.Name.Value;
            if (!used.Contains(name))
            {
                var message = operation.Name is null
                    ? $"Variable \"${name}\" is never used."
                    : $"Variable \"${name}\" is never used in operation \"{operation.Name.Value}\".";
                context.ReportError(message, definition);
            }
        }
    }
}
