using MentorGraph.GraphQL.Execution;
using MentorGraph.GraphQL.Language.Ast;

namespace MentorGraph.GraphQL.Data.Binding;

/// <summary>
/// Whether a field's selection may include a sub-field, read from the field's own nodes (inline fragments
/// included). A named fragment spread may select anything, so it counts as yes: a batched query then
/// computes a part it might not need, never leaves out one it needs.
/// </summary>
internal static class SelectionProbe
{
    public static bool MaySelect(IResolveFieldContext context, string fieldName) =>
        context.FieldNodes.Any(node => node.SelectionSet is { } set && MaySelect(set, fieldName));

    /// <summary>
    /// The fields a connection field selects on its nodes — under <c>nodes</c> and <c>edges { node }</c>, inline fragments
    /// included; null when a named fragment spread hides part of it (the page then loads whole rows).
    /// </summary>
    public static IReadOnlyCollection<string>? NodeFields(IResolveFieldContext context)
    {
        var fields = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in context.FieldNodes)
        {
            if (node.SelectionSet is { } set && !CollectNodeFields(set, fields, depth: 0))
            {
                return null;
            }
        }

        return fields;
    }

    /// <summary>Depth 0: the connection's selection; 1: an edge's; 2: a node's, whose field names are collected.</summary>
    private static bool CollectNodeFields(SelectionSetNode set, HashSet<string> fields, int depth)
    {
        foreach (var selection in set.Selections)
        {
            switch (selection)
            {
                case InlineFragmentNode inline when !CollectNodeFields(inline.SelectionSet, fields, depth):
                    return false;
                case InlineFragmentNode:
                    break;
                case FieldNode field when depth == 2:
                    fields.Add(field.Name.Value);
                    break;
                case FieldNode { Name.Value: "nodes", SelectionSet: { } nodes } when depth == 0:
                    if (!CollectNodeFields(nodes, fields, depth: 2))
                    {
                        return false;
                    }

                    break;
                case FieldNode { Name.Value: "edges", SelectionSet: { } edges } when depth == 0:
                    if (!CollectNodeFields(edges, fields, depth: 1))
                    {
                        return false;
                    }

                    break;
                case FieldNode { Name.Value: "node", SelectionSet: { } node } when depth == 1:
                    if (!CollectNodeFields(node, fields, depth: 2))
                    {
                        return false;
                    }

                    break;
                case FieldNode:
                    break;
                default:
                    return false;
            }
        }

        return true;
    }

    private static bool MaySelect(SelectionSetNode set, string fieldName) =>
        set.Selections.Any(selection => selection switch
        {
            FieldNode field => field.Name.Value == fieldName,
            InlineFragmentNode inline => MaySelect(inline.SelectionSet, fieldName),
            _ => true,
        });
}
