namespace MentorGraph.GraphQL.Language;

/// <summary>The kinds of lexical tokens (spec 2.1, Appendix B).</summary>
public enum TokenKind
{
    /// <summary>Start of the source; never returned by the lexer, it is the initial current token.</summary>
    StartOfFile,
    EndOfFile,
    Bang,
    Dollar,
    Amp,
    ParenL,
    ParenR,
    Spread,
    Colon,
    Equals,
    At,
    BracketL,
    BracketR,
    BraceL,
    Pipe,
    BraceR,
    Name,
    Int,
    Float,
    String,
    BlockString,
}

/// <summary>How token kinds read in messages: punctuators quoted, the others by name.</summary>
public static class TokenKindExtensions
{
    public static string Describe(this TokenKind kind) => kind switch
    {
        TokenKind.StartOfFile => "<SOF>",
        TokenKind.EndOfFile => "<EOF>",
        TokenKind.Bang => "\"!\"",
        TokenKind.Dollar => "\"$\"",
        TokenKind.Amp => "\"&\"",
        TokenKind.ParenL => "\"(\"",
        TokenKind.ParenR => "\")\"",
        TokenKind.Spread => "\"...\"",
        TokenKind.Colon => "\":\"",
        TokenKind.Equals => "\"=\"",
        TokenKind.At => "\"@\"",
        TokenKind.BracketL => "\"[\"",
        TokenKind.BracketR => "\"]\"",
        TokenKind.BraceL => "\"{\"",
        TokenKind.Pipe => "\"|\"",
        TokenKind.BraceR => "\"}\"",
        TokenKind.Name => "Name",
        TokenKind.Int => "Int",
        TokenKind.Float => "Float",
        TokenKind.String => "String",
        TokenKind.BlockString => "BlockString",
        _ => kind.ToString(),
    };

    /// <summary>True for the punctuator kinds.</summary>
    public static bool IsPunctuator(this TokenKind kind) => kind is >= TokenKind.Bang and <= TokenKind.BraceR;
}
