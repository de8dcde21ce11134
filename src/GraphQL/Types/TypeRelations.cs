using MentorGraph.GraphQL.Language.Ast;

namespace MentorGraph.GraphQL.Types;

/// <summary>The spec's type predicates and relations, shared by validation, execution and introspection.</summary>
public static class TypeRelations
{
    /// <summary>The named type at the core of List/NonNull wrappers.</summary>
    public static NamedType GetNamedType(this GraphQLType type) => type switch
    {
        NamedType named => named,
        ListType list => list.OfType.GetNamedType(),
        NonNullType nonNull => nonNull.OfType.GetNamedType(),
        _ => throw new InvalidOperationException($"Unknown type wrapper {type.GetType().Name}."),
    };

    /// <summary>The type without its outer NonNull, if any.</summary>
    public static GraphQLType GetNullableType(this GraphQLType type) =>
        type is NonNullType nonNull ? nonNull.OfType : type;

    public static bool IsNonNull(this GraphQLType type) => type is NonNullType;

    /// <summary>Scalars, enums and input objects (possibly wrapped) may be used as input.</summary>
    public static bool IsInputType(this GraphQLType type) =>
        type.GetNamedType() is ScalarType or EnumType or InputObjectType;

    /// <summary>Everything but input objects (possibly wrapped) may be used as output.</summary>
    public static bool IsOutputType(this GraphQLType type) =>
        type.GetNamedType() is ScalarType or EnumType or ObjectType or InterfaceType or UnionType;

    public static bool IsLeafType(this GraphQLType type) => type is ScalarType or EnumType;

    public static bool IsCompositeType(this GraphQLType type) => type is ObjectType or InterfaceType or UnionType;

    public static bool IsAbstractType(this GraphQLType type) => type is InterfaceType or UnionType;

    /// <summary>Two type references are the same type.</summary>
    public static bool IsEqualType(GraphQLType a, GraphQLType b) => (a, b) switch
    {
        (NonNullType x, NonNullType y) => IsEqualType(x.OfType, y.OfType),
        (ListType x, ListType y) => IsEqualType(x.OfType, y.OfType),
        (NamedType x, NamedType y) => x.Name == y.Name,
        _ => false,
    };

    /// <summary>A value of <paramref name="maybeSubType"/> may stand where <paramref name="superType"/> is expected.</summary>
    public static bool IsTypeSubTypeOf(Schema schema, GraphQLType maybeSubType, GraphQLType superType)
    {
        if (IsEqualType(maybeSubType, superType))
        {
            return true;
        }

        if (superType is NonNullType superNonNull)
        {
            return maybeSubType is NonNullType subNonNull && IsTypeSubTypeOf(schema, subNonNull.OfType, superNonNull.OfType);
        }

        if (maybeSubType is NonNullType nonNull)
        {
            return IsTypeSubTypeOf(schema, nonNull.OfType, superType);
        }

        if (superType is ListType superList)
        {
            return maybeSubType is ListType subList && IsTypeSubTypeOf(schema, subList.OfType, superList.OfType);
        }

        if (maybeSubType is ListType)
        {
            return false;
        }

        return superType is NamedType superNamed && superNamed.IsAbstractType()
            && maybeSubType is NamedType subNamed && (subNamed is ObjectType or InterfaceType)
            && schema.IsSubType(superNamed, subNamed);
    }

    /// <summary>Two composite types share at least one possible object type.</summary>
    public static bool DoTypesOverlap(Schema schema, NamedType a, NamedType b)
    {
        if (a.Name == b.Name)
        {
            return true;
        }

        if (a.IsAbstractType())
        {
            if (b.IsAbstractType())
            {
                var bNames = schema.GetPossibleTypes(b).Select(t => t.Name).ToHashSet(StringComparer.Ordinal);
                return schema.GetPossibleTypes(a).Any(t => bNames.Contains(t.Name));
            }

            return schema.IsSubType(a, b);
        }

        return b.IsAbstractType() && schema.IsSubType(b, a);
    }

    /// <summary>The schema type a type reference in a document names; null if the named type does not exist.</summary>
    public static GraphQLType? TypeFromAst(Schema schema, TypeNode node) => node switch
    {
        NamedTypeNode named => schema.GetType(named.Name.Value),
        ListTypeNode list => TypeFromAst(schema, list.Type) is { } inner ? new ListType(inner) : null,
        NonNullTypeNode nonNull => TypeFromAst(schema, nonNull.Type) is { } inner ? new NonNullType(inner) : null,
        _ => null,
    };
}
