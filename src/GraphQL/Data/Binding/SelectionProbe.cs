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

    private static bool MaySelect(SelectionSetNode set, string fieldName) =>
        set.Selections.Any(selection => selection switch
        {
            FieldNode field => field.Name.Value == fieldName,
            InlineFragmentNode inline => MaySelect(inline.SelectionSet, fieldName),
            _ => true,
        });
}
