using MentorGraph.GraphQL.Language.Ast;

namespace MentorGraph.GraphQL.Validation.Rules.Custom;

/// <summary>
/// The engine's depth limit (not a spec rule): an operation's deepest field nesting, through fragments,
/// may not exceed <see cref="GraphQLOptions.MaxQueryDepth"/> (root fields are depth 1; 0 turns the
/// rule off). Guards the server against deeply nested queries. Each fragment's depth is computed once
/// per document, so the work is linear in the document's size however often fragments are spread.
/// </summary>
public sealed class MaxDepth : ValidationRule
{
    public override void Enter(Node node, ValidationContext context)
    {
        var limit = context.Options.MaxQueryDepth;
        if (node is not OperationDefinitionNode operation || limit <= 0)
        {
            return;
        }

        var depth = Depth(operation.SelectionSet, context);
        if (depth > limit)
        {
            var subject = operation.Name is null ? "The anonymous operation" : $"Operation \"{operation.Name.Value}\"";
            context.ReportLimitError(
                $"{subject} is nested deeper than the maximum depth of {limit} ({nameof(GraphQLOptions.MaxQueryDepth)}).",
                nameof(GraphQLOptions.MaxQueryDepth),
                operation);
        }
    }

    /// <summary>The field depth below a selection set.</summary>
    private static int Depth(SelectionSetNode selectionSet, ValidationContext context)
    {
        var deepest = 0;
        foreach (var selection in selectionSet.Selections)
        {
            var depth = selection switch
            {
                FieldNode { SelectionSet: null } => 1,
                FieldNode field => 1 + Depth(field.SelectionSet, context),
                InlineFragmentNode inline => Depth(inline.SelectionSet, context),
                FragmentSpreadNode spread => FragmentDepth(spread.Name.Value, context),
                _ => 0,
            };
            deepest = Math.Max(deepest, depth);
        }

        return deepest;
    }

    /// <summary>A fragment's depth, remembered; a fragment that spreads itself (another rule's error)
    /// counts nothing for the repeated spread.</summary>
    private static int FragmentDepth(string name, ValidationContext context)
    {
        var state = context.GetState<State>();
        if (state.FragmentDepths.TryGetValue(name, out var known))
        {
            return known;
        }

        if (context.GetFragment(name) is not { } fragment || !state.InProgress.Add(name))
        {
            return 0;
        }

        var depth = Depth(fragment.SelectionSet, context);
        state.InProgress.Remove(name);
        state.FragmentDepths[name] = depth;
        return depth;
    }

    /// <summary>Each fragment's depth once known, and the fragments being measured (to stop at cycles).</summary>
    private sealed class State : ValidationRuleState
    {
        public Dictionary<string, int> FragmentDepths { get; } = new(StringComparer.Ordinal);

        public HashSet<string> InProgress { get; } = new(StringComparer.Ordinal);

        public override void Clear()
        {
            FragmentDepths.Clear();
            InProgress.Clear();
        }
    }
}
