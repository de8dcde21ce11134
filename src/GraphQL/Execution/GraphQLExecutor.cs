using MentorGraph.GraphQL.Language;
using MentorGraph.GraphQL.Language.Ast;
using MentorGraph.GraphQL.Types;
using MentorGraph.GraphQL.Validation;
using MentorGraph.GraphQL.Validation.Cost;

namespace MentorGraph.GraphQL.Execution;

/// <summary>Validates a parsed document against a schema; an empty list means valid.</summary>
public delegate IReadOnlyList<GraphQLError> DocumentValidation(Schema schema, DocumentNode document);

/// <summary>
/// Runs requests against one schema: parse → validate (both cached by hash of the query text in a bounded
/// LRU cache) → operation selection → allowed-operation check → variable coercion → the cost checks that the
/// request's variables decide (<see cref="RequestCostChecks"/>) → execution.
/// Thread-safe; one instance serves every request.
/// </summary>
public sealed class GraphQLExecutor : IGraphQLExecutor
{
    private readonly Schema _schema;
    private readonly ParserOptions _parserOptions;
    private readonly ExecutionOptions _executionOptions;
    private readonly GraphQLOptions _options;
    private readonly DocumentValidation? _validate;

    /// <param name="schema">The schema every request runs against.</param>
    /// <param name="options">The engine's limits (parser, validation, document cache size).</param>
    /// <param name="executionOptions">Default resolver, error logger and CLR type names.</param>
    /// <param name="validate">
    /// The validation to run; by default every rule of spec section 5 plus the configured limits, with the cost of
    /// operations that variables affect checked per request with the request's values
    /// (<see cref="DocumentValidator.ValidateForRequests"/>). A validation given here decides alone.
    /// </param>
    public GraphQLExecutor(
        Schema schema,
        GraphQLOptions? options = null,
        ExecutionOptions? executionOptions = null,
        DocumentValidation? validate = null)
    {
        ArgumentNullException.ThrowIfNull(schema);
        options ??= new GraphQLOptions();
        _schema = schema;
        _parserOptions = ParserOptions.From(options);
        _executionOptions = executionOptions ?? new ExecutionOptions();
        _options = options;
        _validate = validate;
        Cache = new DocumentCache(options.DocumentCacheSize);
    }

    /// <summary>The parsed and validated documents kept by hash of their text.</summary>
    public DocumentCache Cache { get; }

    public Schema Schema => _schema;

    public Task<ExecutionResult> ExecuteAsync(ExecutionRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        cancellationToken.ThrowIfCancellationRequested();
        var activity = GraphQLTelemetry.Source.StartActivity("graphql");
        return activity is null ? ExecuteCoreAsync(request, null, cancellationToken) : TracedAsync(request, activity, cancellationToken);
    }

    /// <summary>Runs the request inside its span; the span ends when the response is complete.</summary>
    private async Task<ExecutionResult> TracedAsync(ExecutionRequest request, System.Diagnostics.Activity activity, CancellationToken cancellationToken)
    {
        using (activity)
        {
            var result = await ExecuteCoreAsync(request, activity, cancellationToken);
            if (result.Errors.Count > 0)
            {
                activity.SetTag("graphql.errors", result.Errors.Count);
            }

            return result;
        }
    }

    private Task<ExecutionResult> ExecuteCoreAsync(ExecutionRequest request, System.Diagnostics.Activity? activity, CancellationToken cancellationToken)
    {

        var key = DocumentCache.KeyOf(request.Query);
        if (!Cache.TryGet(key, out var cached))
        {
            DocumentNode document;
            try
            {
                document = Parser.Parse(request.Query, _parserOptions);
            }
            catch (GraphQLSyntaxException exception)
            {
                return Task.FromResult(ExecutionResult.ForRequestError(RequestErrorKind.Parse, [exception.Error]));
            }

            cached = Validated(document);
            Cache.Add(key, cached);
        }

        if (activity is not null)
        {
            GraphQLTelemetry.Describe(activity, cached.Document, request.OperationName);
        }

        if (cached.ValidationErrors.Count > 0)
        {
            return Task.FromResult(ExecutionResult.ForRequestError(RequestErrorKind.Validation, cached.ValidationErrors));
        }

        return DocumentExecutor.ExecuteAsync(_schema, cached.Document, request, _executionOptions, cached.CostChecks, cancellationToken);
    }

    private CachedDocument Validated(DocumentNode document)
    {
        if (_validate is not null)
        {
            return new CachedDocument(document, _validate(_schema, document));
        }

        var (errors, costChecks) = DocumentValidator.ValidateForRequests(_schema, document, _options, Introspection.GetFieldDefinition);
        return new CachedDocument(document, errors) { CostChecks = costChecks };
    }
}
