using System.Text;
using MentorGraph.GraphQL.Language;
using MentorGraph.GraphQL.Language.Ast;

namespace MentorGraph.GraphQL.Types;

/// <summary>
/// Prints a schema back to SDL the way graphql-js's <c>printSchema</c> does: the schema definition only
/// when it has a description or its root types are not named Query/Mutation/Subscription, then the
/// custom directives, then the types in schema order — built-in scalars, built-in directives and
/// introspection types left out; descriptions as block strings; <c>@deprecated</c>, <c>@specifiedBy</c>
/// and <c>@oneOf</c> written out; default values in canonical form.
/// </summary>
public static class SchemaPrinter
{
    public static string Print(Schema schema) => Print(schema, appliedDirectives: false);

    /// <summary>
    /// The schema as SDL; with <paramref name="appliedDirectives"/>, also the custom directives the SDL applies
    /// to fields, arguments and input fields (e.g. <c>@cost</c> and <c>@listSize</c>, so that clients can read
    /// what a query may cost, as HotChocolate prints them). graphql-js's <c>printSchema</c> leaves them out,
    /// and so does <see cref="Print(Schema)"/>.
    /// </summary>
    public static string Print(Schema schema, bool appliedDirectives)
    {
        ArgumentNullException.ThrowIfNull(schema);
        var parts = new List<string>();
        if (PrintSchemaDefinition(schema) is { } schemaDefinition)
        {
            parts.Add(schemaDefinition);
        }

        parts.AddRange(schema.Directives.Where(d => !BuiltInDirectives.IsBuiltIn(d.Name)).Select(PrintDirective));
        parts.AddRange(schema.Types.Values
            .Where(t => !BuiltInScalars.IsBuiltIn(t) && !Introspection.IsIntrospectionType(t))
            .Select(t => PrintType(t, appliedDirectives)));
        return string.Join("\n\n", parts);
    }

    /// <summary>One named type as SDL.</summary>
    public static string PrintType(NamedType type) => PrintType(type, appliedDirectives: false);

    /// <summary>One named type as SDL, with the custom directives applied to its fields when <paramref name="appliedDirectives"/>.</summary>
    public static string PrintType(NamedType type, bool appliedDirectives) => type switch
    {
        ScalarType scalar => Description(scalar.Description) + "scalar " + scalar.Name + SpecifiedBy(scalar.SpecifiedByUrl),
        ObjectType obj => Description(obj.Description) + "type " + obj.Name + Implements(obj) + Fields(obj, appliedDirectives),
        InterfaceType iface => Description(iface.Description) + "interface " + iface.Name + Implements(iface) + Fields(iface, appliedDirectives),
        UnionType union => Description(union.Description) + "union " + union.Name
            + (union.Types.Count > 0 ? " = " + string.Join(" | ", union.Types.Select(t => t.Name)) : string.Empty),
        EnumType enumType => Description(enumType.Description) + "enum " + enumType.Name + Block(enumType.Values.Select(
            (value, i) => Description(value.Description, "  ", i == 0) + "  " + value.Name + Deprecated(value.DeprecationReason))),
        InputObjectType input => Description(input.Description) + "input " + input.Name + (input.IsOneOf ? " @oneOf" : string.Empty)
            + Block(input.Fields.Select((field, i) => Description(field.Description, "  ", i == 0) + "  " + InputValue(field, appliedDirectives))),
        _ => throw new ArgumentException($"Cannot print a type of kind {type.Kind}.", nameof(type)),
    };

    /// <summary>One directive definition as SDL.</summary>
    public static string PrintDirective(DirectiveDefinition directive) =>
        Description(directive.Description) + "directive @" + directive.Name + Arguments(directive.Arguments, string.Empty)
        + (directive.IsRepeatable ? " repeatable" : string.Empty)
        + " on " + string.Join(" | ", directive.Locations.Select(l => l.ToSdlName()));

    private static string? PrintSchemaDefinition(Schema schema)
    {
        var standardNames = schema.QueryType.Name == "Query"
            && (schema.MutationType is null || schema.MutationType.Name == "Mutation")
            && (schema.SubscriptionType is null || schema.SubscriptionType.Name == "Subscription");
        if (schema.Description is null && standardNames)
        {
            return null;
        }

        var builder = new StringBuilder(Description(schema.Description)).Append("schema {\n");
        builder.Append("  query: ").Append(schema.QueryType.Name).Append('\n');
        if (schema.MutationType is not null)
        {
            builder.Append("  mutation: ").Append(schema.MutationType.Name).Append('\n');
        }

        if (schema.SubscriptionType is not null)
        {
            builder.Append("  subscription: ").Append(schema.SubscriptionType.Name).Append('\n');
        }

        return builder.Append('}').ToString();
    }

    private static string Implements(FieldsType type) =>
        type.Interfaces.Count > 0 ? " implements " + string.Join(" & ", type.Interfaces.Select(i => i.Name)) : string.Empty;

    private static string Fields(FieldsType type, bool appliedDirectives) => Block(type.Fields.Select((field, i) =>
        Description(field.Description, "  ", i == 0) + "  " + field.Name + Arguments(field.Arguments, "  ", appliedDirectives) + ": " + field.Type
        + Deprecated(field.DeprecationReason) + Applied(field.AstNode?.Directives, appliedDirectives)));

    /// <summary>The custom directives an SDL node applies (built-in ones are printed on their own), when asked for.</summary>
    private static string Applied(IReadOnlyList<DirectiveNode>? directives, bool appliedDirectives) =>
        !appliedDirectives || directives is null
            ? string.Empty
            : string.Concat(directives.Where(d => !BuiltInDirectives.IsBuiltIn(d.Name.Value)).Select(d => " " + Printer.Print(d)));

    private static string Block(IEnumerable<string> items)
    {
        var list = items.ToList();
        return list.Count == 0 ? string.Empty : " {\n" + string.Join("\n", list) + "\n}";
    }

    /// <summary>Arguments on one line, or one per line (with their descriptions) when any has a description.</summary>
    private static string Arguments(IReadOnlyList<InputValueDefinition> arguments, string indentation, bool appliedDirectives = false)
    {
        if (arguments.Count == 0)
        {
            return string.Empty;
        }

        if (arguments.All(a => a.Description is null or ""))
        {
            return "(" + string.Join(", ", arguments.Select(a => InputValue(a, appliedDirectives))) + ")";
        }

        var lines = arguments.Select((argument, i) =>
            Description(argument.Description, "  " + indentation, i == 0) + "  " + indentation + InputValue(argument, appliedDirectives));
        return "(\n" + string.Join("\n", lines) + "\n" + indentation + ")";
    }

    private static string InputValue(InputValueDefinition input, bool appliedDirectives)
    {
        var text = input.Name + ": " + input.Type;
        if (InputValueLiterals.PrintDefaultValue(input) is { } defaultValue)
        {
            text += " = " + defaultValue;
        }

        return text + Deprecated(input.DeprecationReason) + Applied(input.AstNode?.Directives, appliedDirectives);
    }

    private static string Deprecated(string? reason) => reason switch
    {
        null => string.Empty,
        BuiltInDirectives.DefaultDeprecationReason => " @deprecated",
        _ => " @deprecated(reason: " + Printer.PrintString(reason) + ")",
    };

    private static string SpecifiedBy(string? url) =>
        url is null ? string.Empty : " @specifiedBy(url: " + Printer.PrintString(url) + ")";

    /// <summary>
    /// A description above a definition: a block string when the text reads back unchanged from one,
    /// else a quoted string; each line indented; a blank line before it when it is not first in its block.
    /// </summary>
    private static string Description(string? description, string indentation = "", bool firstInBlock = true)
    {
        if (description is null)
        {
            return string.Empty;
        }

        var literal = BlockString.IsPrintable(description)
            ? BlockString.Print(description)
            : Printer.PrintString(description);
        var prefix = indentation.Length > 0 && !firstInBlock ? "\n" + indentation : indentation;
        return prefix + literal.Replace("\n", "\n" + indentation, StringComparison.Ordinal) + "\n";
    }
}
