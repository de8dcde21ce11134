using System.Runtime.CompilerServices;
using MentorGraph.GraphQL.Language.Ast;

namespace MentorGraph.GraphQL.Language;

/// <summary>
/// A recursive-descent parser for GraphQL documents (spec sections 2 and 3, Appendix B): executable and
/// type-system definitions and extensions. Every node carries its <see cref="Location"/>. Syntax errors
/// and exceeded <see cref="ParserOptions"/> limits throw <see cref="GraphQLSyntaxException"/> (a limit's
/// with code LIMIT_EXCEEDED and <c>extensions.limit</c> naming the <see cref="GraphQLOptions"/> property).
/// </summary>
public sealed partial class Parser
{
    private readonly Lexer lexer;
    private readonly ParserOptions options;
    private int tokenCount;
    private int depth;

    private Parser(Source source, ParserOptions? options)
    {
        ArgumentNullException.ThrowIfNull(source);
        this.options = options ?? ParserOptions.Default;
        var limit = this.options.MaxDocumentLength;
        if (limit > 0 && source.Body.Length > limit)
        {
            var (line, column) = source.GetLineColumn(limit);
            throw GraphQLSyntaxException.LimitExceeded(
                nameof(GraphQLOptions.MaxDocumentLength),
                $"Document exceeds the maximum length of {limit} characters ({nameof(GraphQLOptions.MaxDocumentLength)}).",
                limit,
                line,
                column);
        }

        lexer = new Lexer(source);
    }

    /// <summary>Parses a whole document.</summary>
    public static DocumentNode Parse(string text, ParserOptions? options = null) => Parse(new Source(text), options);

    /// <summary>Parses a whole document.</summary>
    public static DocumentNode Parse(Source source, ParserOptions? options = null) => new Parser(source, options).ParseDocument();

    /// <summary>Parses a single value literal (variables allowed), e.g. <c>[1, $x, {a: "b"}]</c>.</summary>
    public static ValueNode ParseValue(string text, ParserOptions? options = null)
    {
        var parser = new Parser(new Source(text), options);
        parser.Expect(TokenKind.StartOfFile);
        var value = parser.ParseValueLiteral(isConst: false);
        parser.Expect(TokenKind.EndOfFile);
        return value;
    }

    /// <summary>Parses a single constant value literal (no variables), e.g. a default value.</summary>
    public static ValueNode ParseConstValue(string text, ParserOptions? options = null)
    {
        var parser = new Parser(new Source(text), options);
        parser.Expect(TokenKind.StartOfFile);
        var value = parser.ParseValueLiteral(isConst: true);
        parser.Expect(TokenKind.EndOfFile);
        return value;
    }

    /// <summary>Parses a single type reference, e.g. <c>[String!]!</c>.</summary>
    public static TypeNode ParseType(string text, ParserOptions? options = null)
    {
        var parser = new Parser(new Source(text), options);
        parser.Expect(TokenKind.StartOfFile);
        var type = parser.ParseTypeReference();
        parser.Expect(TokenKind.EndOfFile);
        return type;
    }

    // Document ::= Definition+
    private DocumentNode ParseDocument()
    {
        var start = lexer.Token;
        var definitions = Many(TokenKind.StartOfFile, ParseDefinition, TokenKind.EndOfFile);
        return new DocumentNode(definitions) { Location = Loc(start) };
    }

    private DefinitionNode ParseDefinition()
    {
        var hasDescription = PeekDescription();
        var keyword = hasDescription ? lexer.Lookahead() : lexer.Token;
        if (keyword.Kind == TokenKind.BraceL)
        {
            if (hasDescription)
            {
                throw DescriptionNotAllowed();
            }

            return ParseOperationDefinition();
        }

        if (keyword.Kind == TokenKind.Name)
        {
            switch (keyword.Value)
            {
                case "schema": return ParseSchemaDefinition();
                case "scalar": return ParseScalarTypeDefinition();
                case "type": return ParseObjectTypeDefinition();
                case "interface": return ParseInterfaceTypeDefinition();
                case "union": return ParseUnionTypeDefinition();
                case "enum": return ParseEnumTypeDefinition();
                case "input": return ParseInputObjectTypeDefinition();
                case "directive": return ParseDirectiveDefinition();
            }

            if (hasDescription)
            {
                throw DescriptionNotAllowed();
            }

            switch (keyword.Value)
            {
                case "query":
                case "mutation":
                case "subscription":
                    return ParseOperationDefinition();
                case "fragment":
                    return ParseFragmentDefinition();
                case "extend":
                    return ParseTypeSystemExtension();
            }
        }

        throw Unexpected(keyword);
    }

    // Descriptions belong to type system definitions only (October 2021); the error points at the description.
    private GraphQLSyntaxException DescriptionNotAllowed() =>
        SyntaxError(lexer.Token, "Unexpected description, descriptions are supported only on type definitions.");

    private NameNode ParseName()
    {
        var token = Expect(TokenKind.Name);
        return new NameNode(token.Value!) { Location = Loc(token) };
    }

    // ---- Helpers ----

    /// <summary>The location from <paramref name="start"/> to the end of the last consumed token.</summary>
    private Location Loc(Token start) => new(start.Start, lexer.LastToken.End, start.Line, start.Column);

    private bool Peek(TokenKind kind) => lexer.Token.Kind == kind;

    private bool PeekKeyword(string value) => lexer.Token.Kind == TokenKind.Name && lexer.Token.Value == value;

    private Token Advance()
    {
        var token = lexer.Advance();
        if (token.Kind != TokenKind.EndOfFile && options.MaxTokens > 0 && ++tokenCount > options.MaxTokens)
        {
            throw LimitExceeded(token, nameof(GraphQLOptions.MaxTokens), $"Document exceeds the maximum of {options.MaxTokens} tokens ({nameof(GraphQLOptions.MaxTokens)}).");
        }

        return token;
    }

    /// <summary>Consumes a token of the kind, or fails.</summary>
    private Token Expect(TokenKind kind)
    {
        var token = lexer.Token;
        if (token.Kind != kind)
        {
            throw SyntaxError(token, $"Expected {kind.Describe()}, found {token.Describe()}.");
        }

        Advance();
        return token;
    }

    /// <summary>Consumes a token of the kind if it is the current one.</summary>
    private bool ExpectOptional(TokenKind kind)
    {
        if (lexer.Token.Kind != kind)
        {
            return false;
        }

        Advance();
        return true;
    }

    private void ExpectKeyword(string value)
    {
        if (!ExpectOptionalKeyword(value))
        {
            throw SyntaxError(lexer.Token, $"Expected \"{value}\", found {lexer.Token.Describe()}.");
        }
    }

    private bool ExpectOptionalKeyword(string value)
    {
        if (!PeekKeyword(value))
        {
            return false;
        }

        Advance();
        return true;
    }

    /// <summary>open item+ close</summary>
    private List<T> Many<T>(TokenKind open, Func<T> parseItem, TokenKind close)
    {
        Expect(open);
        var items = new List<T>();
        do
        {
            items.Add(parseItem());
        }
        while (!ExpectOptional(close));
        return items;
    }

    /// <summary>(open item+ close)? — empty when the open token is absent.</summary>
    private List<T> OptionalMany<T>(TokenKind open, Func<T> parseItem, TokenKind close) =>
        Peek(open) ? Many(open, parseItem, close) : [];

    /// <summary>open item* close</summary>
    private List<T> Any<T>(TokenKind open, Func<T> parseItem, TokenKind close)
    {
        Expect(open);
        var items = new List<T>();
        while (!ExpectOptional(close))
        {
            items.Add(parseItem());
        }

        return items;
    }

    /// <summary>delimiter? item (delimiter item)*</summary>
    private List<T> DelimitedMany<T>(TokenKind delimiter, Func<T> parseItem)
    {
        ExpectOptional(delimiter);
        var items = new List<T>();
        do
        {
            items.Add(parseItem());
        }
        while (ExpectOptional(delimiter));
        return items;
    }

    /// <summary>Enters one level of nesting, failing past <see cref="ParserOptions.MaxDepth"/> or near the end of the stack.</summary>
    private void EnterNesting(Token at)
    {
        depth++;
        if (options.MaxDepth > 0 && depth > options.MaxDepth)
        {
            throw LimitExceeded(at, nameof(GraphQLOptions.MaxParserDepth), $"Document exceeds the maximum nesting depth of {options.MaxDepth} ({nameof(GraphQLOptions.MaxParserDepth)}).");
        }

        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            throw SyntaxError(at, "Document is nested too deeply to parse.");
        }
    }

    private void ExitNesting() => depth--;

    private GraphQLSyntaxException Unexpected(Token? token = null)
    {
        token ??= lexer.Token;
        return SyntaxError(token, $"Unexpected {token.Describe()}.");
    }

    private static GraphQLSyntaxException SyntaxError(Token at, string description) =>
        new(description, at.Start, at.Line, at.Column);

    /// <summary>The document is over the parser limit <paramref name="limit"/> (named as in <see cref="GraphQLOptions"/>).</summary>
    private static GraphQLSyntaxException LimitExceeded(Token at, string limit, string description) =>
        GraphQLSyntaxException.LimitExceeded(limit, description, at.Start, at.Line, at.Column);
}
