namespace MentorGraph.GraphQL;

/// <summary>
/// Every limit of the engine, in one place. Defaults suit a public API; hosts bind them from configuration.
/// </summary>
public sealed record GraphQLOptions
{
    /// <summary>Largest document the parser accepts, in characters.</summary>
    public int MaxDocumentLength { get; init; } = 100_000;

    /// <summary>
    /// Most tokens the lexer produces for one document. It also bounds how long a chain of fragments
    /// (each spreading the next) can be — about 7 tokens a link — and validation and field collection
    /// follow such chains recursively: keep it well under 100,000 (a 20,000-link chain exhausts a
    /// thread's stack).
    /// </summary>
    public int MaxTokens { get; init; } = 15_000;

    /// <summary>Deepest nesting the parser follows (selection sets, list/object values, type wrappers).</summary>
    public int MaxParserDepth { get; init; } = 64;

    /// <summary>Deepest field nesting an operation may have (validation rule MaxDepth); 0 turns it off.</summary>
    public int MaxQueryDepth { get; init; } = 15;

    /// <summary>Highest computed field cost an operation may have (validation rule MaxCost); 0 turns it off.</summary>
    public int MaxQueryCost { get; init; } = 5_000;

    /// <summary>Cost multiplier assumed for a list field that has no paging argument.</summary>
    public int DefaultListSize { get; init; } = 10;

    /// <summary>Argument names whose value multiplies the cost of a list field's selections.</summary>
    public IReadOnlyList<string> ListSizeArguments { get; init; } = ["first", "last", "limit"];

    /// <summary>How many parsed and validated documents are kept, by hash of their text.</summary>
    public int DocumentCacheSize { get; init; } = 1_000;

    /// <summary>
    /// How many field comparisons the Field Selection Merging rule may make for one document before
    /// validation is aborted with an error (graphql-js 16.15 uses the same bound). Guards against small
    /// documents that make the rule's work explode.
    /// </summary>
    public int MaxFieldMergeComparisons { get; init; } = 500_000;

    /// <summary>Most validation errors reported before validation stops.</summary>
    public int MaxValidationErrors { get; init; } = 100;

    /// <summary>Largest HTTP request body (and GET query string) accepted, in bytes.</summary>
    public int MaxRequestBytes { get; init; } = 1_000_000;

    /// <summary>
    /// Deepest nesting of arrays and objects in the JSON of a request (a POST body, GET's variables and
    /// extensions), counting the outermost; a variable value is converted recursively, so this bounds that.
    /// </summary>
    public int MaxJsonDepth { get; init; } = 256;

    /// <summary>
    /// Whether the HTTP layer runs registered (persisted, "trusted") documents only: a request must send the id of a
    /// registered document, or text whose SHA-256 is registered; any other text is refused with
    /// <c>TRUSTED_DOCUMENT_REQUIRED</c>. For production deployments whose clients are all known; off by default.
    /// </summary>
    public bool TrustedDocumentsOnly { get; init; }

    /// <summary>How many persisted documents the host keeps in memory after reading them from its store (0: none).</summary>
    public int PersistedDocumentCacheSize { get; init; } = 5_000;
}
