using MentorGraph.GraphQL.Language.Ast;

namespace MentorGraph.GraphQL.Validation.Rules;

/// <summary>Spec 5.6.3 Input Object Field Uniqueness: an input object literal gives each field at most once.</summary>
public sealed class InputObjectFieldUniqueness : ValidationRule
{
    public override void Enter(Node node, ValidationContext context)
    {
        if (node is not ObjectValueNode value || value.Fields.Count < 2)
        {
            return;
        }

        foreach (var group in value.Fields.GroupBy(f => f.Name.Value, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            context.ReportError($"There can be only one input field named \"{group.Key}\".", group.Select(f => (Node)f.Name).ToArray());
        }
    }
}
