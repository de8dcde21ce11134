using System.Globalization;
using System.Runtime.CompilerServices;
using MentorGraph.GraphQL.Language.Ast;

namespace MentorGraph.GraphQL.Types;

/// <summary>
/// A field's <c>@listSize</c> (IBM GraphQL cost directive spec, with HotChocolate's
/// <c>slicingArgumentDefaultValue</c>): how many items the field — or, with <see cref="SizedFields"/>, the
/// named fields of the object it returns (a connection's <c>edges</c> and <c>nodes</c>) — holds.
/// </summary>
public sealed record ListSizeDirective(
    int? AssumedSize,
    IReadOnlyList<string> SlicingArguments,
    int? SlicingArgumentDefaultValue,
    IReadOnlyList<string> SizedFields,
    bool RequireOneSlicingArgument);

/// <summary>
/// The IBM cost directives a schema's SDL applies, read once per schema for the MaxCost rule:
/// <c>@cost(weight:)</c> on fields, arguments, input fields and types, and <c>@listSize</c> on fields. At build
/// time a field's weight becomes its <see cref="FieldDefinition.Cost"/> (its own <c>@cost</c>, else that of
/// the object, scalar or enum type it returns); <c>SetCost</c> and <c>@cost</c> on one field are a build error.
/// Weights may be fractional strings (<c>"2.5"</c>); the engine counts whole numbers, so each is rounded up,
/// keeping the computed cost an upper bound. Directives are recognised by name, as the spec reserves them.
/// </summary>
internal sealed class CostDirectives
{
    private const string CostName = "cost";
    private const string ListSizeName = "listSize";

    private static readonly ConditionalWeakTable<Schema, CostDirectives> BySchema = new();

    private readonly Dictionary<InputValueDefinition, int> _inputWeights = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<FieldDefinition, ListSizeDirective> _listSizes = new(ReferenceEqualityComparer.Instance);

    private CostDirectives()
    {
    }

    /// <summary>The directives of <paramref name="schema"/> (read at build time; read now for a schema built otherwise).</summary>
    public static CostDirectives Of(Schema schema) => BySchema.GetValue(schema, s => Read(s, new HashSet<string>(), []));

    /// <summary>The <c>@cost</c> weight of an argument or input field; 0 without one.</summary>
    public int WeightOf(InputValueDefinition input) => _inputWeights.GetValueOrDefault(input);

    /// <summary>True when some argument or input field has a weight (so literal values are worth walking).</summary>
    public bool HasInputWeights => _inputWeights.Count > 0;

    public ListSizeDirective? ListSizeOf(FieldDefinition field) => _listSizes.GetValueOrDefault(field);

    /// <summary>Reads and checks the directives while the schema is built, sets field costs, and keeps the result for MaxCost.</summary>
    public static void Apply(Schema schema, IReadOnlyCollection<string> coordinatesWithSetCost, List<SchemaError> errors)
    {
        var directives = Read(schema, coordinatesWithSetCost, errors);
        BySchema.AddOrUpdate(schema, directives);
    }

    private static CostDirectives Read(Schema schema, IReadOnlyCollection<string> coordinatesWithSetCost, List<SchemaError> errors)
    {
        var result = new CostDirectives();
        var explicitCosts = coordinatesWithSetCost.ToHashSet(StringComparer.Ordinal);
        foreach (var type in schema.Types.Values.Where(t => !t.Name.StartsWith("__", StringComparison.Ordinal)))
        {
            switch (type)
            {
                case FieldsType fields:
                    foreach (var field in fields.Fields)
                    {
                        result.ReadField(fields, field, explicitCosts, errors);
                    }

                    break;
                case InputObjectType input:
                    foreach (var field in input.Fields)
                    {
                        result.ReadInput(field, $"{input.Name}.{field.Name}", errors);
                    }

                    break;
            }
        }

        return result;
    }

    private void ReadField(FieldsType parent, FieldDefinition field, HashSet<string> explicitCosts, List<SchemaError> errors)
    {
        var coordinate = $"{parent.Name}.{field.Name}";
        foreach (var argument in field.Arguments)
        {
            ReadInput(argument, $"{coordinate}({argument.Name}:)", errors);
        }

        var own = Weight(field.AstNode?.Directives, coordinate, errors);
        if (own is not null && parent is InterfaceType)
        {
            errors.Add(new SchemaError($"\"{coordinate}\" is an interface field, which may carry no @cost: the cost spec prices the fields of the object types."));
        }
        else if (own is not null && explicitCosts.Contains(coordinate))
        {
            errors.Add(new SchemaError($"\"{coordinate}\" has a cost from SetCost and from @cost in the SDL; keep one."));
        }
        else if (!explicitCosts.Contains(coordinate) && (own ?? TypeWeight(field.Type.GetNamedType(), errors)) is { } weight)
        {
            field.Cost = weight;
        }

        if (Find(field.AstNode?.Directives, ListSizeName) is { } listSize)
        {
            _listSizes[field] = ReadListSize(listSize, field, coordinate, errors);
        }
    }

    private void ReadInput(InputValueDefinition input, string coordinate, List<SchemaError> errors)
    {
        if (Weight(input.AstNode?.Directives, coordinate, errors) is { } weight)
        {
            _inputWeights[input] = weight;
        }
    }

    private static int? TypeWeight(NamedType type, List<SchemaError> errors) =>
        type is ObjectType or ScalarType or EnumType ? Weight(type.AstNode?.Directives, type.Name, errors) : null;

    private static int? Weight(IReadOnlyList<DirectiveNode>? directives, string where, List<SchemaError> errors)
    {
        if (Find(directives, CostName)?.Arguments.FirstOrDefault(a => a.Name.Value == "weight")?.Value is not StringValueNode text)
        {
            return null;
        }

        if (!decimal.TryParse(text.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var weight) || Math.Abs(weight) > int.MaxValue)
        {
            errors.Add(new SchemaError($"The @cost weight of \"{where}\" is \"{text.Value}\", which is not a number.", text));
            return null;
        }

        return (int)Math.Ceiling(weight);
    }

    private static ListSizeDirective ReadListSize(DirectiveNode directive, FieldDefinition field, string coordinate, List<SchemaError> errors)
    {
        ValueNode? Argument(string name) => directive.Arguments.FirstOrDefault(a => a.Name.Value == name)?.Value;
        int? Number(string name) => Argument(name) is IntValueNode number && int.TryParse(number.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;
        IReadOnlyList<string> Names(string name) => Argument(name) is ListValueNode list ? [.. list.Values.OfType<StringValueNode>().Select(v => v.Value)] : [];

        var listSize = new ListSizeDirective(
            Number("assumedSize"),
            Names("slicingArguments"),
            Number("slicingArgumentDefaultValue"),
            Names("sizedFields"),
            Argument("requireOneSlicingArgument") is not BooleanValueNode { Value: false });
        foreach (var name in listSize.SlicingArguments)
        {
            if (field.GetArgument(name)?.Type.GetNullableType() is not ScalarType { Name: "Int" })
            {
                errors.Add(new SchemaError($"@listSize on \"{coordinate}\" names the slicing argument \"{name}\", which the field does not have as an Int.", directive));
            }
        }

        var returned = field.Type.GetNamedType() as FieldsType;
        foreach (var name in listSize.SizedFields)
        {
            if (returned?.GetField(name)?.Type.GetNullableType() is not ListType)
            {
                errors.Add(new SchemaError($"@listSize on \"{coordinate}\" names the sized field \"{name}\", which {field.Type.GetNamedType().Name} does not have as a list.", directive));
            }
        }

        if (listSize.SizedFields.Count == 0 && field.Type.GetNullableType() is not ListType)
        {
            errors.Add(new SchemaError($"@listSize on \"{coordinate}\" sizes a field that returns no list; name the list fields with sizedFields.", directive));
        }

        return listSize;
    }

    private static DirectiveNode? Find(IReadOnlyList<DirectiveNode>? directives, string name) =>
        directives?.FirstOrDefault(d => d.Name.Value == name);
}
