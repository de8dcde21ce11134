using System.Text;
using MentorGraph.GraphQL.Language;
using MentorGraph.GraphQL.Language.Ast;

namespace MentorGraph.GraphQL.Types;

/// <summary>
/// Prints a schema back to SDL the way graphql-js's <c>printSchema</c> does: the schema definition only
/// when it has a description or its root types are not named Query/Mutation/Subscription, then the
/// custom directives, then the types in schema order — built-in scalars, built-in directives and
/// introspection types left out; descriptions as block strings; <c>@deprecated</c>, <c>@specifiedBy</c>
/// and <c>@oneOf</c> written out; default values in canonical form. Beyond <c>printSchema</c>, the SDL's
/// own directives applied to types, fields, arguments, input fields and enum values are written out too
/// (as HotChocolate's SDL does: <c>@authorize</c>, <c>@cost</c>, <c>@listSize</c> tell clients what a field
/// needs and costs); introspection does not carry them, so a schema without such directives prints
/// exactly as graphql-js prints it.
/// </summary>
public static class SchemaPrinter
{
    public static string Print(Schema schema)
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
            .Select(PrintType));
        return string.Join("\n\n", parts);
    }

    /// <summary>One named type as SDL.</summary>
    public static string PrintType(NamedType type) => type switch
    {
        ScalarType scalar => Description(scalar.Description) + "scalar " + scalar.Name + SpecifiedBy(scalar.SpecifiedByUrl) + Applied(scalar),
        ObjectType obj => Description(obj.Description) + "type " + obj.Name + Implements(obj) + Applied(obj) + Fields(obj),
        InterfaceType iface => Description(iface.Description) + "interface " + iface.Name + Implements(iface) + Applied(iface) + Fields(iface),
        UnionType union => Description(union.Description) + "union " + union.Name + Applied(union)
            + (union.Types.Count > 0 ? " = " + string.Join(" | ", union.Types.Select(t => t.Name)) : string.Empty),
        EnumType enumType => Description(enumType.Description) + "enum " + enumType.Name + Applied(enumType) + Block(enumType.Values.Select(
            (value, i) => Description(value.Description, "  ", i == 0) + "  " + value.Name + Deprecated(value.DeprecationReason) + Applied(value.AstNode?.Directives))),
        InputObjectType input => Description(input.Description) + "input " + input.Name + (input.IsOneOf ? " @oneOf" : string.Empty) + Applied(input)
            + Block(input.Fields.Select((field, i) => Description(field.Description, "  ", i == 0) + "  " + InputValue(field))),
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

    private static string Fields(FieldsType type) => Block(type.Fields.Select((field, i) =>
        Description(field.Description, "  ", i == 0) + "  " + field.Name + Arguments(field.Arguments, "  ") + ": " + field.Type
        + Deprecated(field.DeprecationReason) + Applied(field.AstNode?.Directives)));

    private static string Block(IEnumerable<string> items)
    {
        var list = items.ToList();
        return list.Count == 0 ? string.Empty : " {\n" + string.Join("\n", list) + "\n}";
    }

    /// <summary>Arguments on one line, or one per line (with their descriptions) when any has a description.</summary>
    private static string Arguments(IReadOnlyList<InputValueDefinition> arguments, string indentation)
    {
        if (arguments.Count == 0)
        {
            return string.Empty;
        }

        if (arguments.All(a => a.Description is null or ""))
        {
            return "(" + string.Join(", ", arguments.Select(InputValue)) + ")";
        }

        var lines = arguments.Select((argument, i) =>
            Description(argument.Description, "  " + indentation, i == 0) + "  " + indentation + InputValue(argument));
        return "(\n" + string.Join("\n", lines) + "\n" + indentation + ")";
    }

    private static string InputValue(InputValueDefinition input)
    {
        var text = input.Name + ": " + input.Type;
        if (InputValueLiterals.PrintDefaultValue(input) is { } defaultValue)
        {
            text += " = " + defaultValue;
        }

        return text + Deprecated(input.DeprecationReason) + Applied(input.AstNode?.Directives);
    }

    /// <summary>The SDL's own directives applied to a type, its definition and extensions together, in order.</summary>
    private static string Applied(NamedType type) =>
        Applied((type.AstNode?.Directives ?? []).Concat(type.ExtensionAstNodes.SelectMany(e => e.Directives)));

    /// <summary>Directives applied in the SDL, each as written (canonical form), except the built-in ones printed on their own.</summary>
    private static string Applied(IEnumerable<DirectiveNode>? directives)
    {
        if (directives is null)
        {
            return string.Empty;
        }

        var builder = new StringBuilder();
        foreach (var directive in directives)
        {
            if (!BuiltInDirectives.IsBuiltIn(directive.Name.Value))
            {
                builder.Append(' ').Append(Printer.Print(directive));
            }
        }

        return builder.ToString();
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
