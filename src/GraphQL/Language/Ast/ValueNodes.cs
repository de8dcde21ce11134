namespace MentorGraph.GraphQL.Language.Ast;

/// <summary>A literal or variable in a document. Number literals keep their source text.</summary>
public abstract record ValueNode : Node;

public sealed record VariableNode(NameNode Name) : ValueNode
{
    public override NodeKind Kind => NodeKind.Variable;
}

public sealed record IntValueNode(string Value) : ValueNode
{
    public override NodeKind Kind => NodeKind.IntValue;
}

public sealed record FloatValueNode(string Value) : ValueNode
{
    public override NodeKind Kind => NodeKind.FloatValue;
}

/// <summary>A string literal; <see cref="Value"/> is the cooked value (escapes resolved, block indentation removed).</summary>
public sealed record StringValueNode(string Value, bool Block = false) : ValueNode
{
    public override NodeKind Kind => NodeKind.StringValue;
}

public sealed record BooleanValueNode(bool Value) : ValueNode
{
    public override NodeKind Kind => NodeKind.BooleanValue;
}

public sealed record NullValueNode : ValueNode
{
    public override NodeKind Kind => NodeKind.NullValue;
}

public sealed record EnumValueNode(string Value) : ValueNode
{
    public override NodeKind Kind => NodeKind.EnumValue;
}

public sealed record ListValueNode(IReadOnlyList<ValueNode> Values) : ValueNode
{
    public override NodeKind Kind => NodeKind.ListValue;
}

public sealed record ObjectValueNode(IReadOnlyList<ObjectFieldNode> Fields) : ValueNode
{
    public override NodeKind Kind => NodeKind.ObjectValue;
}

public sealed record ObjectFieldNode(NameNode Name, ValueNode Value) : Node
{
    public override NodeKind Kind => NodeKind.ObjectField;
}
