namespace MentorGraph.GraphQL.Language;

/// <summary>
/// Limits the parser enforces against abusive documents. A limit of 0 or less turns that limit off
/// (nesting is then still bounded by the available stack, reported as a syntax error).
/// </summary>
public sealed record ParserOptions
{
    /// <summary>The defaults of <see cref="GraphQLOptions"/>.</summary>
    public static ParserOptions Default { get; } = From(new GraphQLOptions());

    /// <summary>Largest document accepted, in characters (UTF-16 code units).</summary>
    public int MaxDocumentLength { get; init; } = 100_000;

    /// <summary>Most tokens (comments excluded) one document may hold.</summary>
    public int MaxTokens { get; init; } = 15_000;

    /// <summary>Deepest nesting of selection sets, list and object values and list types.</summary>
    public int MaxDepth { get; init; } = 64;

    /// <summary>The parser limits of the engine's options.</summary>
    public static ParserOptions From(GraphQLOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new ParserOptions
        {
            MaxDocumentLength = options.MaxDocumentLength,
            MaxTokens = options.MaxTokens,
            MaxDepth = options.MaxParserDepth,
        };
    }
}
