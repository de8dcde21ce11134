using System.Globalization;
using System.Text;

namespace MentorGraph.GraphQL.Language;

/// <summary>
/// Turns GraphQL source text into tokens (spec section 2, Appendix B). Ignored tokens (white space,
/// line terminators, commas, comments, the byte order mark) are skipped. The lexer starts on a
/// <see cref="TokenKind.StartOfFile"/> token; <see cref="Advance"/> moves to the next token and stays on
/// <see cref="TokenKind.EndOfFile"/> at the end. Errors are <see cref="GraphQLSyntaxException"/>s.
/// </summary>
public sealed class Lexer
{
    private readonly Source source;
    private readonly string body;
    private int position;
    private int line = 1;
    private int lineStart;
    private Token? lookahead;

    public Lexer(Source source)
    {
        ArgumentNullException.ThrowIfNull(source);
        this.source = source;
        body = source.Body;
        Token = new Token(TokenKind.StartOfFile, 0, 0, 1, 1);
        LastToken = Token;
    }

    public Lexer(string body)
        : this(new Source(body))
    {
    }

    public Source Source => source;

    /// <summary>The current token.</summary>
    public Token Token { get; private set; }

    /// <summary>The token before the current one (where a node that ends before the current token ends).</summary>
    public Token LastToken { get; private set; }

    /// <summary>Moves to the next token and returns it.</summary>
    public Token Advance()
    {
        LastToken = Token;
        if (Token.Kind != TokenKind.EndOfFile)
        {
            Token = lookahead ?? ReadToken();
            lookahead = null;
        }

        return Token;
    }

    /// <summary>The token after the current one, without moving.</summary>
    public Token Lookahead()
    {
        if (Token.Kind == TokenKind.EndOfFile)
        {
            return Token;
        }

        return lookahead ??= ReadToken();
    }

    private Token ReadToken()
    {
        while (position < body.Length)
        {
            var c = body[position];
            switch (c)
            {
                case '\uFEFF':
                case '\t':
                case ' ':
                case ',':
                    position++;
                    continue;
                case '\n':
                    position++;
                    NewLine();
                    continue;
                case '\r':
                    position += position + 1 < body.Length && body[position + 1] == '\n' ? 2 : 1;
                    NewLine();
                    continue;
                case '#':
                    SkipComment();
                    continue;
                case '!': return Punctuator(TokenKind.Bang);
                case '$': return Punctuator(TokenKind.Dollar);
                case '&': return Punctuator(TokenKind.Amp);
                case '(': return Punctuator(TokenKind.ParenL);
                case ')': return Punctuator(TokenKind.ParenR);
                case ':': return Punctuator(TokenKind.Colon);
                case '=': return Punctuator(TokenKind.Equals);
                case '@': return Punctuator(TokenKind.At);
                case '[': return Punctuator(TokenKind.BracketL);
                case ']': return Punctuator(TokenKind.BracketR);
                case '{': return Punctuator(TokenKind.BraceL);
                case '|': return Punctuator(TokenKind.Pipe);
                case '}': return Punctuator(TokenKind.BraceR);
                case '.':
                    if (CharAt(position + 1) == '.' && CharAt(position + 2) == '.')
                    {
                        return Punctuator(TokenKind.Spread, 3);
                    }

                    break;
                case '"':
                    return CharAt(position + 1) == '"' && CharAt(position + 2) == '"' ? ReadBlockString() : ReadString();
            }

            if (IsDigit(c) || c == '-')
            {
                return ReadNumber();
            }

            if (IsNameStart(c))
            {
                return ReadName();
            }

            if (c == '\'')
            {
                throw Error(position, "Unexpected single quote character ('), did you mean to use a double quote (\")?");
            }

            throw Error(position, IsValidCharacter(position)
                ? $"Unexpected character: {DescribeCharAt(position)}."
                : $"Invalid character: {DescribeCharAt(position)}.");
        }

        return new Token(TokenKind.EndOfFile, body.Length, body.Length, line, body.Length - lineStart + 1);
    }

    private void NewLine()
    {
        line++;
        lineStart = position;
    }

    private void SkipComment()
    {
        // A comment runs to the end of the line; the line terminator is not part of it. Its characters are
        // SourceCharacters (Unicode scalar values): a lone surrogate ends it and is then reported as an
        // invalid character, as it is anywhere else in a document (graphql-js does the same).
        while (position < body.Length && body[position] is not ('\n' or '\r'))
        {
            if (char.IsSurrogate(body[position]))
            {
                if (!IsValidCharacter(position))
                {
                    return;
                }

                position++;
            }

            position++;
        }
    }

    private Token Punctuator(TokenKind kind, int length = 1)
    {
        var token = new Token(kind, position, position + length, line, position - lineStart + 1);
        position += length;
        return token;
    }

    private Token ReadName()
    {
        var start = position;
        position++;
        while (position < body.Length && IsNameContinue(body[position]))
        {
            position++;
        }

        return new Token(TokenKind.Name, start, position, line, start - lineStart + 1, body[start..position]);
    }

    // IntValue ::= IntegerPart [lookahead != {Digit, `.`, NameStart}]
    // FloatValue ::= IntegerPart FractionalPart? ExponentPart? [lookahead != {Digit, `.`, NameStart}]
    private Token ReadNumber()
    {
        var start = position;
        var isFloat = false;
        if (body[position] == '-')
        {
            position++;
        }

        if (CharAt(position) == '0')
        {
            position++;
            if (IsDigit(CharAt(position)))
            {
                throw Error(position, $"Invalid number, unexpected digit after 0: {DescribeCharAt(position)}.");
            }
        }
        else
        {
            ReadDigits();
        }

        if (CharAt(position) == '.')
        {
            isFloat = true;
            position++;
            ReadDigits();
        }

        if (CharAt(position) is 'e' or 'E')
        {
            isFloat = true;
            position++;
            if (CharAt(position) is '+' or '-')
            {
                position++;
            }

            ReadDigits();
        }

        var next = CharAt(position);
        if (next == '.' || IsNameStart(next))
        {
            throw Error(position, $"Invalid number, expected digit but got: {DescribeCharAt(position)}.");
        }

        return new Token(isFloat ? TokenKind.Float : TokenKind.Int, start, position, line, start - lineStart + 1, body[start..position]);
    }

    private void ReadDigits()
    {
        if (!IsDigit(CharAt(position)))
        {
            throw Error(position, $"Invalid number, expected digit but got: {DescribeCharAt(position)}.");
        }

        while (IsDigit(CharAt(position)))
        {
            position++;
        }
    }

    private Token ReadString()
    {
        var start = position;
        var column = start - lineStart + 1;
        position++;
        var chunkStart = position;
        StringBuilder? value = null;
        while (position < body.Length)
        {
            var c = body[position];
            if (c == '"')
            {
                string text;
                if (value is null)
                {
                    text = body[chunkStart..position];
                }
                else
                {
                    value.Append(body, chunkStart, position - chunkStart);
                    text = value.ToString();
                }

                position++;
                return new Token(TokenKind.String, start, position, line, column, text);
            }

            if (c == '\\')
            {
                value ??= new StringBuilder();
                value.Append(body, chunkStart, position - chunkStart);
                ReadEscape(value);
                chunkStart = position;
                continue;
            }

            if (c is '\n' or '\r')
            {
                break;
            }

            AdvanceStringCharacter();
        }

        throw Error(position, "Unterminated string.");
    }

    /// <summary>Reads one escape sequence at <see cref="position"/> (a backslash) into <paramref name="value"/>.</summary>
    private void ReadEscape(StringBuilder value)
    {
        var escapeStart = position;
        var kind = CharAt(position + 1);
        switch (kind)
        {
            case '"': value.Append('"'); break;
            case '\\': value.Append('\\'); break;
            case '/': value.Append('/'); break;
            case 'b': value.Append('\b'); break;
            case 'f': value.Append('\f'); break;
            case 'n': value.Append('\n'); break;
            case 'r': value.Append('\r'); break;
            case 't': value.Append('\t'); break;
            case 'u':
                ReadUnicodeEscape(value);
                return;
            default:
                var length = Math.Min(2, body.Length - escapeStart);
                throw Error(escapeStart, $"Invalid character escape sequence: \"{body.Substring(escapeStart, length)}\".");
        }

        position += 2;
    }

    // \uXXXX (a surrogate pair as two such escapes) or \u{X...} (the braced form of newer editions).
    private void ReadUnicodeEscape(StringBuilder value)
    {
        var escapeStart = position;
        if (CharAt(position + 2) == '{')
        {
            var i = position + 3;
            var codePoint = 0;
            var digits = 0;
            while (i < body.Length && HexValue(body[i]) is var hex && hex >= 0)
            {
                codePoint = (codePoint << 4) | hex;
                digits++;
                i++;
                if (codePoint > 0x10FFFF)
                {
                    break;
                }
            }

            if (CharAt(i) != '}' || digits == 0 || codePoint > 0x10FFFF || IsSurrogate(codePoint))
            {
                var end = Math.Min(body.Length, i + (CharAt(i) == '}' ? 1 : 0));
                throw Error(escapeStart, $"Invalid Unicode escape sequence: \"{body[escapeStart..end]}\".");
            }

            value.Append(char.ConvertFromUtf32(codePoint));
            position = i + 1;
            return;
        }

        var code = ReadFourHex(position + 2);
        if (code < 0)
        {
            throw InvalidUnicodeEscape(escapeStart, 6);
        }

        if (code is >= 0xD800 and <= 0xDBFF)
        {
            // A leading surrogate must be followed by an escaped trailing surrogate.
            if (CharAt(position + 6) == '\\' && CharAt(position + 7) == 'u')
            {
                var trailing = ReadFourHex(position + 8);
                if (trailing is >= 0xDC00 and <= 0xDFFF)
                {
                    value.Append((char)code).Append((char)trailing);
                    position += 12;
                    return;
                }
            }

            throw InvalidUnicodeEscape(escapeStart, 6);
        }

        if (code is >= 0xDC00 and <= 0xDFFF)
        {
            throw InvalidUnicodeEscape(escapeStart, 6);
        }

        value.Append((char)code);
        position += 6;
    }

    private GraphQLSyntaxException InvalidUnicodeEscape(int escapeStart, int length)
    {
        var end = Math.Min(body.Length, escapeStart + length);
        var text = body[escapeStart..end];
        var lineBreak = text.IndexOfAny(['\n', '\r']);
        if (lineBreak >= 0)
        {
            text = text[..lineBreak];
        }

        return Error(escapeStart, $"Invalid Unicode escape sequence: \"{text}\".");
    }

    private int ReadFourHex(int at)
    {
        if (at + 4 > body.Length)
        {
            return -1;
        }

        var result = 0;
        for (var i = at; i < at + 4; i++)
        {
            var hex = HexValue(body[i]);
            if (hex < 0)
            {
                return -1;
            }

            result = (result << 4) | hex;
        }

        return result;
    }

    private Token ReadBlockString()
    {
        var start = position;
        var startLine = line;
        var column = start - lineStart + 1;
        position += 3;
        var chunkStart = position;
        var raw = new StringBuilder();
        while (position < body.Length)
        {
            var c = body[position];
            if (c == '"' && CharAt(position + 1) == '"' && CharAt(position + 2) == '"')
            {
                raw.Append(body, chunkStart, position - chunkStart);
                position += 3;
                return new Token(TokenKind.BlockString, start, position, startLine, column, BlockString.Dedent(raw.ToString()));
            }

            if (c == '\\' && CharAt(position + 1) == '"' && CharAt(position + 2) == '"' && CharAt(position + 3) == '"')
            {
                raw.Append(body, chunkStart, position - chunkStart).Append("\"\"\"");
                position += 4;
                chunkStart = position;
                continue;
            }

            if (c == '\n')
            {
                position++;
                NewLine();
                continue;
            }

            if (c == '\r')
            {
                position += CharAt(position + 1) == '\n' ? 2 : 1;
                NewLine();
                continue;
            }

            AdvanceStringCharacter();
        }

        throw Error(position, "Unterminated string.");
    }

    /// <summary>Moves past one source character of a string, or fails on a control character or lone surrogate.</summary>
    private void AdvanceStringCharacter()
    {
        var c = body[position];
        if (c < ' ' && c != '\t')
        {
            throw Error(position, $"Invalid character within String: {DescribeCharAt(position)}.");
        }

        if (char.IsSurrogate(c))
        {
            if (!IsValidCharacter(position))
            {
                throw Error(position, $"Invalid character within String: {DescribeCharAt(position)}.");
            }

            position += 2;
            return;
        }

        position++;
    }

    /// <summary>False for a lone surrogate (not a Unicode scalar value).</summary>
    private bool IsValidCharacter(int at)
    {
        var c = body[at];
        if (char.IsHighSurrogate(c))
        {
            return at + 1 < body.Length && char.IsLowSurrogate(body[at + 1]);
        }

        return !char.IsLowSurrogate(c);
    }

    /// <summary>A character as messages show it: <c>"a"</c> when printable ASCII, else <c>U+XXXX</c>, or &lt;EOF&gt;.</summary>
    private string DescribeCharAt(int at)
    {
        if (at >= body.Length)
        {
            return "<EOF>";
        }

        var c = body[at];
        if (c is >= ' ' and <= '~')
        {
            return c == '"' ? "'\"'" : $"\"{c}\"";
        }

        var codePoint = char.IsHighSurrogate(c) && at + 1 < body.Length && char.IsLowSurrogate(body[at + 1])
            ? char.ConvertToUtf32(c, body[at + 1])
            : c;
        return "U+" + codePoint.ToString("X4", CultureInfo.InvariantCulture);
    }

    private GraphQLSyntaxException Error(int at, string description) =>
        new(description, at, line, at - lineStart + 1);

    private char CharAt(int at) => at < body.Length ? body[at] : '\0';

    private static bool IsDigit(char c) => c is >= '0' and <= '9';

    private static bool IsNameStart(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or '_';

    private static bool IsNameContinue(char c) => IsNameStart(c) || IsDigit(c);

    private static bool IsSurrogate(int codePoint) => codePoint is >= 0xD800 and <= 0xDFFF;

    private static int HexValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        >= 'A' and <= 'F' => c - 'A' + 10,
        _ => -1,
    };
}
