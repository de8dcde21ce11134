using System.Text;

namespace MentorGraph.GraphQL.Language;

/// <summary>Block strings (<c>"""..."""</c>): the spec's BlockStringValue() and printing values back as block strings.</summary>
public static class BlockString
{
    /// <summary>
    /// The spec's BlockStringValue(rawValue) (section 2.9.4): splits on line terminators, removes the
    /// common indentation of all lines but the first, drops leading and trailing blank lines and joins
    /// the lines with "\n". <paramref name="rawValue"/> already has <c>\"""</c> replaced by <c>"""</c>.
    /// </summary>
    public static string Dedent(string rawValue)
    {
        ArgumentNullException.ThrowIfNull(rawValue);
        var lines = SplitLines(rawValue);
        int? commonIndent = null;
        var firstNonBlank = -1;
        var lastNonBlank = -1;
        for (var i = 0; i < lines.Count; i++)
        {
            var indent = LeadingWhiteSpace(lines[i]);
            if (indent == lines[i].Length)
            {
                continue;
            }

            if (firstNonBlank < 0)
            {
                firstNonBlank = i;
            }

            lastNonBlank = i;
            if (i > 0 && (commonIndent is null || indent < commonIndent))
            {
                commonIndent = indent;
            }
        }

        if (firstNonBlank < 0)
        {
            return string.Empty;
        }

        var result = new StringBuilder();
        for (var i = firstNonBlank; i <= lastNonBlank; i++)
        {
            if (i > firstNonBlank)
            {
                result.Append('\n');
            }

            var text = lines[i];
            if (i > 0 && commonIndent is int remove)
            {
                text = text.Length <= remove ? string.Empty : text[remove..];
            }

            result.Append(text);
        }

        return result.ToString();
    }

    /// <summary>
    /// True when <paramref name="value"/> reads back unchanged from a block string: it holds no
    /// control character but tab and "\n" (no "\r"), has no blank first or last line when it has several
    /// lines, is not only white space, and its first line or some later non-blank line has no indentation.
    /// </summary>
    public static bool IsPrintable(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        foreach (var c in value)
        {
            if (c < ' ' && c is not ('\t' or '\n'))
            {
                return false;
            }
        }

        // Lone surrogates are not source characters.
        if (!IsWellFormedUtf16(value))
        {
            return false;
        }

        if (value.Length == 0)
        {
            return true;
        }

        var lines = value.Split('\n');
        if (IsBlank(lines[0]))
        {
            return false;
        }

        if (lines.Length == 1)
        {
            return true;
        }

        if (IsBlank(lines[^1]))
        {
            return false;
        }

        // Printed from its own line (see Print), a first line without indentation keeps the common indent 0.
        if (!IsWhiteSpace(value[0]))
        {
            return true;
        }

        for (var i = 1; i < lines.Length; i++)
        {
            if (!IsBlank(lines[i]) && LeadingWhiteSpace(lines[i]) == 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Prints a value as a block string the way graphql-js does, escaping <c>"""</c>: on one line when it
    /// is a short single line, otherwise with the quotes on their own lines (a value ending in a quote or
    /// a backslash, or of several lines, or longer than 70 characters). Check <see cref="IsPrintable"/>
    /// first: other values do not read back unchanged.
    /// </summary>
    public static string Print(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var escaped = value.Replace("\"\"\"", "\\\"\"\"", StringComparison.Ordinal);
        var lines = escaped.Split('\n');
        var isSingleLine = lines.Length == 1;

        // Lines after the first that all start with white space would lose that indentation when read
        // back, unless the value starts on its own line.
        var forceLeadingNewLine = lines.Length > 1
            && lines.Skip(1).All(line => line.Length == 0 || IsWhiteSpace(line[0]));
        var hasTrailingTripleQuotes = escaped.EndsWith("\\\"\"\"", StringComparison.Ordinal);

        // A closing quote or backslash at the end would merge with the closing """.
        var forceTrailingNewLine = (value.EndsWith('"') && !hasTrailingTripleQuotes) || value.EndsWith('\\');
        var printAsMultipleLines = !isSingleLine || value.Length > 70 || forceTrailingNewLine
            || forceLeadingNewLine || hasTrailingTripleQuotes;

        // A single line's leading white space would be taken for indentation on a line of its own.
        var skipLeadingNewLine = isSingleLine && value.Length > 0 && IsWhiteSpace(value[0]);
        var result = new StringBuilder("\"\"\"");
        if ((printAsMultipleLines && !skipLeadingNewLine) || forceLeadingNewLine)
        {
            result.Append('\n');
        }

        result.Append(escaped);
        if (printAsMultipleLines || forceTrailingNewLine)
        {
            result.Append('\n');
        }

        return result.Append("\"\"\"").ToString();
    }

    internal static List<string> SplitLines(string text)
    {
        var lines = new List<string>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n' || c == '\r')
            {
                lines.Add(text[start..i]);
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                start = i + 1;
            }
        }

        lines.Add(text[start..]);
        return lines;
    }

    private static bool IsWellFormedUtf16(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c))
            {
                if (i + 1 >= value.Length || !char.IsLowSurrogate(value[i + 1]))
                {
                    return false;
                }

                i++;
            }
            else if (char.IsLowSurrogate(c))
            {
                return false;
            }
        }

        return true;
    }

    private static int LeadingWhiteSpace(string line)
    {
        var i = 0;
        while (i < line.Length && IsWhiteSpace(line[i]))
        {
            i++;
        }

        return i;
    }

    private static bool IsBlank(string line) => LeadingWhiteSpace(line) == line.Length;

    private static bool IsWhiteSpace(char c) => c is ' ' or '\t';
}
