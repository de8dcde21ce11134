using MentorGraph.GraphQL.Language.Ast;

namespace MentorGraph.GraphQL.Validation.Rules;

/// <summary>Spec 5.8.1 Variable Uniqueness: an operation defines each variable once.</summary>
public sealed class VariableUniqueness : ValidationRule
{
    public override void Enter(Node node, ValidationContext context)
    {
        if (node is not OperationDefinitionNode operation || operation.VariableDefinitions.Count < 2)
        {
            return;
        }

        foreach (var group in operation.VariableDefinitions.GroupBy(v => v.Variable.Name.Value, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            context.ReportError($"There can be only one variable named \"${group.Key}\".", group.Select(v => (Node)v.Variable.Name).ToArray());
        }
    }
}
