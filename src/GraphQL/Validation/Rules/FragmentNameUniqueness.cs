using MentorGraph.GraphQL.Language.Ast;

namespace MentorGraph.GraphQL.Validation.Rules;

/// <summary>Spec 5.5.1.1 Fragment Name Uniqueness: each fragment definition's name is unique in the document.</summary>
public sealed class FragmentNameUniqueness : ValidationRule
{
    public override void Enter(Node node, ValidationContext context)
    {
        if (node is not FragmentDefinitionNode fragment)
        {
            return;
        }

        var name = fragment.Name;
        var seen = context.GetState<State>().Names;
        if (seen.TryGetValue(name.Value, out var first))
        {
            context.ReportError($"There can be only one fragment named \"{name.Value}\".", first, name);
        }
        else
        {
            seen.Add(name);
        }
    }

    /// <summary>The first fragment definition of each name (its own state, apart from operation names).</summary>
    private sealed class State : ValidationRuleState
    {
        public FirstNames Names { get; } = new();

        public override void Clear() => Names.Clear();
    }
}
