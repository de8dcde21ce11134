namespace MentorGraph.GraphQL.Language;

/// <summary>
/// A document that is not valid GraphQL syntax, or that exceeds a parser limit. Its
/// <see cref="GraphQLException.Error"/> has the message <c>Syntax Error: ...</c>, the location of the
/// problem and <c>extensions.code</c> <see cref="ErrorCodes.ParseFailed"/>.
/// </summary>
public sealed class GraphQLSyntaxException : GraphQLException
{
    public GraphQLSyntaxException(string description, int position, int line, int column)
        : base(GraphQLError.WithCode("Syntax Error: " + description, ErrorCodes.ParseFailed, [new ErrorLocation(line, column)]))
    {
        Description = description;
        Position = position;
        Line = line;
        Column = column;
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

    /// <summary>What is wrong, without the "Syntax Error: " prefix.</summary>
    public string Description { get; }

    /// <summary>The UTF-16 offset of the problem in the source.</summary>
    public int Position { get; }

    public int Line { get; }

    public int Column { get; }
}
