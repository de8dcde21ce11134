using System.Collections;
using System.Text.Json;
using MentorGraph.GraphQL.Types;

namespace MentorGraph.GraphQL.Execution.Values;

/// <summary>One problem found while coercing an input value: where in the value, the offending part, and why.</summary>
internal readonly record struct InputCoercionError(IReadOnlyList<object> Path, object? InvalidValue, string Message);

/// <summary>
/// Input coercion of external values (variables as decoded from JSON) to a type — spec 3.5, 3.9, 3.10 and 3.11
/// (graphql-js <c>coerceInputValue</c>). Every problem is reported with its path inside the value.
/// </summary>
internal static class InputValueCoercion
{
    /// <summary>Coerces <paramref name="value"/> to <paramref name="type"/>; problems go to <paramref name="onError"/>
    /// and the returned value is then meaningless.</summary>
    public static object? Coerce(object? value, GraphQLType type, Action<InputCoercionError> onError)
    {
        var path = new List<object>();
        return Coerce(value, type, path, onError);
    }

    private static object? Coerce(object? value, GraphQLType type, List<object> path, Action<InputCoercionError> onError)
    {
        if (value is JsonElement element)
        {
            value = JsonValues.ToClr(element);
        }

        if (type is NonNullType nonNull)
        {
            if (value is null)
            {
                onError(new InputCoercionError([.. path], value, $"Expected non-nullable type \"{type}\" not to be null."));
                return null;
            }

            return Coerce(value, nonNull.OfType, path, onError);
        }

        if (value is null)
        {
            return null;
        }

        switch (type)
        {
            case ListType list:
                if (AsList(value) is { } items)
                {
                    var coerced = new List<object?>(items.Count);
                    for (var i = 0; i < items.Count; i++)
                    {
                        path.Add(i);
                        coerced.Add(Coerce(items[i], list.OfType, path, onError));
                        path.RemoveAt(path.Count - 1);
                    }

                    return coerced;
                }

                // A single value where a list is expected is a list of one (spec 3.11).
                return new List<object?> { Coerce(value, list.OfType, path, onError) };

            case InputObjectType inputObject:
                return CoerceInputObject(value, inputObject, path, onError);

            case EnumType enumType:
                return CoerceEnum(value, enumType, path, onError);

            case ScalarType scalar:
                try
                {
                    return scalar.ParseValue(value);
                }
                catch (ValueCoercionException exception)
                {
                    onError(new InputCoercionError([.. path], value, $"Expected type \"{scalar.Name}\". {exception.Message}"));
                    return null;
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    // Any other failure (a FormatException from a parse, say) also means the value does not
                    // fit, but its text was not written for clients.
                    onError(new InputCoercionError([.. path], value, $"Expected type \"{scalar.Name}\"."));
                    return null;
                }

            default:
                onError(new InputCoercionError([.. path], value, $"Type \"{type}\" is not an input type."));
                return null;
        }
    }

    private static object? CoerceInputObject(object value, InputObjectType type, List<object> path, Action<InputCoercionError> onError)
    {
        if (AsMap(value) is not { } fields)
        {
            onError(new InputCoercionError([.. path], value, $"Expected type \"{type.Name}\" to be an object."));
            return null;
        }

        var coerced = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var field in type.Fields)
        {
            if (!fields.TryGetValue(field.Name, out var fieldValue))
            {
                if (field.DefaultValue is not null)
                {
                    if (ValueFromAst.TryGetValue(field.DefaultValue, field.Type, null, out var defaultValue))
                    {
                        coerced[field.Name] = defaultValue;
                    }
                }
                else if (field.Type is NonNullType)
                {
                    path.Add(field.Name);
                    onError(new InputCoercionError([.. path], value, $"Field \"{field.Name}\" of required type \"{field.Type}\" was not provided."));
                    path.RemoveAt(path.Count - 1);
                }

                continue;
            }

            path.Add(field.Name);
            coerced[field.Name] = Coerce(fieldValue, field.Type, path, onError);
            path.RemoveAt(path.Count - 1);
        }

        foreach (var name in fields.Keys)
        {
            if (type.GetField(name) is null)
            {
                onError(new InputCoercionError([.. path], value, $"Field \"{name}\" is not defined by type \"{type.Name}\"."));
            }
        }

        if (type.IsOneOf)
        {
            if (fields.Count != 1)
            {
                onError(new InputCoercionError([.. path], value, $"Exactly one key must be specified for OneOf type \"{type.Name}\"."));
            }
            else
            {
                var (key, only) = fields.First();
                if (only is null || only is JsonElement { ValueKind: JsonValueKind.Null })
                {
                    path.Add(key);
                    onError(new InputCoercionError([.. path], value, $"Field \"{key}\" must be non-null."));
                    path.RemoveAt(path.Count - 1);
                }
            }
        }

        return coerced;
    }

    private static object? CoerceEnum(object value, EnumType type, List<object> path, Action<InputCoercionError> onError)
    {
        if (value is not string name)
        {
            onError(new InputCoercionError([.. path], value, $"Enum \"{type.Name}\" cannot represent non-string value: {ScalarValues.Inspect(value)}."));
            return null;
        }

        if (type.GetValue(name) is { } enumValue)
        {
            return enumValue.Value;
        }

        onError(new InputCoercionError([.. path], value, $"Value \"{name}\" does not exist in \"{type.Name}\" enum."));
        return null;
    }

    /// <summary>An input object value as a map of field name to value, or null when the value is not an object.</summary>
    internal static IReadOnlyDictionary<string, object?>? AsMap(object value) => value switch
    {
        IReadOnlyDictionary<string, object?> map => map,
        IDictionary<string, object?> map => map.AsReadOnly(),
        JsonElement { ValueKind: JsonValueKind.Object } element => JsonValues.ToClr(element) as IReadOnlyDictionary<string, object?>,
        _ => null,
    };

    /// <summary>A list value's items, or null when the value is not a list (strings and maps are not lists).</summary>
    internal static IReadOnlyList<object?>? AsList(object value) => value switch
    {
        string => null,
        IReadOnlyList<object?> list => list,
        IDictionary or IReadOnlyDictionary<string, object?> or IDictionary<string, object?> => null,
        IEnumerable sequence => sequence.Cast<object?>().ToList(),
        _ => null,
    };
}
