using System.Globalization;
using System.Text;
using MentorGraph.GraphQL.Language.Ast;

namespace MentorGraph.GraphQL.Language;

/// <summary>
/// Prints AST nodes back to GraphQL in a canonical form: two-space indentation, one selection or
/// field per line, arguments on one line (argument definitions with descriptions one per line),
/// block strings for block strings that read back unchanged. <c>Parser.Parse(Printer.Print(doc))</c>
/// gives back the same document, locations aside.
/// </summary>
public static class Printer
{
    public static string Print(Node node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return node switch
        {
            NameNode name => name.Value,
            DocumentNode document => Join(document.Definitions.Select(Print), "\n\n"),

            OperationDefinitionNode operation => PrintOperation(operation),
            VariableDefinitionNode variable =>
                Print(variable.Variable) + ": " + Print(variable.Type) + Wrap(" = ", PrintOptional(variable.DefaultValue)) +
                Wrap(" ", PrintDirectives(variable.Directives)),
            SelectionSetNode selectionSet => Block(selectionSet.Selections),
            FieldNode field => Join(
                [
                    PrintFieldWithArguments(field),
                    PrintDirectives(field.Directives),
                    PrintOptional(field.SelectionSet),
                ],
                " "),
            ArgumentNode argument => Print(argument.Name) + ": " + Print(argument.Value),
            FragmentSpreadNode spread => "..." + Print(spread.Name) + Wrap(" ", PrintDirectives(spread.Directives)),
            InlineFragmentNode inline => Join(
                ["...", Wrap("on ", PrintOptional(inline.TypeCondition)), PrintDirectives(inline.Directives), Print(inline.SelectionSet)],
                " "),
            FragmentDefinitionNode fragment =>
                "fragment " + Print(fragment.Name) + " on " + Print(fragment.TypeCondition) + " " +
                Wrap(string.Empty, PrintDirectives(fragment.Directives), " ") + Print(fragment.SelectionSet),

            VariableNode variable => "$" + Print(variable.Name),
            IntValueNode intValue => intValue.Value,
            FloatValueNode floatValue => floatValue.Value,
            StringValueNode stringValue => stringValue.Block && BlockString.IsPrintable(stringValue.Value)
                ? BlockString.Print(stringValue.Value)
                : PrintString(stringValue.Value),
            BooleanValueNode boolean => boolean.Value ? "true" : "false",
            NullValueNode => "null",
            EnumValueNode enumValue => enumValue.Value,
            ListValueNode list => "[" + Join(list.Values.Select(Print), ", ") + "]",
            ObjectValueNode obj => "{" + Join(obj.Fields.Select(Print), ", ") + "}",
            ObjectFieldNode field => Print(field.Name) + ": " + Print(field.Value),
            DirectiveNode directive => "@" + Print(directive.Name) + PrintArguments(directive.Arguments),

            NamedTypeNode named => Print(named.Name),
            ListTypeNode list => "[" + Print(list.Type) + "]",
            NonNullTypeNode nonNull => Print(nonNull.Type) + "!",

            SchemaDefinitionNode schema => PrintDescription(schema.Description) +
                Join(["schema", PrintDirectives(schema.Directives), Block(schema.OperationTypes)], " "),
            OperationTypeDefinitionNode operationType => OperationKeyword(operationType.Operation) + ": " + Print(operationType.Type),
            ScalarTypeDefinitionNode scalar => PrintDescription(scalar.Description) +
                Join(["scalar", Print(scalar.Name), PrintDirectives(scalar.Directives)], " "),
            ObjectTypeDefinitionNode obj => PrintDescription(obj.Description) +
                Join(["type", Print(obj.Name), PrintImplements(obj.Interfaces), PrintDirectives(obj.Directives), Block(obj.Fields)], " "),
            FieldDefinitionNode field => PrintDescription(field.Description) + Print(field.Name) +
                PrintArgumentDefinitions(field.Arguments) + ": " + Print(field.Type) + Wrap(" ", PrintDirectives(field.Directives)),
            InputValueDefinitionNode input => PrintDescription(input.Description) + Join(
                [Print(input.Name) + ": " + Print(input.Type), Wrap("= ", PrintOptional(input.DefaultValue)), PrintDirectives(input.Directives)],
                " "),
            InterfaceTypeDefinitionNode iface => PrintDescription(iface.Description) +
                Join(["interface", Print(iface.Name), PrintImplements(iface.Interfaces), PrintDirectives(iface.Directives), Block(iface.Fields)], " "),
            UnionTypeDefinitionNode union => PrintDescription(union.Description) +
                Join(["union", Print(union.Name), PrintDirectives(union.Directives), PrintUnionMembers(union.Types)], " "),
            EnumTypeDefinitionNode enumType => PrintDescription(enumType.Description) +
                Join(["enum", Print(enumType.Name), PrintDirectives(enumType.Directives), Block(enumType.Values)], " "),
            EnumValueDefinitionNode value => PrintDescription(value.Description) +
                Join([Print(value.Name), PrintDirectives(value.Directives)], " "),
            InputObjectTypeDefinitionNode input => PrintDescription(input.Description) +
                Join(["input", Print(input.Name), PrintDirectives(input.Directives), Block(input.Fields)], " "),
            DirectiveDefinitionNode directive => PrintDescription(directive.Description) + "directive @" + Print(directive.Name) +
                PrintArgumentDefinitions(directive.Arguments) + (directive.Repeatable ? " repeatable" : string.Empty) +
                " on " + Join(directive.Locations.Select(Print), " | "),

            SchemaExtensionNode schema =>
                Join(["extend schema", PrintDirectives(schema.Directives), Block(schema.OperationTypes)], " "),
            ScalarTypeExtensionNode scalar => Join(["extend scalar", Print(scalar.Name), PrintDirectives(scalar.Directives)], " "),
            ObjectTypeExtensionNode obj =>
                Join(["extend type", Print(obj.Name), PrintImplements(obj.Interfaces), PrintDirectives(obj.Directives), Block(obj.Fields)], " "),
            InterfaceTypeExtensionNode iface =>
                Join(["extend interface", Print(iface.Name), PrintImplements(iface.Interfaces), PrintDirectives(iface.Directives), Block(iface.Fields)], " "),
            UnionTypeExtensionNode union =>
                Join(["extend union", Print(union.Name), PrintDirectives(union.Directives), PrintUnionMembers(union.Types)], " "),
            EnumTypeExtensionNode enumType =>
                Join(["extend enum", Print(enumType.Name), PrintDirectives(enumType.Directives), Block(enumType.Values)], " "),
            InputObjectTypeExtensionNode input =>
                Join(["extend input", Print(input.Name), PrintDirectives(input.Directives), Block(input.Fields)], " "),

            _ => throw new ArgumentException($"Cannot print a node of kind {node.Kind}.", nameof(node)),
        };
    }

    /// <summary>
    /// A GraphQL string literal of <paramref name="value"/>, escaped like JSON: <c>"</c>, <c>\</c> and
    /// control characters (C0, DEL and C1) are escaped; other characters are printed as they are.
    /// </summary>
    public static string PrintString(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var result = new StringBuilder(value.Length + 2);
        result.Append('"');
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '"': result.Append("\\\""); break;
                case '\\': result.Append("\\\\"); break;
                case '\b': result.Append("\\b"); break;
                case '\f': result.Append("\\f"); break;
                case '\n': result.Append("\\n"); break;
                case '\r': result.Append("\\r"); break;
                case '\t': result.Append("\\t"); break;
                default:
                    var lone = (char.IsHighSurrogate(c) && (i + 1 >= value.Length || !char.IsLowSurrogate(value[i + 1])))
                        || (char.IsLowSurrogate(c) && (i == 0 || !char.IsHighSurrogate(value[i - 1])));
                    if (c < ' ' || c is >= '\u007F' and <= '\u009F' || lone)
                    {
                        result.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        result.Append(c);
                    }

                    break;
            }
        }

        return result.Append('"').ToString();
    }

    /// <summary>The keyword of an operation type: query, mutation or subscription.</summary>
    public static string OperationKeyword(OperationType operation) => operation switch
    {
        OperationType.Query => "query",
        OperationType.Mutation => "mutation",
        OperationType.Subscription => "subscription",
        _ => throw new ArgumentOutOfRangeException(nameof(operation)),
    };

    private static string PrintOperation(OperationDefinitionNode operation)
    {
        var variables = Wrap("(", Join(operation.VariableDefinitions.Select(Print), ", "), ")");
        var prefix = Join(
            [OperationKeyword(operation.Operation), PrintOptional(operation.Name) + variables, PrintDirectives(operation.Directives)],
            " ");

        // An anonymous query without variables or directives prints as the shorthand selection set.
        return (prefix == "query" ? string.Empty : prefix + " ") + Print(operation.SelectionSet);
    }

    private static string PrintDescription(StringValueNode? description) =>
        description is null ? string.Empty : Print(description) + "\n";

    private static string PrintDirectives(IReadOnlyList<DirectiveNode> directives) => Join(directives.Select(Print), " ");

    private static string PrintArguments(IReadOnlyList<ArgumentNode> arguments) =>
        Wrap("(", Join(arguments.Select(Print), ", "), ")");

    /// <summary>
    /// Alias, name and arguments, laid out as graphql-js prints them: the arguments one per line when the
    /// name, "(", the arguments and ")" together pass 80 characters.
    /// </summary>
    private static string PrintFieldWithArguments(FieldNode field)
    {
        const int MaxLineLength = 80;
        var prefix = Wrap(string.Empty, PrintOptional(field.Alias), ": ") + Print(field.Name);
        var arguments = field.Arguments.Select(Print).ToList();
        var onOneLine = Join(arguments, ", ");
        return prefix.Length + onOneLine.Length + 2 > MaxLineLength
            ? prefix + Wrap("(\n", Indent(Join(arguments, "\n")), "\n)")
            : prefix + Wrap("(", onOneLine, ")");
    }

    // Argument definitions go one per line when any of them spans several lines (has a description).
    private static string PrintArgumentDefinitions(IReadOnlyList<InputValueDefinitionNode> arguments)
    {
        var printed = arguments.Select(Print).ToList();
        return printed.Any(a => a.Contains('\n', StringComparison.Ordinal))
            ? Wrap("(\n", Indent(Join(printed, "\n")), "\n)")
            : Wrap("(", Join(printed, ", "), ")");
    }

    private static string PrintImplements(IReadOnlyList<NamedTypeNode> interfaces) =>
        Wrap("implements ", Join(interfaces.Select(Print), " & "));

    private static string PrintUnionMembers(IReadOnlyList<NamedTypeNode> types) => Wrap("= ", Join(types.Select(Print), " | "));

    private static string PrintOptional(Node? node) => node is null ? string.Empty : Print(node);

    /// <summary>"{", the items one per line indented, "}"; nothing for no items.</summary>
    private static string Block(IEnumerable<Node> items)
    {
        var inner = Join(items.Select(Print), "\n");
        return inner.Length == 0 ? string.Empty : "{\n" + Indent(inner) + "\n}";
    }

    private static string Indent(string text) => text.Length == 0 ? text : "  " + text.Replace("\n", "\n  ", StringComparison.Ordinal);

    private static string Wrap(string start, string text, string end = "") => text.Length == 0 ? string.Empty : start + text + end;

    private static string Join(IEnumerable<string> parts, string separator) =>
        string.Join(separator, parts.Where(p => p.Length > 0));
}
