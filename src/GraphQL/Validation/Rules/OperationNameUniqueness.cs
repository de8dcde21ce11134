using MentorGraph.GraphQL.Language.Ast;

namespace MentorGraph.GraphQL.Validation.Rules;

/// <summary>Spec 5.2.1.1 Operation Name Uniqueness: each named operation's name is unique in the document.</summary>
public sealed class OperationNameUniqueness : ValidationRule
{
    private readonly Dictionary<string, NameNode> _seen = new(StringComparer.Ordinal);

    public override void Enter(Node node, ValidationContext context)
    {
        if (node is OperationDefinitionNode { Name: { } name })
        {
            if (_seen.TryGetValue(name.Value, out var first))
            {
                context.ReportError($"There can be only one operation named \"{name.Value}\".", first, name);
            }
            else
            {
                _seen[name.Value] = name;
            }
        }
    }
}
