using MentorGraph.GraphQL.Data.Declarations;

namespace MentorGraph.GraphQL.Data.Sdl;

/// <summary>
/// The operation filter inputs, named and shaped exactly as HotChocolate names them, with HotChocolate's
/// <c>@cost</c> weights (10 per comparison, 20 per text search) and a description on every part.
/// </summary>
internal static class OperationInputs
{
    /// <summary>The operation input a scalar or enum field is filtered with.</summary>
    public static string NameOf(DataField field) => field.Kind switch
    {
        DataFieldKind.String => "StringOperationFilterInput",
        DataFieldKind.Int => "IntOperationFilterInput",
        DataFieldKind.Float => "FloatOperationFilterInput",
        DataFieldKind.Boolean => "BooleanOperationFilterInput",
        DataFieldKind.DateTime => "DateTimeOperationFilterInput",
        DataFieldKind.Date => "DateOperationFilterInput",
        DataFieldKind.Id => "IdOperationFilterInput",
        DataFieldKind.Enum => field.EnumTypeName + "OperationFilterInput",
        _ => throw new InvalidOperationException($"{field.Kind} has no operation input."),
    };

    /// <summary>The SDL of the operation input <see cref="NameOf"/> gives for <paramref name="field"/>.</summary>
    public static string Sdl(DataField field) => field.Kind switch
    {
        DataFieldKind.String => StringInput(),
        DataFieldKind.Int => Comparable(NameOf(field), "Int", "a whole number"),
        DataFieldKind.Float => Comparable(NameOf(field), "Float", "a number"),
        DataFieldKind.DateTime => Comparable(NameOf(field), "DateTime", "a date and time"),
        DataFieldKind.Date => Comparable(NameOf(field), "Date", "a date"),
        DataFieldKind.Boolean => Input(NameOf(field), "Conditions on a true/false value; all given conditions must hold.", Equality("Boolean", list: null)),
        DataFieldKind.Id => Input(NameOf(field), "Conditions on an id; all given conditions must hold.", Equality("ID", list: "[ID]")),
        DataFieldKind.Enum => Input(
            NameOf(field),
            $"Conditions on a {field.EnumTypeName} value; all given conditions must hold.",
            Equality(field.EnumTypeName!, list: $"[{field.EnumTypeName}!]")),
        _ => throw new InvalidOperationException($"{field.Kind} has no operation input."),
    };

    private static string StringInput()
    {
        const string name = "StringOperationFilterInput";
        var text = Cost("20");
        string[] fields =
        [
            Field("and", $"[{name}!]", "All of these conditions must hold."),
            Field("or", $"[{name}!]", "At least one of these conditions must hold."),
            .. Equality("String", list: "[String]").Take(2),
            Field("contains", "String", "The value contains this text.", text),
            Field("ncontains", "String", "The value does not contain this text (or is null).", text),
            .. Equality("String", list: "[String]").Skip(2),
            Field("startsWith", "String", "The value starts with this text.", text),
            Field("nstartsWith", "String", "The value does not start with this text (or is null).", text),
            Field("endsWith", "String", "The value ends with this text.", text),
            Field("nendsWith", "String", "The value does not end with this text (or is null).", text),
        ];
        return Input(
            name,
            "Conditions on a text value; all given conditions must hold. Texts are compared as the server's string matching does: by default, ignoring case.",
            fields);
    }

    private static string Comparable(string name, string type, string what)
    {
        string[] fields =
        [
            .. Equality(type, list: $"[{type}]"),
            Field("gt", type, "The value is greater than this.", Cost("10")),
            Field("ngt", type, "The value is not greater than this (or is null).", Cost("10")),
            Field("gte", type, "The value is greater than or equal to this.", Cost("10")),
            Field("ngte", type, "The value is not greater than or equal to this (or is null).", Cost("10")),
            Field("lt", type, "The value is less than this.", Cost("10")),
            Field("nlt", type, "The value is not less than this (or is null).", Cost("10")),
            Field("lte", type, "The value is less than or equal to this.", Cost("10")),
            Field("nlte", type, "The value is not less than or equal to this (or is null).", Cost("10")),
        ];
        return Input(name, $"Conditions on {what}; all given conditions must hold.", fields);
    }

    /// <summary><c>eq neq</c>, then <c>in nin</c> when <paramref name="list"/> is given.</summary>
    private static string[] Equality(string type, string? list)
    {
        var equality = new List<string>
        {
            Field("eq", type, "The value equals this; null: the value is null.", Cost("10")),
            Field("neq", type, "The value does not equal this; null: the value is not null.", Cost("10")),
        };
        if (list is not null)
        {
            equality.Add(Field("in", list, "The value is one of these.", Cost("10")));
            equality.Add(Field("nin", list, "The value is none of these.", Cost("10")));
        }

        return [.. equality];
    }

    public static string Cost(string weight) => $" @cost(weight: \"{weight}\")";

    public static string Field(string name, string type, string description, string directives = "") =>
        $"  {SdlText.Quote(description)}\n  {name}: {type}{directives}";

    public static string Input(string name, string description, IEnumerable<string> fields) =>
        $"{SdlText.Quote(description)}\ninput {name} {{\n{string.Join("\n", fields)}\n}}";
}
