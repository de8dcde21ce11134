using MentorGraph.GraphQL.Language.Ast;
using MentorGraph.GraphQL.Types;

namespace MentorGraph.GraphQL.Execution.Values;

/// <summary>
/// Input coercion of a literal in a document (which may hold variables) to a type — spec 3.5, 3.9–3.11
/// and 6.4.1 (graphql-js <c>valueFromAST</c>). The literal is expected to be valid (validation checked it),
/// so the answer is only "the value" or "invalid".
/// </summary>
public static class ValueFromAst
{
    /// <summary>
    /// Coerces <paramref name="valueNode"/> to <paramref name="type"/>. Variables are read from
    /// <paramref name="variables"/> (already coerced); a variable not given there is treated as absent.
    /// Returns false when the literal is not a valid value of the type.
    /// </summary>
    public static bool TryGetValue(
        ValueNode valueNode,
        GraphQLType type,
        IReadOnlyDictionary<string, object?>? variables,
        out object? value)
    {
        value = null;
        if (valueNode is VariableNode variable)
        {
            if (variables is null || !variables.TryGetValue(variable.Name.Value, out var variableValue))
            {
                return false;
            }

            if (variableValue is null && type is NonNullType)
            {
                return false;
            }

            // Variables were coerced to their own (compatible) type already; the value is used as is.
            value = variableValue;
            return true;
        }

        if (type is NonNullType nonNull)
        {
            return valueNode is not NullValueNode && TryGetValue(valueNode, nonNull.OfType, variables, out value);
        }

        if (valueNode is NullValueNode)
        {
            return true;
        }

        switch (type)
        {
            case ListType list:
                return TryGetList(valueNode, list, variables, out value);
            case InputObjectType inputObject:
                return TryGetInputObject(valueNode, inputObject, variables, out value);
            case EnumType enumType:
                if (valueNode is EnumValueNode enumNode && enumType.GetValue(enumNode.Value) is { } enumValue)
                {
                    value = enumValue.Value;
                    return true;
                }

                return false;
            case ScalarType scalar:
                try
                {
                    value = scalar.ParseLiteral(valueNode);
                    return true;
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    // A ValueCoercionException, or any other failure of the scalar's parse: the literal does not fit.
                    return false;
                }

            default:
                return false;
        }
    }

    private static bool TryGetList(
        ValueNode valueNode,
        ListType type,
        IReadOnlyDictionary<string, object?>? variables,
        out object? value)
    {
        if (valueNode is not ListValueNode listNode)
        {
            // A single value where a list is expected is a list of one (spec 3.11).
            var ok = TryGetValue(valueNode, type.OfType, variables, out var single);
            value = ok ? new List<object?> { single } : null;
            return ok;
        }

        var items = new List<object?>(listNode.Values.Count);
        foreach (var itemNode in listNode.Values)
        {
            if (IsMissingVariable(itemNode, variables))
            {
                // An absent variable inside a list is null (spec 3.11: "null" for list items).
                if (type.OfType is NonNullType)
                {
                    value = null;
                    return false;
                }

                items.Add(null);
                continue;
            }

            if (!TryGetValue(itemNode, type.OfType, variables, out var item))
            {
                value = null;
                return false;
            }

            items.Add(item);
        }

        value = items;
        return true;
    }

    private static bool TryGetInputObject(
        ValueNode valueNode,
        InputObjectType type,
        IReadOnlyDictionary<string, object?>? variables,
        out object? value)
    {
        value = null;
        if (valueNode is not ObjectValueNode objectNode)
        {
            return false;
        }

        var fieldNodes = new Dictionary<string, ValueNode>(StringComparer.Ordinal);
        foreach (var fieldNode in objectNode.Fields)
        {
            if (type.GetField(fieldNode.Name.Value) is null || !fieldNodes.TryAdd(fieldNode.Name.Value, fieldNode.Value))
            {
                return false;
            }
        }

        var coerced = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var field in type.Fields)
        {
            if (!fieldNodes.TryGetValue(field.Name, out var fieldValueNode) || IsMissingVariable(fieldValueNode, variables))
            {
                if (field.DefaultValue is not null)
                {
                    if (!TryGetValue(field.DefaultValue, field.Type, null, out var defaultValue))
                    {
                        return false;
                    }

                    coerced[field.Name] = defaultValue;
                }
                else if (field.Type is NonNullType)
                {
                    return false;
                }

                continue;
            }

            if (!TryGetValue(fieldValueNode, field.Type, variables, out var fieldValue))
            {
                return false;
            }

            coerced[field.Name] = fieldValue;
        }

        if (type.IsOneOf)
        {
            // Exactly one field, and its value not null (a variable counts by its runtime value).
            if (coerced.Count != 1 || fieldNodes.Count != 1 || coerced.Values.Single() is null)
            {
                return false;
            }
        }

        value = coerced;
        return true;
    }

    private static bool IsMissingVariable(ValueNode node, IReadOnlyDictionary<string, object?>? variables) =>
        node is VariableNode variable && (variables is null || !variables.ContainsKey(variable.Name.Value));
}
