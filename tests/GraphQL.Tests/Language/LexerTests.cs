using MentorGraph.GraphQL.Language;

namespace MentorGraph.GraphQL.Tests.Language;

public class LexerTests
{
    private static Token LexOne(string text)
    {
        var lexer = new Lexer(text);
        return lexer.Advance();
    }

    private static List<Token> LexAll(string text)
    {
        var lexer = new Lexer(text);
        var tokens = new List<Token>();
        while (lexer.Advance() is { Kind: not TokenKind.EndOfFile } token)
        {
            tokens.Add(token);
        }

        return tokens;
    }

    private static GraphQLSyntaxException LexError(string text)
    {
        return Assert.Throws<GraphQLSyntaxException>(() => LexAll(text));
    }

    [Fact]
    public void Lexer_EmptySource_GivesEndOfFile()
    {
        var token = LexOne("");
        Assert.Equal(TokenKind.EndOfFile, token.Kind);
        Assert.Equal(1, token.Line);
        Assert.Equal(1, token.Column);
    }

    [Fact]
    public void Lexer_AdvancePastEndOfFile_StaysOnEndOfFile()
    {
        var lexer = new Lexer("a");
        lexer.Advance();
        Assert.Equal(TokenKind.EndOfFile, lexer.Advance().Kind);
        Assert.Equal(TokenKind.EndOfFile, lexer.Advance().Kind);
    }

    [Fact]
    public void Lexer_Punctuators_AllKinds()
    {
        var kinds = LexAll("! $ & ( ) ... : = @ [ ] { | }").Select(t => t.Kind);
        Assert.Equal(
            [
                TokenKind.Bang, TokenKind.Dollar, TokenKind.Amp, TokenKind.ParenL, TokenKind.ParenR, TokenKind.Spread,
                TokenKind.Colon, TokenKind.Equals, TokenKind.At, TokenKind.BracketL, TokenKind.BracketR, TokenKind.BraceL,
                TokenKind.Pipe, TokenKind.BraceR,
            ],
            kinds);
    }

    [Fact]
    public void Lexer_Spread_HasLengthThree()
    {
        var token = LexOne("...");
        Assert.Equal(TokenKind.Spread, token.Kind);
        Assert.Equal(0, token.Start);
        Assert.Equal(3, token.End);
    }

    [Theory]
    [InlineData("..")]
    [InlineData(".")]
    [InlineData("..a")]
    public void Lexer_IncompleteSpread_IsUnexpectedDot(string text)
    {
        var error = LexError(text);
        Assert.Equal("Syntax Error: Unexpected character: \".\".", error.Message);
        Assert.Equal(1, error.Column);
    }

    [Fact]
    public void Lexer_Name_ReadsLettersDigitsUnderscores()
    {
        var token = LexOne("  _foo_Bar9 ");
        Assert.Equal(TokenKind.Name, token.Kind);
        Assert.Equal("_foo_Bar9", token.Value);
        Assert.Equal(2, token.Start);
        Assert.Equal(11, token.End);
        Assert.Equal(3, token.Column);
    }

    [Fact]
    public void Lexer_IgnoredTokens_AreSkipped()
    {
        var tokens = LexAll("\uFEFF a,,b\t# comment, with } chars\r\n\tc , ");
        Assert.Equal(["a", "b", "c"], tokens.Select(t => t.Value));
    }

    [Fact]
    public void Lexer_ByteOrderMark_CountsAsAColumn()
    {
        var token = LexOne("\uFEFFfoo");
        Assert.Equal(1, token.Start);
        Assert.Equal(2, token.Column);
    }

    [Fact]
    public void Lexer_LineTerminators_AllThreeCountAsOneLine()
    {
        var tokens = LexAll("a\nb\r\nc\rd\n\re");
        Assert.Equal([1, 2, 3, 4, 6], tokens.Select(t => t.Line));
        Assert.All(tokens, t => Assert.Equal(1, t.Column));
    }

    [Fact]
    public void Lexer_Column_CountsFromLineStart()
    {
        var tokens = LexAll("query {\n  field(arg: 1)\n}");
        var arg = tokens.Single(t => t.Value == "arg");
        Assert.Equal(2, arg.Line);
        Assert.Equal(9, arg.Column);
        var closing = tokens[^1];
        Assert.Equal(3, closing.Line);
        Assert.Equal(1, closing.Column);
    }

    [Fact]
    public void Lexer_LoneSurrogateInComment_IsInvalidCharacterAtIt()
    {
        // Lone surrogates are kept out of [InlineData]: test runners serialize theory data as text.
        foreach (var text in new[] { "{ a } # lone high \uD800 here", "{ a } # lone low \uDC00" })
        {
            var error = LexError(text);
            Assert.StartsWith("Syntax Error: Invalid character: U+D", error.Message, StringComparison.Ordinal);
            Assert.Equal(text.IndexOfAny(['\uD800', '\uDC00']) + 1, error.Column);
        }
    }

    [Fact]
    public void Lexer_SurrogatePairInComment_IsSkippedWithTheComment()
    {
        var tokens = LexAll("a # smile \uD83D\uDE00 ok\nb");
        Assert.Equal(["a", "b"], tokens.Select(t => t.Value));
    }

    [Fact]
    public void Lexer_CommentOnly_GivesEndOfFileOnNextLine()
    {
        var lexer = new Lexer("# just a comment\n");
        var token = lexer.Advance();
        Assert.Equal(TokenKind.EndOfFile, token.Kind);
        Assert.Equal(2, token.Line);
    }

    [Theory]
    [InlineData("4", TokenKind.Int)]
    [InlineData("-4", TokenKind.Int)]
    [InlineData("0", TokenKind.Int)]
    [InlineData("-0", TokenKind.Int)]
    [InlineData("9876543210123456789", TokenKind.Int)]
    [InlineData("4.123", TokenKind.Float)]
    [InlineData("-4.123", TokenKind.Float)]
    [InlineData("0.123", TokenKind.Float)]
    [InlineData("123e4", TokenKind.Float)]
    [InlineData("123E4", TokenKind.Float)]
    [InlineData("123e-4", TokenKind.Float)]
    [InlineData("123e+4", TokenKind.Float)]
    [InlineData("-1.123e4", TokenKind.Float)]
    [InlineData("-1.123E-4", TokenKind.Float)]
    [InlineData("-1.123e+4567", TokenKind.Float)]
    public void Lexer_Numbers_KeepSourceText(string text, TokenKind kind)
    {
        var token = LexOne(text);
        Assert.Equal(kind, token.Kind);
        Assert.Equal(text, token.Value);
    }

    [Theory]
    [InlineData("00", "Invalid number, unexpected digit after 0: \"0\".", 2)]
    [InlineData("01", "Invalid number, unexpected digit after 0: \"1\".", 2)]
    [InlineData("+1", "Unexpected character: \"+\".", 1)]
    [InlineData("1.", "Invalid number, expected digit but got: <EOF>.", 3)]
    [InlineData("1e", "Invalid number, expected digit but got: <EOF>.", 3)]
    [InlineData("1.e1", "Invalid number, expected digit but got: \"e\".", 3)]
    [InlineData(".123", "Unexpected character: \".\".", 1)]
    [InlineData("1.A", "Invalid number, expected digit but got: \"A\".", 3)]
    [InlineData("-A", "Invalid number, expected digit but got: \"A\".", 2)]
    [InlineData("-", "Invalid number, expected digit but got: <EOF>.", 2)]
    [InlineData("1.0e", "Invalid number, expected digit but got: <EOF>.", 5)]
    [InlineData("1.0eA", "Invalid number, expected digit but got: \"A\".", 5)]
    [InlineData("1.2.3", "Invalid number, expected digit but got: \".\".", 4)]
    [InlineData("1.2e3.4", "Invalid number, expected digit but got: \".\".", 6)]
    [InlineData("0x", "Invalid number, expected digit but got: \"x\".", 2)]
    [InlineData("0xF1", "Invalid number, expected digit but got: \"x\".", 2)]
    [InlineData("123abc", "Invalid number, expected digit but got: \"a\".", 4)]
    [InlineData("1_234", "Invalid number, expected digit but got: \"_\".", 2)]
    [InlineData("1\u00DF", "Unexpected character: U+00DF.", 2)]
    [InlineData("1.23f", "Invalid number, expected digit but got: \"f\".", 5)]
    public void Lexer_InvalidNumber_FailsWithPosition(string text, string description, int column)
    {
        var error = LexError(text);
        Assert.Equal("Syntax Error: " + description, error.Message);
        Assert.Equal(1, error.Line);
        Assert.Equal(column, error.Column);
    }

    [Theory]
    [InlineData("\"\"", "")]
    [InlineData("\"simple\"", "simple")]
    [InlineData("\" white space \"", " white space ")]
    [InlineData("\"quote \\\"\"", "quote \"")]
    [InlineData("\"escaped \\n\\r\\b\\t\\f\"", "escaped \n\r\b\t\f")]
    [InlineData("\"slashes \\\\ \\/\"", "slashes \\ /")]
    [InlineData("\"unicode \\u1234\\u5678\\u90AB\\uCDEF\"", "unicode \u1234\u5678\u90AB\uCDEF")]
    [InlineData("\"unicode \\u{1234}\\u{0}\"", "unicode \u1234\0")]
    [InlineData("\"emoji \\uD83D\\uDE00\"", "emoji \U0001F600")]
    [InlineData("\"emoji \\u{1F600}\"", "emoji \U0001F600")]
    [InlineData("\"raw emoji \U0001F600 and \u00E9\"", "raw emoji \U0001F600 and \u00E9")]
    [InlineData("\"contains # not a comment\"", "contains # not a comment")]
    public void Lexer_String_CooksEscapes(string text, string value)
    {
        var token = LexOne(text);
        Assert.Equal(TokenKind.String, token.Kind);
        Assert.Equal(value, token.Value);
        Assert.Equal(text.Length, token.End);
    }

    [Theory]
    [InlineData("\"", "Unterminated string.", 2)]
    [InlineData("\"no end", "Unterminated string.", 8)]
    [InlineData("\"multi\nline\"", "Unterminated string.", 7)]
    [InlineData("\"multi\rline\"", "Unterminated string.", 7)]
    [InlineData("\"bad \\z esc\"", "Invalid character escape sequence: \"\\z\".", 6)]
    [InlineData("\"bad \\x esc\"", "Invalid character escape sequence: \"\\x\".", 6)]
    [InlineData("\"bad \\u1 esc\"", "Invalid Unicode escape sequence: \"\\u1 es\".", 6)]
    [InlineData("\"bad \\u0XX1 esc\"", "Invalid Unicode escape sequence: \"\\u0XX1\".", 6)]
    [InlineData("\"bad \\uXXXX esc\"", "Invalid Unicode escape sequence: \"\\uXXXX\".", 6)]
    [InlineData("\"lone \\uD83D esc\"", "Invalid Unicode escape sequence: \"\\uD83D\".", 7)]
    [InlineData("\"lone \\uDE00 esc\"", "Invalid Unicode escape sequence: \"\\uDE00\".", 7)]
    [InlineData("\"bad \\u{110000}\"", "Invalid Unicode escape sequence: \"\\u{110000}\".", 6)]
    [InlineData("\"bad \\u{D800}\"", "Invalid Unicode escape sequence: \"\\u{D800}\".", 6)]
    [InlineData("\"bad \\u{}\"", "Invalid Unicode escape sequence: \"\\u{}\".", 6)]
    [InlineData("\"contains \u0007 bell\"", "Invalid character within String: U+0007.", 11)]
    [InlineData("\"null \u0000 byte\"", "Invalid character within String: U+0000.", 7)]
    public void Lexer_InvalidString_FailsWithPosition(string text, string description, int column)
    {
        var error = LexError(text);
        Assert.Equal("Syntax Error: " + description, error.Message);
        Assert.Equal(1, error.Line);
        Assert.Equal(column, error.Column);
    }

    [Fact]
    public void Lexer_BlockString_StripsCommonIndentAndBlankLines()
    {
        var token = LexOne("\"\"\"\n\n    Hello,\n      World!\n\n    Yours,\n      GraphQL.\n  \"\"\"");
        Assert.Equal(TokenKind.BlockString, token.Kind);
        Assert.Equal("Hello,\n  World!\n\nYours,\n  GraphQL.", token.Value);
    }

    [Fact]
    public void Lexer_BlockString_UnescapesTripleQuoteOnly()
    {
        var token = LexOne("\"\"\"contains \\\"\"\" and \\n and \\u1234 \"\"\"");
        Assert.Equal("contains \"\"\" and \\n and \\u1234 ", token.Value);
    }

    [Fact]
    public void Lexer_BlockString_CountsLinesForFollowingTokens()
    {
        var tokens = LexAll("\"\"\"a\r\nb\rc\nd\"\"\" next");
        Assert.Equal(1, tokens[0].Line);
        Assert.Equal("a\nb\nc\nd", tokens[0].Value);
        Assert.Equal(4, tokens[1].Line);
        Assert.Equal(6, tokens[1].Column);
    }

    [Fact]
    public void Lexer_UnterminatedBlockString_FailsAtEnd()
    {
        var error = LexError("\"\"\"abc\n  def");
        Assert.Equal("Syntax Error: Unterminated string.", error.Message);
        Assert.Equal(2, error.Line);
        Assert.Equal(6, error.Column);
    }

    [Fact]
    public void Lexer_BlockStringWithControlCharacter_Fails()
    {
        var error = LexError("\"\"\"a\n\u0001\"\"\"");
        Assert.Equal("Syntax Error: Invalid character within String: U+0001.", error.Message);
        Assert.Equal(2, error.Line);
        Assert.Equal(1, error.Column);
    }

    [Theory]
    [InlineData("%", "Unexpected character: \"%\".")]
    [InlineData("?", "Unexpected character: \"?\".")]
    [InlineData("\u0007", "Unexpected character: U+0007.")]
    [InlineData("\u00A0", "Unexpected character: U+00A0.")]
    [InlineData("\U0001F600", "Unexpected character: U+1F600.")]
    [InlineData("'", "Unexpected single quote character ('), did you mean to use a double quote (\")?")]
    public void Lexer_InvalidCharacter_NamesIt(string text, string description)
    {
        var error = LexError(text);
        Assert.Equal("Syntax Error: " + description, error.Message);
        Assert.Equal(ErrorCodes.ParseFailed, error.Error.Code);
    }

    // Lone surrogates cannot go through attribute data (they are not valid UTF-8), hence facts.
    [Fact]
    public void Lexer_LoneSurrogateInString_IsInvalidCharacter()
    {
        var error = LexError("\"lone \uD800 surrogate\"");
        Assert.Equal("Syntax Error: Invalid character within String: U+D800.", error.Message);
        Assert.Equal(7, error.Column);
    }

    [Fact]
    public void Lexer_LoneSurrogateOutsideString_IsInvalidCharacter()
    {
        var error = LexError("a \uDE00");
        Assert.Equal("Syntax Error: Invalid character: U+DE00.", error.Message);
        Assert.Equal(3, error.Column);
    }

    [Fact]
    public void Lexer_UnexpectedCharacter_ReportsLineAndColumn()
    {
        var error = LexError("{\n  a\n    %b\n}");
        Assert.Equal("Syntax Error: Unexpected character: \"%\".", error.Message);
        Assert.Equal(3, error.Line);
        Assert.Equal(5, error.Column);
        var location = Assert.Single(error.Error.Locations!);
        Assert.Equal(new ErrorLocation(3, 5), location);
    }

    [Fact]
    public void Lexer_Lookahead_DoesNotMove()
    {
        var lexer = new Lexer("a b");
        lexer.Advance();
        Assert.Equal("b", lexer.Lookahead().Value);
        Assert.Equal("a", lexer.Token.Value);
        Assert.Equal("b", lexer.Advance().Value);
        Assert.Equal("a", lexer.LastToken.Value);
    }

    [Fact]
    public void Source_GetLineColumn_HandlesCrLf()
    {
        var source = new Source("ab\r\ncd\ref");
        Assert.Equal((1, 3), source.GetLineColumn(2));
        Assert.Equal((1, 4), source.GetLineColumn(3));
        Assert.Equal((2, 1), source.GetLineColumn(4));
        Assert.Equal((3, 2), source.GetLineColumn(8));
    }
}
