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
        inputs ??= NoInputs;

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

            coerced[name] = TryParseScalar(input, type, out var scalarValue)
                ? scalarValue
                : Coerce(input, type, name, definition, errors);
        }

        return new CoercedVariables(errors.Count == 0 ? coerced : new Dictionary<string, object?>(), errors);
    }

    private static readonly IReadOnlyDictionary<string, object?> NoInputs = new Dictionary<string, object?>();

    /// <summary>
    /// The common case first: a scalar variable given a plain value its scalar accepts, parsed as input
    /// coercion would parse it. Anything else (JSON elements, lists, input objects, enums, a value the
    /// scalar refuses) goes the full way, which also words the error.
    /// </summary>
    private static bool TryParseScalar(object? input, GraphQLType type, out object? value)
    {
        var inner = type is NonNullType nonNull ? nonNull.OfType : type;
        if (inner is ScalarType scalar && input is not null and not System.Text.Json.JsonElement)
        {
            try
            {
                value = scalar.ParseValue(input);
                return true;
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // Coerced again the full way, which reports it as input coercion does.
            }
        }

        value = null;
        return false;
    }

    /// <summary>Input coercion of one variable's value, its problems reported as errors naming the variable.</summary>
    private static object? Coerce(object? input, GraphQLType type, string name, VariableDefinitionNode definition, List<GraphQLError> errors) =>
        InputValueCoercion.Coerce(input, type, problem =>
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
