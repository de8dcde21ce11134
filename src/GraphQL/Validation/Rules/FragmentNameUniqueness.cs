using MentorGraph.GraphQL.Language.Ast;

namespace MentorGraph.GraphQL.Validation.Rules;

/// <summary>Spec 5.5.1.1 Fragment Name Uniqueness: each fragment definition's name is unique in the document.</summary>
public sealed class FragmentNameUniqueness : ValidationRule
{
    private readonly Dictionary<string, NameNode> _seen = new(StringComparer.Ordinal);

    public override void Enter(Node node, ValidationContext context)
    {
        if (node is not FragmentDefinitionNode fragment)
        {
            return;
        }

        var name = fragment.Name;
        if (_seen.TryGetValue(name.Value, out var first))
        {
            context.ReportError($"There can be only one fragment named \"{name.Value}\".", first, name);
        }
        else
        {
            _seen[name.Value] = name;
        }
    }
}
