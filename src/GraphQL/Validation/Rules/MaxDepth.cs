using MentorGraph.GraphQL.Language.Ast;

namespace MentorGraph.GraphQL.Validation.Rules;

/// <summary>
/// The engine's depth limit (not a spec rule): an operation's deepest field nesting, through fragments,
/// may not exceed <see cref="GraphQLOptions.MaxQueryDepth"/> (root fields are depth 1; 0 turns the
/// rule off). Guards the server against deeply nested queries.
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

        var depth = Depth(operation.SelectionSet, context, new HashSet<string>(StringComparer.Ordinal), limit);
        if (depth > limit)
        {
            var subject = operation.Name is null ? "The anonymous operation" : $"Operation \"{operation.Name.Value}\"";
            context.ReportError($"{subject} is nested deeper than the maximum depth of {limit}.", operation);
        }
    }

    /// <summary>The depth below a selection set; stops counting once past the limit. Fragment cycles are
    /// another rule's error and are not followed twice on one path.</summary>
    private static int Depth(SelectionSetNode selectionSet, ValidationContext context, HashSet<string> fragmentsOnPath, int limit)
    {
        var deepest = 0;
        foreach (var selection in selectionSet.Selections)
        {
            var depth = selection switch
            {
                FieldNode { SelectionSet: null } => 1,
                FieldNode field => 1 + Depth(field.SelectionSet, context, fragmentsOnPath, limit - 1),
                InlineFragmentNode inline => Depth(inline.SelectionSet, context, fragmentsOnPath, limit),
                FragmentSpreadNode spread => SpreadDepth(spread, context, fragmentsOnPath, limit),
                _ => 0,
            };
            deepest = Math.Max(deepest, depth);
            if (deepest > limit)
            {
                break;
            }
        }

        return deepest;
    }

    private static int SpreadDepth(FragmentSpreadNode spread, ValidationContext context, HashSet<string> fragmentsOnPath, int limit)
    {
        var name = spread.Name.Value;
        if (context.GetFragment(name) is not { } fragment || !fragmentsOnPath.Add(name))
        {
            return 0;
        }

        var depth = Depth(fragment.SelectionSet, context, fragmentsOnPath, limit);
        fragmentsOnPath.Remove(name);
        return depth;
    }
}
