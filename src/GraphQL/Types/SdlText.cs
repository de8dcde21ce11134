using System.Text;
using MentorGraph.GraphQL.Language.Ast;

namespace MentorGraph.GraphQL.Types;

/// <summary>
/// The small part of GraphQL printing the type system needs: value literals (for messages, default values
/// and directive arguments) and block strings (for descriptions).
/// </summary>
internal static class SdlText
{
    /// <summary>A value literal as GraphQL source text: <c>{a: 1, b: [2, 3]}</c>, <c>"text"</c>, <c>ENUM</c>.</summary>
    public static string PrintValue(ValueNode value) => value switch
    {
        VariableNode variable => "$" + variable.Name.Value,
        IntValueNode integer => integer.Value,
        FloatValueNode number => number.Value,
        StringValueNode { Block: true } text => PrintBlockString(text.Value),
        StringValueNode text => ScalarValues.QuoteString(text.Value),
        BooleanValueNode flag => flag.Value ? "true" : "false",
        NullValueNode => "null",
        EnumValueNode member => member.Value,
        ListValueNode list => "[" + string.Join(", ", list.Values.Select(PrintValue)) + "]",
        ObjectValueNode obj => "{" + string.Join(", ", obj.Fields.Select(f => f.Name.Value + ": " + PrintValue(f.Value))) + "}",
        _ => throw new ArgumentException($"Unknown value node {value.GetType().Name}.", nameof(value)),
    };

    /// <summary>A type reference as GraphQL source text: <c>[String!]!</c>.</summary>
    public static string PrintType(TypeNode type) => type switch
    {
        NamedTypeNode named => named.Name.Value,
        ListTypeNode list => "[" + PrintType(list.Type) + "]",
        NonNullTypeNode nonNull => PrintType(nonNull.Type) + "!",
        _ => throw new ArgumentException($"Unknown type node {type.GetType().Name}.", nameof(type)),
    };

    /// <summary>
    /// A string as a block string: on one line when it is short and single-line, otherwise with the
    /// quotes on their own lines; <c>"""</c> inside is escaped.
    /// </summary>
    public static string PrintBlockString(string value)
    {
        var escaped = value.Replace("\"\"\"", "\\\"\"\"", StringComparison.Ordinal);
        var lines = escaped.Split('\n');
        var isSingleLine = lines.Length == 1;

        // Lines after the first that all start with white space would lose that indentation when read
        // back, unless the value starts on its own line.
        var forceLeadingNewLine = lines.Length > 1
            && lines.Skip(1).All(line => line.Length == 0 || line[0] is ' ' or '\t');
        var hasTrailingTripleQuotes = escaped.EndsWith("\\\"\"\"", StringComparison.Ordinal);
        var hasTrailingQuote = value.EndsWith('"') && !hasTrailingTripleQuotes;
        var hasTrailingSlash = value.EndsWith('\\');
        var forceTrailingNewLine = hasTrailingQuote || hasTrailingSlash;
        var printAsMultipleLines = !isSingleLine || value.Length > 70 || forceTrailingNewLine
            || forceLeadingNewLine || hasTrailingTripleQuotes;

        var builder = new StringBuilder("\"\"\"");
        var skipLeadingNewLine = isSingleLine && value.Length > 0 && value[0] is ' ' or '\t';
        if ((printAsMultipleLines && !skipLeadingNewLine) || forceLeadingNewLine)
        {
            builder.Append('\n');
        }

        builder.Append(escaped);
        if (printAsMultipleLines || forceTrailingNewLine)
        {
            builder.Append('\n');
        }

        return builder.Append("\"\"\"").ToString();
    }

    /// <summary>
    /// True when reading <paramref name="value"/> back from a block string gives the same text: no control
    /// characters but tab and line feed, no carriage return, no leading or trailing blank line, and no
    /// indentation common to every line after the first (block strings strip it).
    /// </summary>
    public static bool IsPrintableAsBlockString(string value)
    {
        if (value.Length == 0)
        {
            return true;
        }

        var lineIsBlank = true;
        var lineHasIndent = false;
        var everyLineIndented = true;
        var seenLineBreak = false;
        foreach (var c in value)
        {
            switch (c)
            {
                case '\r':
                    return false;
                case '\n':
                    if (lineIsBlank && !seenLineBreak)
                    {
                        return false; // a leading blank line
                    }

                    seenLineBreak = true;
                    lineIsBlank = true;
                    lineHasIndent = false;
                    break;
                case ' ' or '\t':
                    lineHasIndent |= lineIsBlank;
                    break;
                default:
                    if (c < 0x20)
                    {
                        return false;
                    }

                    everyLineIndented &= lineHasIndent;
                    lineIsBlank = false;
                    break;
            }
        }

        if (lineIsBlank)
        {
            return false; // a trailing blank line
        }

        return !(everyLineIndented && seenLineBreak);
    }
}
