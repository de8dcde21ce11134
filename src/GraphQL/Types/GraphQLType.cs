using MentorGraph.GraphQL.Language.Ast;

namespace MentorGraph.GraphQL.Types;

/// <summary>The kinds of types, as introspection's __TypeKind names them.</summary>
public enum TypeKind
{
    Scalar,
    Object,
    Interface,
    Union,
    Enum,
    InputObject,
    List,
    NonNull,
}

/// <summary>A type reference: a named type or a List/NonNull wrapper around one.</summary>
public abstract class GraphQLType
{
    public abstract TypeKind Kind { get; }

    /// <summary>The type as SDL writes it, e.g. <c>[String!]!</c>.</summary>
    public abstract override string ToString();
}

/// <summary>A list of values of <see cref="OfType"/>.</summary>
public sealed class ListType(GraphQLType ofType) : GraphQLType
{
    public GraphQLType OfType { get; } = ofType;

    public override TypeKind Kind => TypeKind.List;

    public override string ToString() => $"[{OfType}]";
}

/// <summary>A non-null <see cref="OfType"/>, which is itself never a NonNullType.</summary>
public sealed class NonNullType : GraphQLType
{
    public NonNullType(GraphQLType ofType)
    {
        if (ofType is NonNullType)
        {
            throw new ArgumentException("A non-null type cannot wrap another non-null type.", nameof(ofType));
        }

        OfType = ofType;
    }

    public GraphQLType OfType { get; }

    public override TypeKind Kind => TypeKind.NonNull;

    public override string ToString() => $"{OfType}!";
}

/// <summary>A type with a name: scalar, object, interface, union, enum or input object.</summary>
public abstract class NamedType(string name, string? description) : GraphQLType
{
    public string Name { get; } = name;

    public string? Description { get; internal set; } = description;

    /// <summary>The SDL definition this type was built from, if any.</summary>
    public TypeDefinitionNode? AstNode { get; internal set; }

    /// <summary>The SDL extensions merged into this type, in document order.</summary>
    public IReadOnlyList<TypeExtensionNode> ExtensionAstNodes { get; internal set; } = [];

    public override string ToString() => Name;
}
