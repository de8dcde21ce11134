using MentorGraph.GraphQL.Execution;
using MentorGraph.GraphQL.Language.Ast;

namespace MentorGraph.GraphQL.Types;

/// <summary>
/// Schema introspection (spec 4): the <c>__Schema</c>, <c>__Type</c>, <c>__Field</c>, <c>__InputValue</c>,
/// <c>__EnumValue</c>, <c>__Directive</c>, <c>__TypeKind</c> and <c>__DirectiveLocation</c> types, which are
/// part of every schema, and the meta-fields <c>__schema</c>, <c>__type(name:)</c> and <c>__typename</c>.
/// Their resolvers read the type system model: a <c>__Type</c> value is a <see cref="GraphQLType"/>, a
/// <c>__Field</c> a <see cref="FieldDefinition"/>, and so on. They are shared by all schemas.
/// </summary>
public static class Introspection
{
    static Introspection()
    {
        TypeKindType = BuildTypeKindType();
        DirectiveLocationType = BuildDirectiveLocationType();

        SchemaType = new ObjectType("__Schema", "A GraphQL service's schema: its types, its root operation types and its directives.");
        TypeType = new ObjectType("__Type", "Any type of the schema, or a List or Non-Null wrapper of one. What it holds depends on its `kind`.");
        FieldType = new ObjectType("__Field", "A field of an object or interface type, with its arguments and result type.");
        InputValueType = new ObjectType("__InputValue", "An argument of a field or directive, or a field of an input object type.");
        EnumValueType = new ObjectType("__EnumValue", "One of the values of an enum type.");
        DirectiveType = new ObjectType("__Directive", "A directive: where it may be used and what arguments it takes.");

        var str = BuiltInScalars.String;
        var boolean = BuiltInScalars.Boolean;
        GraphQLType NonNullList(GraphQLType item) => new NonNullType(new ListType(new NonNullType(item)));

        SchemaType.Fields =
        [
            Field("description", str, "The schema's description.", c => c.Schema.Description),
            Field("types", NonNullList(TypeType), "Every named type of the schema, the built-in and introspection types included.", c => c.Schema.TypeList),
            Field("queryType", new NonNullType(TypeType), "The root type of query operations.", c => c.Schema.QueryType),
            Field("mutationType", TypeType, "The root type of mutation operations, if the schema has them.", c => c.Schema.MutationType),
            Field("subscriptionType", TypeType, "The root type of subscription operations, if the schema has them.", c => c.Schema.SubscriptionType),
            Field("directives", NonNullList(DirectiveType), "Every directive the schema supports.", c => c.Schema.DirectiveList),
        ];

        TypeType.Fields =
        [
            Field("kind", new NonNullType(TypeKindType), null, c => SharedBoxes<TypeKind>.Box(Type(c).Kind)),
            Field("name", str, null, c => (Type(c) as NamedType)?.Name),
            Field("description", str, null, c => (Type(c) as NamedType)?.Description),
            Field("specifiedByURL", str, "The URL of a custom scalar's specification; null otherwise.", c => (Type(c) as ScalarType)?.SpecifiedByUrl),
            Field(
                "fields",
                new ListType(new NonNullType(FieldType)),
                "The fields of an object or interface type; null for other kinds.",
                c => Type(c) is FieldsType fields ? Listed(fields.Fields, static f => f.IsDeprecated, c) : null,
                IncludeDeprecatedArgument()),
            Field("interfaces", new ListType(new NonNullType(TypeType)), "The interfaces an object or interface type implements; null for other kinds.", c => (Type(c) as FieldsType)?.Interfaces),
            Field(
                "possibleTypes",
                new ListType(new NonNullType(TypeType)),
                "The object types of an interface or union; null for other kinds.",
                c => Type(c) is InterfaceType or UnionType ? c.Schema.GetPossibleTypes((NamedType)Type(c)) : null),
            Field(
                "enumValues",
                new ListType(new NonNullType(EnumValueType)),
                "The values of an enum type; null for other kinds.",
                c => Type(c) is EnumType enumType ? Listed(enumType.Values, static v => v.IsDeprecated, c) : null,
                IncludeDeprecatedArgument()),
            Field(
                "inputFields",
                new ListType(new NonNullType(InputValueType)),
                "The fields of an input object type; null for other kinds.",
                c => Type(c) is InputObjectType input ? Listed(input.Fields, static f => f.IsDeprecated, c) : null,
                IncludeDeprecatedArgument()),
            Field("ofType", TypeType, "The wrapped type of a List or Non-Null type; null for other kinds.", c => Type(c) switch
            {
                ListType list => list.OfType,
                NonNullType nonNull => nonNull.OfType,
                _ => null,
            }),
            Field("isOneOf", boolean, "Whether an input object type is a OneOf Input Object; null for other kinds.", c => Type(c) is InputObjectType input ? Boxed(input.IsOneOf) : null),
        ];

        FieldType.Fields =
        [
            Field("name", new NonNullType(str), null, c => Source<FieldDefinition>(c).Name),
            Field("description", str, null, c => Source<FieldDefinition>(c).Description),
            Field(
                "args",
                NonNullList(InputValueType),
                null,
                c => Listed(Source<FieldDefinition>(c).Arguments, static a => a.IsDeprecated, c),
                IncludeDeprecatedArgument()),
            Field("type", new NonNullType(TypeType), null, c => Source<FieldDefinition>(c).Type),
            Field("isDeprecated", new NonNullType(boolean), null, c => Boxed(Source<FieldDefinition>(c).IsDeprecated)),
            Field("deprecationReason", str, null, c => Source<FieldDefinition>(c).DeprecationReason),
        ];

        InputValueType.Fields =
        [
            Field("name", new NonNullType(str), null, c => Source<InputValueDefinition>(c).Name),
            Field("description", str, null, c => Source<InputValueDefinition>(c).Description),
            Field("type", new NonNullType(TypeType), null, c => Source<InputValueDefinition>(c).Type),
            Field("defaultValue", str, "The default value as a GraphQL literal, used when no value is given; null when there is none.", c => InputValueLiterals.PrintDefaultValue(Source<InputValueDefinition>(c))),
            Field("isDeprecated", new NonNullType(boolean), null, c => Boxed(Source<InputValueDefinition>(c).IsDeprecated)),
            Field("deprecationReason", str, null, c => Source<InputValueDefinition>(c).DeprecationReason),
        ];

        EnumValueType.Fields =
        [
            Field("name", new NonNullType(str), null, c => Source<EnumValueDefinition>(c).Name),
            Field("description", str, null, c => Source<EnumValueDefinition>(c).Description),
            Field("isDeprecated", new NonNullType(boolean), null, c => Boxed(Source<EnumValueDefinition>(c).IsDeprecated)),
            Field("deprecationReason", str, null, c => Source<EnumValueDefinition>(c).DeprecationReason),
        ];

        DirectiveType.Fields =
        [
            Field("name", new NonNullType(str), null, c => Source<DirectiveDefinition>(c).Name),
            Field("description", str, null, c => Source<DirectiveDefinition>(c).Description),
            Field("isRepeatable", new NonNullType(boolean), "Whether the directive may be used more than once at one location.", c => Boxed(Source<DirectiveDefinition>(c).IsRepeatable)),
            Field("locations", NonNullList(DirectiveLocationType), null, c => Source<DirectiveDefinition>(c).BoxedLocations),
            Field(
                "args",
                NonNullList(InputValueType),
                null,
                c => Listed(Source<DirectiveDefinition>(c).Arguments, static a => a.IsDeprecated, c),
                IncludeDeprecatedArgument()),
        ];

        foreach (var type in new[] { SchemaType, TypeType, FieldType, InputValueType, EnumValueType, DirectiveType })
        {
            type.IsTypeOf = IsTypeOf(type);
        }

        Types = [SchemaType, TypeType, TypeKindType, FieldType, InputValueType, EnumValueType, DirectiveType, DirectiveLocationType];

        SchemaMetaField = Field("__schema", new NonNullType(SchemaType), "The schema of this service: its types, directives and root operation types.", c => c.Schema);
        TypeMetaField = Field(
            "__type",
            TypeType,
            "The type of this schema with the given name, or null when there is none.",
            c => c.Arguments.TryGetValue("name", out var name) && name is string typeName ? c.Schema.GetType(typeName) : null,
            new InputValueDefinition("name", new NonNullType(str)));
        TypeNameMetaField = Field("__typename", new NonNullType(str), "The name of the object type this value has.", c => c.ParentType.Name);
    }

    public static ObjectType SchemaType { get; }

    public static ObjectType TypeType { get; }

    public static ObjectType FieldType { get; }

    public static ObjectType InputValueType { get; }

    public static ObjectType EnumValueType { get; }

    public static ObjectType DirectiveType { get; }

    /// <summary><c>__TypeKind</c>; its values' <see cref="EnumValueDefinition.Value"/>s are <see cref="TypeKind"/> members.</summary>
    public static EnumType TypeKindType { get; }

    /// <summary><c>__DirectiveLocation</c>; its values' <see cref="EnumValueDefinition.Value"/>s are <see cref="DirectiveLocation"/> members.</summary>
    public static EnumType DirectiveLocationType { get; }

    /// <summary>The eight introspection types, in the order the spec lists them.</summary>
    public static IReadOnlyList<NamedType> Types { get; }

    /// <summary><c>__schema: __Schema!</c>, available on the query root type only.</summary>
    public static FieldDefinition SchemaMetaField { get; }

    /// <summary><c>__type(name: String!): __Type</c>, available on the query root type only.</summary>
    public static FieldDefinition TypeMetaField { get; }

    /// <summary><c>__typename: String!</c>, available on every object, interface and union type.</summary>
    public static FieldDefinition TypeNameMetaField { get; }

    /// <summary>True for the types this class defines (and only those: a user type cannot start with <c>__</c>).</summary>
    public static bool IsIntrospectionType(NamedType type)
    {
        foreach (var introspectionType in Types)
        {
            if (ReferenceEquals(introspectionType, type))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when <paramref name="typeName"/> names an introspection type.</summary>
    public static bool IsIntrospectionTypeName(string typeName)
    {
        foreach (var introspectionType in Types)
        {
            if (introspectionType.Name == typeName)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The definition of <paramref name="fieldName"/> on <paramref name="parentType"/> as execution and
    /// validation see it: the meta-fields <c>__schema</c> and <c>__type</c> on the query root type,
    /// <c>__typename</c> on any composite type, else the type's own field; null when there is none.
    /// </summary>
    public static FieldDefinition? GetFieldDefinition(Schema schema, NamedType parentType, string fieldName)
    {
        if (fieldName == SchemaMetaField.Name && ReferenceEquals(schema.QueryType, parentType))
        {
            return SchemaMetaField;
        }

        if (fieldName == TypeMetaField.Name && ReferenceEquals(schema.QueryType, parentType))
        {
            return TypeMetaField;
        }

        if (fieldName == TypeNameMetaField.Name && parentType.IsCompositeType())
        {
            return TypeNameMetaField;
        }

        return (parentType as FieldsType)?.GetField(fieldName);
    }

    private static FieldDefinition Field(
        string name,
        GraphQLType type,
        string? description,
        Func<IResolveFieldContext, object?> resolve,
        params InputValueDefinition[] arguments)
    {
        var field = new FieldDefinition(name, type) { Description = description, Arguments = arguments };
        field.ResolveSynchronously(resolve);
        return field;
    }

    private static InputValueDefinition IncludeDeprecatedArgument() =>
        new("includeDeprecated", BuiltInScalars.Boolean)
        {
            Description = "Whether deprecated entries are listed too.",
            DefaultValue = new BooleanValueNode(false),
        };

    /// <summary>
    /// The entries of <paramref name="all"/> a client asked for: all of them with <c>includeDeprecated: true</c>,
    /// else those not deprecated. The schema's own list is returned when nothing is left out (the usual
    /// case), so listing them costs no copy.
    /// </summary>
    private static IReadOnlyList<T> Listed<T>(IReadOnlyList<T> all, Func<T, bool> isDeprecated, IResolveFieldContext context)
    {
        if (IncludeDeprecated(context))
        {
            return all;
        }

        List<T>? kept = null;
        for (var i = 0; i < all.Count; i++)
        {
            if (isDeprecated(all[i]))
            {
                if (kept is null)
                {
                    kept = new List<T>(all.Count);
                    for (var j = 0; j < i; j++)
                    {
                        kept.Add(all[j]);
                    }
                }
            }
            else
            {
                kept?.Add(all[i]);
            }
        }

        return kept ?? all;
    }

    private static object Boxed(bool value) => SharedBoxes<bool>.Box(value)!;

    private static bool IncludeDeprecated(IResolveFieldContext context) =>
        context.Arguments.TryGetValue("includeDeprecated", out var value) && value is true;

    private static GraphQLType Type(IResolveFieldContext context) => Source<GraphQLType>(context);

    private static T Source<T>(IResolveFieldContext context)
        where T : class =>
        context.Source as T
        ?? throw new InvalidOperationException(
            $"Introspection field {context.ParentType.Name}.{context.FieldDefinition.Name} expects a {typeof(T).Name} value, got {context.Source?.GetType().Name ?? "null"}.");

    private static Func<object, bool> IsTypeOf(ObjectType type) => type.Name switch
    {
        "__Schema" => value => value is Schema,
        "__Type" => value => value is GraphQLType,
        "__Field" => value => value is FieldDefinition,
        "__InputValue" => value => value is InputValueDefinition,
        "__EnumValue" => value => value is EnumValueDefinition,
        _ => value => value is DirectiveDefinition,
    };

    private static EnumType BuildTypeKindType()
    {
        var type = new EnumType("__TypeKind", "The kinds of types `__Type` describes.");
        type.Values =
        [
            Value("SCALAR", TypeKind.Scalar, "A scalar: a leaf value such as a string or a number."),
            Value("OBJECT", TypeKind.Object, "An object type: a set of fields. `fields` and `interfaces` are set."),
            Value("INTERFACE", TypeKind.Interface, "An interface: fields that its object types share. `fields`, `interfaces` and `possibleTypes` are set."),
            Value("UNION", TypeKind.Union, "A union: one of several object types. `possibleTypes` is set."),
            Value("ENUM", TypeKind.Enum, "An enum: one of a fixed set of values. `enumValues` is set."),
            Value("INPUT_OBJECT", TypeKind.InputObject, "An input object: a set of input fields, used as an argument. `inputFields` is set."),
            Value("LIST", TypeKind.List, "A list of another type. `ofType` is set."),
            Value("NON_NULL", TypeKind.NonNull, "A non-null form of another type. `ofType` is set."),
        ];
        return type;
    }

    private static EnumType BuildDirectiveLocationType()
    {
        var type = new EnumType("__DirectiveLocation", "The places in a document or a schema where a directive may be used.");
        type.Values =
        [
            Value("QUERY", DirectiveLocation.Query, "On a query operation."),
            Value("MUTATION", DirectiveLocation.Mutation, "On a mutation operation."),
            Value("SUBSCRIPTION", DirectiveLocation.Subscription, "On a subscription operation."),
            Value("FIELD", DirectiveLocation.Field, "On a field in a selection."),
            Value("FRAGMENT_DEFINITION", DirectiveLocation.FragmentDefinition, "On a fragment definition."),
            Value("FRAGMENT_SPREAD", DirectiveLocation.FragmentSpread, "On a fragment spread."),
            Value("INLINE_FRAGMENT", DirectiveLocation.InlineFragment, "On an inline fragment."),
            Value("VARIABLE_DEFINITION", DirectiveLocation.VariableDefinition, "On a variable definition."),
            Value("SCHEMA", DirectiveLocation.Schema, "On a schema definition."),
            Value("SCALAR", DirectiveLocation.Scalar, "On a scalar definition."),
            Value("OBJECT", DirectiveLocation.Object, "On an object type definition."),
            Value("FIELD_DEFINITION", DirectiveLocation.FieldDefinition, "On a field definition."),
            Value("ARGUMENT_DEFINITION", DirectiveLocation.ArgumentDefinition, "On an argument definition."),
            Value("INTERFACE", DirectiveLocation.Interface, "On an interface definition."),
            Value("UNION", DirectiveLocation.Union, "On a union definition."),
            Value("ENUM", DirectiveLocation.Enum, "On an enum definition."),
            Value("ENUM_VALUE", DirectiveLocation.EnumValue, "On an enum value definition."),
            Value("INPUT_OBJECT", DirectiveLocation.InputObject, "On an input object type definition."),
            Value("INPUT_FIELD_DEFINITION", DirectiveLocation.InputFieldDefinition, "On an input field definition."),
        ];
        return type;
    }

    private static EnumValueDefinition Value(string name, object value, string description) =>
        new(name, value) { Description = description };
}
