namespace MentorGraph.GraphQL.Language;

/// <summary>
/// A document that could not be parsed: it is not valid GraphQL syntax, or it exceeds a parser limit.
/// A syntax error's <see cref="GraphQLException.Error"/> has the message <c>Syntax Error: ...</c>, the
/// location of the problem and <c>extensions.code</c> <see cref="ErrorCodes.ParseFailed"/>. A limit's
/// (<see cref="Limit"/> set) has <c>extensions.code</c> <see cref="ErrorCodes.LimitExceeded"/> and
/// <c>extensions.limit</c> naming the <see cref="GraphQLOptions"/> property, and no "Syntax Error" prefix:
/// the document may well be valid, only too large. Both are request errors before validation, so callers
/// treat them alike.
/// </summary>
public sealed class GraphQLSyntaxException : GraphQLException
{
    public GraphQLSyntaxException(string description, int position, int line, int column)
        : this(GraphQLError.WithCode("Syntax Error: " + description, ErrorCodes.ParseFailed, [new ErrorLocation(line, column)]), description, position, line, column, null)
    {
    }

    /// <summary>Builds the error for a position of a source, computing its line and column.</summary>
    public GraphQLSyntaxException(Source source, int position, string description)
        : this(description, position, source.GetLineColumn(position))
    {
    }

    private GraphQLSyntaxException(string description, int position, (int Line, int Column) lineColumn)
        : this(description, position, lineColumn.Line, lineColumn.Column)
    {
    }

    private GraphQLSyntaxException(GraphQLError error, string description, int position, int line, int column, string? limit)
        : base(error)
    {
        Description = description;
        Position = position;
        Line = line;
        Column = column;
        Limit = limit;
    }

    /// <summary>
    /// The document is over the parser limit <paramref name="limit"/> (a <see cref="GraphQLOptions"/> property
    /// name); <paramref name="description"/> says which limit and its value.
    /// </summary>
    public static GraphQLSyntaxException LimitExceeded(string limit, string description, int position, int line, int column) =>
        new(GraphQLError.LimitExceeded(description, limit, [new ErrorLocation(line, column)]), description, position, line, column, limit);

    /// <summary>What is wrong, without the "Syntax Error: " prefix.</summary>
    public string Description { get; }

    /// <summary>The UTF-16 offset of the problem in the source.</summary>
    public int Position { get; }

    public int Line { get; }

    public int Column { get; }

    /// <summary>The <see cref="GraphQLOptions"/> limit the document exceeds; null for a syntax error.</summary>
    public string? Limit { get; }
}
