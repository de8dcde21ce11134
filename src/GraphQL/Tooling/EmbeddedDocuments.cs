using System.Text;

namespace MentorGraph.GraphQL.Tooling;

/// <summary>
/// Finds the GraphQL documents written inside JavaScript or TypeScript (<c>.js</c>, <c>.jsx</c>, <c>.ts</c>,
/// <c>.tsx</c>), the way Apollo, Relay and graphql-codegen projects write them:
/// <list type="bullet">
/// <item>a template tagged <c>gql</c> or <c>graphql</c> (also as a member, <c>Apollo.gql`…`</c>);</item>
/// <item>a template that is the first argument of a call to <c>graphql(</c> or <c>gql(</c> (the client preset, gql.tada);</item>
/// <item>a template right after the comment <c>/* GraphQL */</c>.</item>
/// </list>
/// Each template is one document. A <c>${…}</c> inside it (Apollo's way of including a fragment's document) is
/// replaced by spaces of the same length — line breaks kept — so every other character keeps its line and
/// column; the fragment it brings in is found by name among the project's documents instead
/// (<see cref="ProjectValidation"/>). The template's raw text is used (escapes are not cooked).
/// <para>
/// This is a scanner, not a JavaScript parser: it skips strings, comments and regular expression literals
/// (told apart from division by the token before the slash), and follows templates nested in <c>${…}</c>. A quote
/// in JSX text (<c>&lt;p&gt;Don't&lt;/p&gt;</c>) is read as a string that ends at the end of its line, so at worst a
/// template starting on that line is missed.
/// </para>
/// </summary>
public static class EmbeddedDocuments
{
    /// <summary>The file extensions whose GraphQL is embedded in scripts.</summary>
    public static IReadOnlyList<string> ScriptExtensions { get; } = [".ts", ".tsx", ".js", ".jsx", ".mts", ".cts", ".mjs", ".cjs"];

    /// <summary>Whether a file name is a script this class reads (by extension, ignoring case).</summary>
    public static bool IsScript(string path) =>
        ScriptExtensions.Contains(Path.GetExtension(path), StringComparer.OrdinalIgnoreCase);

    /// <summary>The GraphQL documents of a script, in file order; templates holding only spaces are left out.</summary>
    public static IReadOnlyList<ProjectDocument> Extract(string file, string code)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(code);
        var scanner = new Scanner(file, code);
        scanner.ScanCode(insideInterpolation: false);
        return scanner.Documents;
    }

    private static readonly string[] Tags = ["gql", "graphql"];

    /// <summary>Words after which a slash starts a regular expression rather than a division.</summary>
    private static readonly HashSet<string> KeywordsBeforeExpression = new(StringComparer.Ordinal)
    {
        "return", "typeof", "case", "do", "else", "in", "of", "void", "yield", "await", "delete", "instanceof", "new", "throw",
    };

    private sealed class Scanner(string file, string code)
    {
        private readonly LineIndex lines = new(code);
        private int position;

        public List<ProjectDocument> Documents { get; } = [];

        /// <summary>
        /// Reads code up to the end, or — inside <c>${…}</c> — up to its closing brace (consumed).
        /// </summary>
        public void ScanCode(bool insideInterpolation)
        {
            var braces = 0;
            var slashStartsRegex = true;
            while (position < code.Length)
            {
                var c = code[position];
                if (c == '/' && Peek(1) == '/')
                {
                    SkipLineComment();
                    continue;
                }

                if (c == '/' && Peek(1) == '*')
                {
                    SkipBlockComment();
                    continue;
                }

                switch (c)
                {
                    case '\'' or '"':
                        SkipString(c);
                        slashStartsRegex = false;
                        continue;
                    case '`':
                        ScanTemplate();
                        slashStartsRegex = false;
                        continue;
                    case '/':
                        if (slashStartsRegex)
                        {
                            SkipRegex();
                            slashStartsRegex = false;
                        }
                        else
                        {
                            position++;
                            slashStartsRegex = true;
                        }

                        continue;
                    case '{':
                        braces++;
                        break;
                    case '}':
                        if (insideInterpolation && braces == 0)
                        {
                            position++;
                            return;
                        }

                        braces--;
                        break;
                }

                if (IsIdentifierPart(c))
                {
                    var start = position;
                    while (position < code.Length && IsIdentifierPart(code[position]))
                    {
                        position++;
                    }

                    slashStartsRegex = KeywordsBeforeExpression.Contains(code[start..position]);
                    continue;
                }

                if (!char.IsWhiteSpace(c))
                {
                    // After a value (a closing bracket) a slash divides; after an operator or opening bracket it starts a regex.
                    slashStartsRegex = c is not (')' or ']');
                }

                position++;
            }
        }

        /// <summary>Reads a template from its opening backtick; a tagged one becomes a document.</summary>
        private void ScanTemplate()
        {
            var isGraphQL = IsGraphQLTemplate(position);
            position++;
            var start = position;
            var text = new StringBuilder();
            while (position < code.Length)
            {
                var c = code[position];
                if (c == '\\' && position + 1 < code.Length)
                {
                    text.Append(c).Append(code[position + 1]);
                    position += 2;
                    continue;
                }

                if (c == '`')
                {
                    position++;
                    break;
                }

                if (c == '$' && Peek(1) == '{')
                {
                    var interpolationStart = position;
                    position += 2;
                    ScanCode(insideInterpolation: true);
                    foreach (var blanked in code.AsSpan(interpolationStart, position - interpolationStart))
                    {
                        text.Append(blanked is '\n' or '\r' ? blanked : ' ');
                    }

                    continue;
                }

                text.Append(c);
                position++;
            }

            if (isGraphQL && !string.IsNullOrWhiteSpace(text.ToString()))
            {
                var (line, column) = lines.LineColumn(start);
                Documents.Add(new ProjectDocument(file, text.ToString(), line, column));
            }
        }

        /// <summary>Whether the backtick at <paramref name="backtick"/> is preceded by a GraphQL tag, call or comment.</summary>
        private bool IsGraphQLTemplate(int backtick)
        {
            var before = SkipWhitespaceBackwards(backtick - 1);
            if (before >= 0 && code[before] == '(')
            {
                // graphql(`…`) — the template is the call's first argument.
                return EndsWithTag(SkipWhitespaceBackwards(before - 1));
            }

            if (before >= 1 && code[before] == '/' && code[before - 1] == '*')
            {
                var open = code.LastIndexOf("/*", before - 1, StringComparison.Ordinal);
                return open >= 0 && code[(open + 2)..(before - 1)].Trim().Equals("GraphQL", StringComparison.OrdinalIgnoreCase);
            }

            return EndsWithTag(before);
        }

        /// <summary>Whether the identifier ending at <paramref name="end"/> is <c>gql</c> or <c>graphql</c>.</summary>
        private bool EndsWithTag(int end)
        {
            if (end < 0 || !IsIdentifierPart(code[end]))
            {
                return false;
            }

            var start = end;
            while (start > 0 && IsIdentifierPart(code[start - 1]))
            {
                start--;
            }

            var word = code[start..(end + 1)];
            return Tags.Contains(word, StringComparer.Ordinal);
        }

        private int SkipWhitespaceBackwards(int at)
        {
            while (at >= 0 && char.IsWhiteSpace(code[at]))
            {
                at--;
            }

            return at;
        }

        /// <summary>A quoted string; it also ends at a line break (JavaScript strings cannot span lines unescaped).</summary>
        private void SkipString(char quote)
        {
            position++;
            while (position < code.Length)
            {
                var c = code[position];
                if (c == '\\')
                {
                    position += 2;
                    continue;
                }

                position++;
                if (c == quote || c is '\n' or '\r')
                {
                    return;
                }
            }
        }

        /// <summary>A regular expression literal: up to the unescaped slash outside a character class, then its flags.</summary>
        private void SkipRegex()
        {
            position++;
            var inClass = false;
            while (position < code.Length)
            {
                var c = code[position];
                if (c == '\\')
                {
                    position += 2;
                    continue;
                }

                if (c is '\n' or '\r')
                {
                    return;
                }

                position++;
                if (c == '[')
                {
                    inClass = true;
                }
                else if (c == ']')
                {
                    inClass = false;
                }
                else if (c == '/' && !inClass)
                {
                    while (position < code.Length && IsIdentifierPart(code[position]))
                    {
                        position++;
                    }

                    return;
                }
            }
        }

        private void SkipLineComment()
        {
            while (position < code.Length && code[position] is not ('\n' or '\r'))
            {
                position++;
            }
        }

        private void SkipBlockComment()
        {
            var end = code.IndexOf("*/", position + 2, StringComparison.Ordinal);
            position = end < 0 ? code.Length : end + 2;
        }

        private char Peek(int offset) => position + offset < code.Length ? code[position + offset] : '\0';

        private static bool IsIdentifierPart(char c) => char.IsLetterOrDigit(c) || c is '_' or '$';
    }

    /// <summary>Line starts of a text, so a position's line and column are found by binary search.</summary>
    private sealed class LineIndex
    {
        private readonly List<int> starts = [0];

        public LineIndex(string text)
        {
            for (var i = 0; i < text.Length; i++)
            {
                if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                if (text[i] is '\n' or '\r')
                {
                    starts.Add(i + 1);
                }
            }
        }

        public (int Line, int Column) LineColumn(int position)
        {
            var index = starts.BinarySearch(position);
            if (index < 0)
            {
                index = ~index - 1;
            }

            return (index + 1, position - starts[index] + 1);
        }
    }
}
