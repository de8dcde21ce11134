using MentorGraph.GraphQL.Types;

namespace MentorGraph.GraphQL.Execution;

/// <summary>A list in the response; <see cref="Items"/> is the value the response holds.</summary>
internal sealed class ListResult(ResultNode parent, int slotInParent, GraphQLType positionType, int count)
    : ResultNode(parent, slotInParent, positionType)
{
    public object?[] Items { get; } = count == 0 ? [] : new object?[count];

    public override void Set(int slot, object? value) => Items[slot] = value;

    public override object KeyOf(int slot) => slot;
}
