using MentorGraph.GraphQL.Execution;
using MentorGraph.GraphQL.Language.Ast;

namespace MentorGraph.GraphQL.Data.Binding;

/// <summary>
/// The fields a selection asks of one type's objects, with each field's own sub-selection — read from the field nodes
/// through inline fragments and named fragment spreads (the document's fragments), for loading only the columns (and
/// joined rows) a selection needs. A fragment whose type condition names another type is left out; one on an abstract
/// type (an interface the object implements) or without a condition counts. <c>@skip</c>/<c>@include</c> are not
/// evaluated: a field they may leave out counts as selected (more columns, never fewer).
/// </summary>
public sealed class FieldSelection
{
    /// <summary>Fragment spreads followed deeper than this make the selection unknown (validation forbids cycles; this only bounds the walk).</summary>
    private const int MaxDepth = 32;

    private readonly Dictionary<string, List<FieldNode>> _fields = new(StringComparer.Ordinal);
    private readonly IReadOnlyDictionary<string, FragmentDefinitionNode> _fragments;
    private readonly Types.Schema _schema;
    private readonly Func<string, bool> _applies;

    private FieldSelection(IReadOnlyDictionary<string, FragmentDefinitionNode> fragments, Types.Schema schema, Func<string, bool> applies)
    {
        _fragments = fragments;
        _schema = schema;
        _applies = applies;
    }

    /// <summary>The selected field names (not response keys: aliases of one field count once).</summary>
    public IReadOnlyCollection<string> Names => _fields.Keys;

    /// <summary>
    /// What <paramref name="context"/>'s field selects on the objects it returns (for <c>pairing(id:)</c>: the pairing's
    /// fields), keeping fragments on <paramref name="typeName"/> (null: every fragment); null when a spread names a fragment
    /// the document does not hold.
    /// </summary>
    public static FieldSelection? Of(IResolveFieldContext context, string? typeName = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        return From(context.FieldNodes, context.Fragments, context.Schema, Applies(context.Schema, typeName));
    }

    /// <summary>
    /// What a connection field selects on its nodes — under <c>nodes</c> and <c>edges { node }</c> — keeping fragments on
    /// <paramref name="typeName"/>; null when a spread names a fragment the document does not hold.
    /// </summary>
    public static FieldSelection? OfNodes(IResolveFieldContext context, string? typeName = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        var applies = Applies(context.Schema, typeName);
        var connection = From(context.FieldNodes, context.Fragments, context.Schema, _ => true);
        if (connection is null)
        {
            return null;
        }

        var nodes = new List<FieldNode>();
        if (connection._fields.TryGetValue("nodes", out var direct))
        {
            nodes.AddRange(direct);
        }

        if (connection._fields.TryGetValue("edges", out var edges))
        {
            if (From(edges, context.Fragments, context.Schema, _ => true) is not { } edge)
            {
                return null;
            }

            if (edge._fields.TryGetValue("node", out var viaEdges))
            {
                nodes.AddRange(viaEdges);
            }
        }

        return From(nodes, context.Fragments, context.Schema, applies);
    }

    /// <summary>The sub-selection of <paramref name="field"/> (merged over its aliases), keeping fragments on <paramref name="typeName"/>; null when not selected or unknown.</summary>
    public FieldSelection? Field(string field, string? typeName = null)
    {
        ArgumentNullException.ThrowIfNull(field);
        return _fields.TryGetValue(field, out var nodes) ? From(nodes, _fragments, _schema, Applies(_schema, typeName)) : null;
    }

    /// <summary>Whether a fragment on a type condition applies to objects of <paramref name="typeName"/>: its own name, or an abstract type (which may include it).</summary>
    private static Func<string, bool> Applies(Types.Schema schema, string? typeName) =>
        typeName is null ? static _ => true : condition => condition == typeName || schema.GetType(condition) is Types.InterfaceType or Types.UnionType;

    private static FieldSelection? From(IEnumerable<FieldNode> nodes, IReadOnlyDictionary<string, FragmentDefinitionNode> fragments, Types.Schema schema, Func<string, bool> applies)
    {
        var selection = new FieldSelection(fragments, schema, applies);
        foreach (var node in nodes)
        {
            if (node.SelectionSet is { } set && !selection.Collect(set, depth: 0))
            {
                return null;
            }
        }

        return selection;
    }

    private bool Collect(SelectionSetNode set, int depth)
    {
        if (depth > MaxDepth)
        {
            return false;
        }

        foreach (var selection in set.Selections)
        {
            switch (selection)
            {
                case FieldNode field:
                    if (!_fields.TryGetValue(field.Name.Value, out var list))
                    {
                        _fields[field.Name.Value] = list = [];
                    }

                    list.Add(field);
                    break;
                case InlineFragmentNode inline:
                    if ((inline.TypeCondition is null || _applies(inline.TypeCondition.Name.Value)) && !Collect(inline.SelectionSet, depth + 1))
                    {
                        return false;
                    }

                    break;
                case FragmentSpreadNode spread:
                    if (!_fragments.TryGetValue(spread.Name.Value, out var fragment))
                    {
                        return false;
                    }

                    if (_applies(fragment.TypeCondition.Name.Value) && !Collect(fragment.SelectionSet, depth + 1))
                    {
                        return false;
                    }

                    break;
                default:
                    return false;
            }
        }

        return true;
    }
}
