namespace MentorGraph.GraphQL.Language.Ast;

public sealed record SchemaDefinitionNode(
    StringValueNode? Description,
    IReadOnlyList<DirectiveNode> Directives,
    IReadOnlyList<OperationTypeDefinitionNode> OperationTypes) : TypeSystemDefinitionNode, IHasDirectives
{
    public override NodeKind Kind => NodeKind.SchemaDefinition;
}

public sealed record OperationTypeDefinitionNode(OperationType Operation, NamedTypeNode Type) : Node
{
    public override NodeKind Kind => NodeKind.OperationTypeDefinition;
}

/// <summary>A named type's definition: scalar, object, interface, union, enum or input object.</summary>
public abstract record TypeDefinitionNode : TypeSystemDefinitionNode, IHasDirectives
{
    public abstract StringValueNode? Description { get; }

    public abstract NameNode Name { get; }

    public abstract IReadOnlyList<DirectiveNode> Directives { get; }
}

public sealed record ScalarTypeDefinitionNode(
    StringValueNode? Description,
    NameNode Name,
    IReadOnlyList<DirectiveNode> Directives) : TypeDefinitionNode
{
    public override NodeKind Kind => NodeKind.ScalarTypeDefinition;

    public override StringValueNode? Description { get; } = Description;

    public override NameNode Name { get; } = Name;

    public override IReadOnlyList<DirectiveNode> Directives { get; } = Directives;
}

public sealed record ObjectTypeDefinitionNode(
    StringValueNode? Description,
    NameNode Name,
    IReadOnlyList<NamedTypeNode> Interfaces,
    IReadOnlyList<DirectiveNode> Directives,
    IReadOnlyList<FieldDefinitionNode> Fields) : TypeDefinitionNode
{
    public override NodeKind Kind => NodeKind.ObjectTypeDefinition;

    public override StringValueNode? Description { get; } = Description;

    public override NameNode Name { get; } = Name;

    public override IReadOnlyList<DirectiveNode> Directives { get; } = Directives;
}

public sealed record FieldDefinitionNode(
    StringValueNode? Description,
    NameNode Name,
    IReadOnlyList<InputValueDefinitionNode> Arguments,
    TypeNode Type,
    IReadOnlyList<DirectiveNode> Directives) : Node, IHasDirectives
{
    public override NodeKind Kind => NodeKind.FieldDefinition;
}

/// <summary>An argument definition or an input object field definition.</summary>
public sealed record InputValueDefinitionNode(
    StringValueNode? Description,
    NameNode Name,
    TypeNode Type,
    ValueNode? DefaultValue,
    IReadOnlyList<DirectiveNode> Directives) : Node, IHasDirectives
{
    public override NodeKind Kind => NodeKind.InputValueDefinition;
}

public sealed record InterfaceTypeDefinitionNode(
    StringValueNode? Description,
    NameNode Name,
    IReadOnlyList<NamedTypeNode> Interfaces,
    IReadOnlyList<DirectiveNode> Directives,
    IReadOnlyList<FieldDefinitionNode> Fields) : TypeDefinitionNode
{
    public override NodeKind Kind => NodeKind.InterfaceTypeDefinition;

    public override StringValueNode? Description { get; } = Description;

    public override NameNode Name { get; } = Name;

    public override IReadOnlyList<DirectiveNode> Directives { get; } = Directives;
}

public sealed record UnionTypeDefinitionNode(
    StringValueNode? Description,
    NameNode Name,
    IReadOnlyList<DirectiveNode> Directives,
    IReadOnlyList<NamedTypeNode> Types) : TypeDefinitionNode
{
    public override NodeKind Kind => NodeKind.UnionTypeDefinition;

    public override StringValueNode? Description { get; } = Description;

    public override NameNode Name { get; } = Name;

    public override IReadOnlyList<DirectiveNode> Directives { get; } = Directives;
}

public sealed record EnumTypeDefinitionNode(
    StringValueNode? Description,
    NameNode Name,
    IReadOnlyList<DirectiveNode> Directives,
    IReadOnlyList<EnumValueDefinitionNode> Values) : TypeDefinitionNode
{
    public override NodeKind Kind => NodeKind.EnumTypeDefinition;

    public override StringValueNode? Description { get; } = Description;

    public override NameNode Name { get; } = Name;

    public override IReadOnlyList<DirectiveNode> Directives { get; } = Directives;
}

public sealed record EnumValueDefinitionNode(
    StringValueNode? Description,
    NameNode Name,
    IReadOnlyList<DirectiveNode> Directives) : Node, IHasDirectives
{
    public override NodeKind Kind => NodeKind.EnumValueDefinition;
}

public sealed record InputObjectTypeDefinitionNode(
    StringValueNode? Description,
    NameNode Name,
    IReadOnlyList<DirectiveNode> Directives,
    IReadOnlyList<InputValueDefinitionNode> Fields) : TypeDefinitionNode
{
    public override NodeKind Kind => NodeKind.InputObjectTypeDefinition;

    public override StringValueNode? Description { get; } = Description;

    public override NameNode Name { get; } = Name;

    public override IReadOnlyList<DirectiveNode> Directives { get; } = Directives;
}

public sealed record DirectiveDefinitionNode(
    StringValueNode? Description,
    NameNode Name,
    IReadOnlyList<InputValueDefinitionNode> Arguments,
    bool Repeatable,
    IReadOnlyList<NameNode> Locations) : TypeSystemDefinitionNode
{
    public override NodeKind Kind => NodeKind.DirectiveDefinition;
}
