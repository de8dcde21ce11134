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

        var usages = context.GetRecursiveVariableUsages(operation);
        foreach (var definition in operation.VariableDefinitions)
        {
            var name = definition.Variable.Name.Value;
            if (!IsUsed(usages, name))
            {
                var message = operation.Name is null
                    ? $"Variable \"${name}\" is never used."
                    : $"Variable \"${name}\" is never used in operation \"{operation.Name.Value}\".";
                context.ReportError(message, definition);
            }
        }
    }

    private static bool IsUsed(IReadOnlyList<VariableUsage> usages, string name)
    {
        for (var i = 0; i < usages.Count; i++)
        {
            if (usages[i].Node.Name.Value == name)
            {
                return true;
            }
        }

        return false;
    }
}
