using MentorGraph.GraphQL.Language.Ast;

namespace MentorGraph.GraphQL.Validation.Rules;

/// <summary>
/// Spec 5.8.3 All Variable Uses Defined: every variable an operation uses, in itself or in any fragment
/// it reaches, is defined by that operation (graphql-js: NoUndefinedVariables).
/// </summary>
public sealed class AllVariableUsesDefined : ValidationRule
{
    public override void Leave(Node node, ValidationContext context)
    {
        if (node is not OperationDefinitionNode operation)
        {
            return;
        }

        foreach (var usage in context.GetRecursiveVariableUsages(operation))
        {
            var name = usage.Node.Name.Value;
            if (VariableDefinitions.Find(operation, name) is null)
            {
                var message = operation.Name is null
                    ? $"Variable \"${name}\" is not defined."
                    : $"Variable \"${name}\" is not defined by operation \"{operation.Name.Value}\".";
                context.ReportError(message, usage.Node, operation);
            }
        }
    }
}
