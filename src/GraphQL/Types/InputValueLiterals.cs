using System.Collections;
using System.Globalization;
using System.Text.RegularExpressions;
using MentorGraph.GraphQL.Language;
using MentorGraph.GraphQL.Language.Ast;

namespace MentorGraph.GraphQL.Types;

/// <summary>
/// Constant input literals in type-system documents (default values, directive arguments): checking
/// that one fits its input type, and writing it in canonical form for introspection and printing
/// (the form graphql-js's astFromValue gives: defaults of omitted input fields filled in, a single
/// item where a list is expected wrapped in a list, numbers and custom scalars re-serialized).
/// </summary>
internal static partial class InputValueLiterals
{
    private const int MaxDefaultDepth = 16;

    /// <summary>Why <paramref name="literal"/> is not a valid constant of <paramref name="type"/>; null when it is.</summary>
    public static string? Validate(ValueNode literal, GraphQLType type)
    {
        switch (literal)
        {
            case VariableNode variable:
                return $"Unexpected variable \"${variable.Name.Value}\" in constant value.";
            case NullValueNode when type is NonNullType:
                return $"Expected value of type \"{type}\", found null.";
            case NullValueNode:
                return null;
        }

        switch (type)
        {
            case NonNullType nonNull:
                return Validate(literal, nonNull.OfType);
            case ListType list when literal is ListValueNode items:
                return items.Values.Select(item => Validate(item, list.OfType)).FirstOrDefault(error => error is not null);
            case ListType list:
                return Validate(literal, list.OfType);
            case InputObjectType inputObject:
                return ValidateInputObject(literal, inputObject);
            case EnumType enumType:
                return Try(() => enumType.ParseLiteral(literal));
            case UnresolvedType:
                return null;
            case ScalarType scalar:
                return Try(() => scalar.ParseLiteral(literal));
            default:
                return $"Expected value of type \"{type}\", found {Printer.Print(literal)}.";
        }
    }

    private static string? ValidateInputObject(ValueNode literal, InputObjectType type)
    {
        if (literal is not ObjectValueNode obj)
        {
            return $"Expected value of type \"{type.Name}\", found {Printer.Print(literal)}.";
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var field in obj.Fields)
        {
            if (!seen.Add(field.Name.Value))
            {
                return $"There can be only one input field named \"{field.Name.Value}\".";
            }

            var definition = type.GetField(field.Name.Value);
            if (definition is null)
            {
                return $"Field \"{field.Name.Value}\" is not defined by type \"{type.Name}\".";
            }

            if (Validate(field.Value, definition.Type) is { } error)
            {
                return error;
            }
        }

        foreach (var definition in type.Fields)
        {
            if (definition.Type is NonNullType && !definition.HasDefaultValue && !seen.Contains(definition.Name))
            {
                return $"Field \"{type.Name}.{definition.Name}\" of required type \"{definition.Type}\" was not provided.";
            }
        }

        if (type.IsOneOf)
        {
            if (obj.Fields.Count != 1)
            {
                return $"OneOf Input Object \"{type.Name}\" must specify exactly one key.";
            }

            if (obj.Fields[0].Value is NullValueNode)
            {
                return $"Field \"{type.Name}.{obj.Fields[0].Name.Value}\" must be non-null.";
            }
        }

        return null;
    }

    private static string? Try(Action parse)
    {
        try
        {
            parse();
            return null;
        }
        catch (ValueCoercionException exception)
        {
            return exception.Message;
        }
    }

    /// <summary>The default value of <paramref name="definition"/> as introspection's <c>defaultValue</c> and the printer write it; null when it has none.</summary>
    public static string? PrintDefaultValue(InputValueDefinition definition) =>
        definition.DefaultValue is null ? null : Printer.Print(Normalize(definition.DefaultValue, definition.Type, 0));

    /// <summary>The canonical form of a valid literal of <paramref name="type"/>; an invalid one comes back as it is.</summary>
    public static ValueNode Normalize(ValueNode literal, GraphQLType type) => Normalize(literal, type, 0);

    private static ValueNode Normalize(ValueNode literal, GraphQLType type, int depth)
    {
        if (literal is NullValueNode or VariableNode)
        {
            return literal;
        }

        switch (type)
        {
            case NonNullType nonNull:
                return Normalize(literal, nonNull.OfType, depth);
            case ListType list when literal is ListValueNode items:
                return new ListValueNode(items.Values.Select(item => Normalize(item, list.OfType, depth)).ToList());
            case ListType list:
                return new ListValueNode([Normalize(literal, list.OfType, depth)]);
            case InputObjectType inputObject when literal is ObjectValueNode obj:
                var fields = new List<ObjectFieldNode>();
                foreach (var definition in inputObject.Fields)
                {
                    var given = obj.Fields.FirstOrDefault(f => f.Name.Value == definition.Name);
                    if (given is not null)
                    {
                        fields.Add(new ObjectFieldNode(given.Name, Normalize(given.Value, definition.Type, depth)));
                    }
                    else if (definition.DefaultValue is not null && depth < MaxDefaultDepth)
                    {
                        fields.Add(new ObjectFieldNode(new NameNode(definition.Name), Normalize(definition.DefaultValue, definition.Type, depth + 1)));
                    }
                }

                return new ObjectValueNode(fields);
            case UnresolvedType:
                return literal;
            case ScalarType scalar:
                try
                {
                    return FromSerialized(scalar.Serialize(scalar.ParseLiteral(literal)), scalar.Name == "ID") ?? literal;
                }
                catch (ValueCoercionException)
                {
                    return literal;
                }

            default:
                return literal;
        }
    }

    /// <summary>A literal for a scalar's serialized (JSON-compatible) value.</summary>
    private static ValueNode? FromSerialized(object? value, bool isId)
    {
        switch (value)
        {
            case null:
                return new NullValueNode();
            case string text:
                return isId && IntegerText().IsMatch(text) ? new IntValueNode(text) : new StringValueNode(text);
            case bool flag:
                return new BooleanValueNode(flag);
            case int or long or short or byte or sbyte or ushort or uint or ulong:
                return new IntValueNode(Convert.ToString(value, CultureInfo.InvariantCulture)!);
            case double or float or decimal:
                var number = ScalarValues.FormatNumber(Convert.ToDouble(value, CultureInfo.InvariantCulture));
                return IntegerText().IsMatch(number) ? new IntValueNode(number) : new FloatValueNode(number);
            case IDictionary<string, object?> map:
                var fields = new List<ObjectFieldNode>();
                foreach (var (key, item) in map)
                {
                    if (FromSerialized(item, false) is not { } itemNode)
                    {
                        return null;
                    }

                    fields.Add(new ObjectFieldNode(new NameNode(key), itemNode));
                }

                return new ObjectValueNode(fields);
            case IEnumerable sequence:
                var items = new List<ValueNode>();
                foreach (var item in sequence)
                {
                    if (FromSerialized(item, false) is not { } itemNode)
                    {
                        return null;
                    }

                    items.Add(itemNode);
                }

                return new ListValueNode(items);
            default:
                return null;
        }
    }

    [GeneratedRegex(@"^-?(?:0|[1-9][0-9]*)$", RegexOptions.CultureInvariant)]
    private static partial Regex IntegerText();
}
