namespace MentorGraph.GraphQL.Language;

/// <summary>
/// A lexical token: its kind, its place (Start inclusive, End exclusive; 1-based Line and Column of
/// Start) and, for names, numbers, strings and comments, its value. String values are cooked:
/// escapes resolved and, for block strings, the spec's BlockStringValue() applied.
/// </summary>
public sealed record Token(TokenKind Kind, int Start, int End, int Line, int Column, string? Value = null)
{
    /// <summary>The token as messages show it, e.g. <c>Name "foo"</c>, <c>"{"</c> or <c>&lt;EOF&gt;</c>.</summary>
    public string Describe() => Value is null || Kind.IsPunctuator() ? Kind.Describe() : $"{Kind.Describe()} \"{Value}\"";

    public override string ToString() => Describe();
}
