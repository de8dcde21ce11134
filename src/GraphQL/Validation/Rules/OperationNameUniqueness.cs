using MentorGraph.GraphQL.Language.Ast;

namespace MentorGraph.GraphQL.Validation.Rules;

/// <summary>Spec 5.2.1.1 Operation Name Uniqueness: each named operation's name is unique in the document.</summary>
public sealed class OperationNameUniqueness : ValidationRule
{
    public override void Enter(Node node, ValidationContext context)
    {
        if (node is OperationDefinitionNode { Name: { } name })
        {
            var seen = context.GetState<State>().Names;
            if (seen.TryGetValue(name.Value, out var first))
            {
                context.ReportError($"There can be only one operation named \"{name.Value}\".", first, name);
            }
            else
            {
                seen.Add(name);
            }
        }
    }

    /// <summary>The first operation definition of each name.</summary>
    private sealed class State : ValidationRuleState
    {
        public FirstNames Names { get; } = new();

        public override void Clear() => Names.Clear();
    }
}
