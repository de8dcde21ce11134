namespace MentorGraph.GraphQL.Language.Ast;

/// <summary>A type reference: Named, [List] or NonNull!.</summary>
public abstract record TypeNode : Node;

public sealed record NamedTypeNode(NameNode Name) : TypeNode
{
    public override NodeKind Kind => NodeKind.NamedType;
}

public sealed record ListTypeNode(TypeNode Type) : TypeNode
{
    public override NodeKind Kind => NodeKind.ListType;
}

/// <summary>A non-null type; <see cref="Type"/> is a <see cref="NamedTypeNode"/> or <see cref="ListTypeNode"/>.</summary>
public sealed record NonNullTypeNode(TypeNode Type) : TypeNode
{
    public override NodeKind Kind => NodeKind.NonNullType;
}
