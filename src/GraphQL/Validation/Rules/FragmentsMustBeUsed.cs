using MentorGraph.GraphQL.Language.Ast;

namespace MentorGraph.GraphQL.Validation.Rules;

/// <summary>Spec 5.5.1.4 Fragments Must Be Used: every fragment is reached from some operation (graphql-js: NoUnusedFragments).</summary>
public sealed class FragmentsMustBeUsed : ValidationRule
{
    public override void Leave(Node node, ValidationContext context)
    {
        if (node is not DocumentNode document)
        {
            return;
        }

        var definitions = document.Definitions;
        HashSet<string>? used = null;
        for (var i = 0; i < definitions.Count; i++)
        {
            if (definitions[i] is not FragmentDefinitionNode fragment)
            {
                continue;
            }

            // The used names are gathered only when the document defines a fragment at all.
            used ??= UsedFragmentNames(definitions, context);
            if (!used.Contains(fragment.Name.Value))
            {
                context.ReportError($"Fragment \"{fragment.Name.Value}\" is never used.", fragment);
            }
        }
    }

    private static HashSet<string> UsedFragmentNames(IReadOnlyList<DefinitionNode> definitions, ValidationContext context)
    {
        var used = context.GetState<State>().Names;
        for (var i = 0; i < definitions.Count; i++)
        {
            if (definitions[i] is OperationDefinitionNode operation)
            {
                foreach (var fragment in context.GetRecursivelyReferencedFragments(operation))
                {
                    used.Add(fragment.Name.Value);
                }
            }
        }

        return used;
    }

    /// <summary>The names of the fragments some operation uses.</summary>
    private sealed class State : ValidationRuleState
    {
        public HashSet<string> Names { get; } = new(StringComparer.Ordinal);

        public override void Clear() => Names.Clear();
    }
}
