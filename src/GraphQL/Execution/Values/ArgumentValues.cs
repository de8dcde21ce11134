using MentorGraph.GraphQL.Language;
using MentorGraph.GraphQL.Language.Ast;
using MentorGraph.GraphQL.Types;

namespace MentorGraph.GraphQL.Execution.Values;

/// <summary>CoerceArgumentValues (spec 6.4.1), for fields and directives.</summary>
public static class ArgumentValues
{
    /// <summary>
    /// The coerced arguments of a field or directive: defaults applied, variables substituted, absent
    /// optional arguments left out (so null and missing stay distinct). Throws <see cref="GraphQLException"/>
    /// (BAD_USER_INPUT, located at the offending node) when an argument cannot be coerced.
    /// </summary>
    public static IReadOnlyDictionary<string, object?> Coerce(
        IReadOnlyList<InputValueDefinition> definitions,
        IReadOnlyList<ArgumentNode> argumentNodes,
        IReadOnlyDictionary<string, object?> variables,
        Node ownerNode)
    {
        if (definitions.Count == 0)
        {
            return Empty;
        }

        var coerced = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var definition in definitions)
        {
            var name = definition.Name;
            var type = definition.Type;
            var argumentNode = Find(argumentNodes, name);

            if (argumentNode is null)
            {
                ApplyDefault(definition, coerced, ownerNode,
                    $"Argument \"{name}\" of required type \"{type}\" was not provided.");
                continue;
            }

            var valueNode = argumentNode.Value;
            var isNull = valueNode is NullValueNode;
            if (valueNode is VariableNode variable)
            {
                if (!variables.TryGetValue(variable.Name.Value, out var variableValue))
                {
                    ApplyDefault(definition, coerced, valueNode,
                        $"Argument \"{name}\" of required type \"{type}\" was provided the variable \"${variable.Name.Value}\" which was not provided a runtime value.");
                    continue;
                }

                isNull = variableValue is null;
            }

            if (isNull && type is NonNullType)
            {
                throw Error($"Argument \"{name}\" of non-null type \"{type}\" must not be null.", valueNode);
            }

            if (!ValueFromAst.TryGetValue(valueNode, type, variables, out var value))
            {
                throw Error($"Argument \"{name}\" has invalid value {Printer.Print(valueNode)}.", valueNode);
            }

            coerced[name] = value;
        }

        return coerced;
    }

    private static void ApplyDefault(
        InputValueDefinition definition,
        Dictionary<string, object?> coerced,
        Node errorNode,
        string requiredMessage)
    {
        if (definition.DefaultValue is not null)
        {
            if (!ValueFromAst.TryGetValue(definition.DefaultValue, definition.Type, null, out var defaultValue))
            {
                throw Error($"Argument \"{definition.Name}\" has an invalid default value.", errorNode);
            }

            coerced[definition.Name] = defaultValue;
        }
        else if (definition.Type is NonNullType)
        {
            throw Error(requiredMessage, errorNode);
        }
    }

    private static ArgumentNode? Find(IReadOnlyList<ArgumentNode> nodes, string name)
    {
        foreach (var node in nodes)
        {
            if (node.Name.Value == name)
            {
                return node;
            }
        }

        return null;
    }

    private static GraphQLException Error(string message, Node node) =>
        new(GraphQLError.WithCode(message, ErrorCodes.BadUserInput, ErrorLocations.Of(node)));

    private static readonly IReadOnlyDictionary<string, object?> Empty = new Dictionary<string, object?>();
}
