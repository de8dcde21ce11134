using MentorGraph.GraphQL.Language.Ast;
using MentorGraph.GraphQL.Types;

namespace MentorGraph.GraphQL.Execution.Values;

/// <summary>The outcome of coercing an operation's variables: the values, or the errors.</summary>
public sealed record CoercedVariables(IReadOnlyDictionary<string, object?> Values, IReadOnlyList<GraphQLError> Errors)
{
    public bool IsValid => Errors.Count == 0;
}

/// <summary>CoerceVariableValues (spec 6.1.2).</summary>
public static class VariableValues
{
    /// <summary>Most errors reported before coercion gives up.</summary>
    public const int MaxErrors = 50;

    /// <summary>
    /// Coerces the request's variable values to the types the operation declares. Each error is a
    /// BAD_USER_INPUT error located at the variable definition, its message naming the variable and
    /// the path inside its value, e.g. <c>Variable "$input" got invalid value 3 at "input.when"; Expected type "DateTime". ...</c>.
    /// </summary>
    public static CoercedVariables Coerce(
        Schema schema,
        OperationDefinitionNode operation,
        IReadOnlyDictionary<string, object?>? inputs)
    {
        var coerced = new Dictionary<string, object?>(StringComparer.Ordinal);
        var errors = new List<GraphQLError>();
        inputs ??= new Dictionary<string, object?>();

        foreach (var definition in operation.VariableDefinitions)
        {
            if (errors.Count >= MaxErrors)
            {
                errors.Add(GraphQLError.WithCode(
                    "Too many errors processing variables, error limit reached. Execution aborted.",
                    ErrorCodes.BadUserInput));
                break;
            }

            var name = definition.Variable.Name.Value;
            var type = TypeRelations.TypeFromAst(schema, definition.Type);
            if (type is null || !type.IsInputType())
            {
                errors.Add(Error(
                    $"Variable \"${name}\" expected value of type \"{Print(definition.Type)}\" which cannot be used as an input type.",
                    definition));
                continue;
            }

            if (!inputs.TryGetValue(name, out var input))
            {
                if (definition.DefaultValue is not null)
                {
                    if (ValueFromAst.TryGetValue(definition.DefaultValue, type, null, out var defaultValue))
                    {
                        coerced[name] = defaultValue;
                    }
                    else
                    {
                        errors.Add(Error($"Variable \"${name}\" has an invalid default value.", definition.DefaultValue));
                    }
                }
                else if (type is NonNullType)
                {
                    errors.Add(Error($"Variable \"${name}\" of required type \"{type}\" was not provided.", definition));
                }

                continue;
            }

            if (input is null && type is NonNullType)
            {
                errors.Add(Error($"Variable \"${name}\" of non-null type \"{type}\" must not be null.", definition));
                continue;
            }

            coerced[name] = InputValueCoercion.Coerce(input, type, problem =>
            {
                if (errors.Count >= MaxErrors)
                {
                    return;
                }

                var at = problem.Path.Count > 0 ? $" at \"{name}{PrintPath(problem.Path)}\"" : string.Empty;
                errors.Add(Error(
                    $"Variable \"${name}\" got invalid value {ScalarValues.Inspect(problem.InvalidValue)}{at}; {problem.Message}",
                    definition));
            });
        }

        return new CoercedVariables(errors.Count == 0 ? coerced : new Dictionary<string, object?>(), errors);
    }

    /// <summary>A path inside a value as <c>.field[0].other</c>.</summary>
    internal static string PrintPath(IReadOnlyList<object> path) =>
        string.Concat(path.Select(key => key is int index ? $"[{index}]" : $".{key}"));

    private static GraphQLError Error(string message, Node node) =>
        GraphQLError.WithCode(message, ErrorCodes.BadUserInput, ErrorLocations.Of(node));

    private static string Print(TypeNode type) => type switch
    {
        NamedTypeNode named => named.Name.Value,
        ListTypeNode list => $"[{Print(list.Type)}]",
        NonNullTypeNode nonNull => $"{Print(nonNull.Type)}!",
        _ => type.ToString() ?? string.Empty,
    };
}
