using MentorGraph.GraphQL.Types;

namespace MentorGraph.GraphQL.Execution;

/// <summary>
/// A part of the response being built: an object or a list, knowing where it sits in its parent and
/// whether that position is non-null, so a null can propagate to the nearest nullable parent (spec 6.4.4).
/// </summary>
internal abstract class ResultNode(ResultNode? parent, object keyInParent, GraphQLType? positionType)
{
    public ResultNode? Parent { get; } = parent;

    public object KeyInParent { get; } = keyInParent;

    /// <summary>The declared type of this node's position (field type or list item type); null for the root.</summary>
    public GraphQLType? PositionType { get; } = positionType;

    /// <summary>This node was replaced by null because a non-null child failed.</summary>
    public bool IsNulled { get; set; }

    /// <summary>This node or one of its ancestors was replaced by null: work beneath it is pointless.</summary>
    public bool IsDead
    {
        get
        {
            for (var node = this; node is not null; node = node.Parent)
            {
                if (node.IsNulled)
                {
                    return true;
                }
            }

            return false;
        }
    }

    public abstract void Set(object key, object? value);
}

internal sealed class ObjectResult(ResultNode? parent, object keyInParent, GraphQLType? positionType)
    : ResultNode(parent, keyInParent, positionType)
{
    public OrderedDictionary<string, object?> Values { get; } = new(StringComparer.Ordinal);

    public override void Set(object key, object? value) => Values[(string)key] = value;
}

internal sealed class ListResult(ResultNode parent, object keyInParent, GraphQLType positionType, int count)
    : ResultNode(parent, keyInParent, positionType)
{
    public object?[] Items { get; } = new object?[count];

    public override void Set(object key, object? value) => Items[(int)key] = value;
}
