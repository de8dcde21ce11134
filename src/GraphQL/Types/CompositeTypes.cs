using MentorGraph.GraphQL.Language;
using MentorGraph.GraphQL.Language.Ast;

namespace MentorGraph.GraphQL.Types;

/// <summary>An object or interface type: something with fields.</summary>
public abstract class FieldsType(string name, string? description) : NamedType(name, description)
{
    /// <summary>The fields in definition order.</summary>
    public IReadOnlyList<FieldDefinition> Fields { get; internal set; } = [];

    /// <summary>The interfaces this type implements.</summary>
    public IReadOnlyList<InterfaceType> Interfaces { get; internal set; } = [];

    public FieldDefinition? GetField(string fieldName)
    {
        foreach (var field in Fields)
        {
            if (field.Name == fieldName)
            {
                return field;
            }
        }

        return null;
    }
}

public sealed class ObjectType(string name, string? description = null) : FieldsType(name, description)
{
    public override TypeKind Kind => TypeKind.Object;

    /// <summary>Optional check that a resolved value belongs to this type (used in abstract type resolution).</summary>
    public Func<object, bool>? IsTypeOf { get; internal set; }
}

public sealed class InterfaceType(string name, string? description = null) : FieldsType(name, description)
{
    public override TypeKind Kind => TypeKind.Interface;

    /// <summary>Picks the object type of a value of this interface; null falls back to the schema's default.</summary>
    public TypeResolver? ResolveType { get; internal set; }
}

public sealed class UnionType(string name, string? description = null) : NamedType(name, description)
{
    public override TypeKind Kind => TypeKind.Union;

    public IReadOnlyList<ObjectType> Types { get; internal set; } = [];

    /// <summary>Picks the object type of a value of this union; null falls back to the schema's default.</summary>
    public TypeResolver? ResolveType { get; internal set; }
}

/// <summary>Resolves the concrete object type name of a value of an abstract type (null when it cannot tell).</summary>
public delegate string? TypeResolver(object value);

public sealed class InputObjectType(string name, string? description = null) : NamedType(name, description)
{
    public override TypeKind Kind => TypeKind.InputObject;

    public IReadOnlyList<InputValueDefinition> Fields { get; internal set; } = [];

    /// <summary>True when marked <c>@oneOf</c>: exactly one field must be given, and it must not be null.</summary>
    public bool IsOneOf { get; internal set; }

    public InputValueDefinition? GetField(string fieldName)
    {
        foreach (var field in Fields)
        {
            if (field.Name == fieldName)
            {
                return field;
            }
        }

        return null;
    }
}

public sealed class EnumType(string name, string? description = null) : NamedType(name, description)
{
    public override TypeKind Kind => TypeKind.Enum;

    public IReadOnlyList<EnumValueDefinition> Values { get; internal set; } = [];

    public EnumValueDefinition? GetValue(string valueName)
    {
        foreach (var value in Values)
        {
            if (value.Name == valueName)
            {
                return value;
            }
        }

        return null;
    }

    /// <summary>
    /// Result coercion: the name of the value whose <see cref="EnumValueDefinition.Value"/> equals
    /// <paramref name="value"/>; a value's name (string or JSON string) is accepted too.
    /// </summary>
    public string Serialize(object value)
    {
        foreach (var candidate in Values)
        {
            if (candidate.Value.Equals(value))
            {
                return candidate.Name;
            }
        }

        if (ScalarValues.Unwrap(value) is string name && GetValue(name) is { } byName)
        {
            return byName.Name;
        }

        throw new ValueCoercionException($"Enum \"{Name}\" cannot represent value: {ScalarValues.Inspect(value)}");
    }

    /// <summary>Input coercion of a variable value: a value's name (string) to its <see cref="EnumValueDefinition.Value"/>.</summary>
    public object ParseValue(object value)
    {
        var unwrapped = ScalarValues.Unwrap(value);
        if (unwrapped is not string name)
        {
            throw new ValueCoercionException($"Enum \"{Name}\" cannot represent non-string value: {ScalarValues.Inspect(unwrapped)}.");
        }

        return GetValue(name)?.Value
            ?? throw new ValueCoercionException($"Value \"{name}\" does not exist in \"{Name}\" enum.");
    }

    /// <summary>Input coercion of a literal: an enum literal naming a value, to its <see cref="EnumValueDefinition.Value"/>.</summary>
    public object ParseLiteral(ValueNode literal)
    {
        if (literal is not EnumValueNode member)
        {
            throw new ValueCoercionException($"Enum \"{Name}\" cannot represent non-enum value: {Printer.Print(literal)}.");
        }

        return GetValue(member.Value)?.Value
            ?? throw new ValueCoercionException($"Value \"{member.Value}\" does not exist in \"{Name}\" enum.");
    }
}

/// <summary>One value of an enum; <see cref="Value"/> is what resolvers see (its name, or a bound C# enum member).</summary>
public sealed class EnumValueDefinition(string name, object value)
{
    public string Name { get; } = name;

    public object Value { get; internal set; } = value;

    public string? Description { get; internal set; }

    public string? DeprecationReason { get; internal set; }

    public bool IsDeprecated => DeprecationReason is not null;

    public EnumValueDefinitionNode? AstNode { get; internal set; }
}
