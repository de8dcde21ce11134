using MentorGraph.GraphQL.Types;

namespace MentorGraph.GraphQL.Execution;

/// <summary>
/// A part of the response being built: an object or a list, knowing its slot in its parent and whether
/// that position is non-null, so a null can propagate to the nearest nullable parent (spec 6.4.4). The
/// slot also gives the part's response path, which is built only when an error or a resolver asks for it.
/// </summary>
internal abstract class ResultNode(ResultNode? parent, int slotInParent, GraphQLType? positionType)
{
    public ResultNode? Parent { get; } = parent;

    /// <summary>This node's slot in <see cref="Parent"/>: a field's index in an object, or a list index.</summary>
    public int SlotInParent { get; } = slotInParent;

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

    public abstract void Set(int slot, object? value);

    /// <summary>The response path key of a slot: a field's response key, or a list index.</summary>
    public abstract object KeyOf(int slot);
}
