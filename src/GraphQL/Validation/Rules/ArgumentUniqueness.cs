using MentorGraph.GraphQL.Language.Ast;

namespace MentorGraph.GraphQL.Validation.Rules;

/// <summary>Spec 5.4.2 Argument Uniqueness: a field or directive gets each argument at most once.</summary>
public sealed class ArgumentUniqueness : ValidationRule
{
    public override void Enter(Node node, ValidationContext context)
    {
        var arguments = node switch
        {
            FieldNode field => field.Arguments,
            DirectiveNode directive => directive.Arguments,
            _ => null,
        };
        if (arguments is null || arguments.Count < 2)
        {
            return;
        }

        foreach (var group in arguments.GroupBy(a => a.Name.Value, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            context.ReportError($"There can be only one argument named \"{group.Key}\".", group.Select(a => (Node)a.Name).ToArray());
        }
    }
}
