namespace MentorGraph.GraphQL.Language.Ast;

public sealed record SchemaExtensionNode(
    IReadOnlyList<DirectiveNode> Directives,
    IReadOnlyList<OperationTypeDefinitionNode> OperationTypes) : TypeSystemExtensionNode, IHasDirectives
{
    public override NodeKind Kind => NodeKind.SchemaExtension;
}

/// <summary>An extension of a named type (`extend type X ...`).</summary>
public abstract record TypeExtensionNode : TypeSystemExtensionNode, IHasDirectives
{
    public abstract NameNode Name { get; }

    public abstract IReadOnlyList<DirectiveNode> Directives { get; }
}

public sealed record ScalarTypeExtensionNode(NameNode Name, IReadOnlyList<DirectiveNode> Directives) : TypeExtensionNode
{
    public override NodeKind Kind => NodeKind.ScalarTypeExtension;

    public override NameNode Name { get; } = Name;

    public override IReadOnlyList<DirectiveNode> Directives { get; } = Directives;
}

public sealed record ObjectTypeExtensionNode(
    NameNode Name,
    IReadOnlyList<NamedTypeNode> Interfaces,
    IReadOnlyList<DirectiveNode> Directives,
    IReadOnlyList<FieldDefinitionNode> Fields) : TypeExtensionNode
{
    public override NodeKind Kind => NodeKind.ObjectTypeExtension;

    public override NameNode Name { get; } = Name;

    public override IReadOnlyList<DirectiveNode> Directives { get; } = Directives;
}

public sealed record InterfaceTypeExtensionNode(
    NameNode Name,
    IReadOnlyList<NamedTypeNode> Interfaces,
    IReadOnlyList<DirectiveNode> Directives,
    IReadOnlyList<FieldDefinitionNode> Fields) : TypeExtensionNode
{
    public override NodeKind Kind => NodeKind.InterfaceTypeExtension;

    public override NameNode Name { get; } = Name;

    public override IReadOnlyList<DirectiveNode> Directives { get; } = Directives;
}

public sealed record UnionTypeExtensionNode(
    NameNode Name,
    IReadOnlyList<DirectiveNode> Directives,
    IReadOnlyList<NamedTypeNode> Types) : TypeExtensionNode
{
    public override NodeKind Kind => NodeKind.UnionTypeExtension;

    public override NameNode Name { get; } = Name;

    public override IReadOnlyList<DirectiveNode> Directives { get; } = Directives;
}

public sealed record EnumTypeExtensionNode(
    NameNode Name,
    IReadOnlyList<DirectiveNode> Directives,
    IReadOnlyList<EnumValueDefinitionNode> Values) : TypeExtensionNode
{
    public override NodeKind Kind => NodeKind.EnumTypeExtension;

    public override NameNode Name { get; } = Name;

    public override IReadOnlyList<DirectiveNode> Directives { get; } = Directives;
}

public sealed record InputObjectTypeExtensionNode(
    NameNode Name,
    IReadOnlyList<DirectiveNode> Directives,
    IReadOnlyList<InputValueDefinitionNode> Fields) : TypeExtensionNode
{
    public override NodeKind Kind => NodeKind.InputObjectTypeExtension;

    public override NameNode Name { get; } = Name;

    public override IReadOnlyList<DirectiveNode> Directives { get; } = Directives;
}
