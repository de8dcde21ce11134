using System.Text.Encodings.Web;
using GraphQLParser.AST;
using GraphQLDotNet = global::GraphQL;

namespace MentorGraph.Benchmarks.GraphQL.Peer;

/// <summary>
/// Runs requests on the peer engine (graphql-dotnet) as its documentation does: a
/// <c>DocumentExecuter</c> per process, <c>ExecutionOptions</c> per request, and its System.Text.Json
/// serializer for the response. The serializer escapes like ours (JSON's own escaping only), so the
/// two engines' bytes can be compared.
/// </summary>
public sealed class PeerRequests
{
    private readonly GraphQLDotNet.IDocumentExecuter _executer = new GraphQLDotNet.DocumentExecuter();
    private readonly GraphQLDotNet.Types.ISchema _schema = PeerSchema.Build();

    public GraphQLDotNet.SystemTextJson.GraphQLSerializer Serializer { get; } =
        new(options => options.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping);

    public static GraphQLDotNet.Inputs Variables(IReadOnlyDictionary<string, object?> variables) =>
        new(variables.ToDictionary(pair => pair.Key, pair => pair.Value));

    /// <summary>Parses, validates and executes <paramref name="query"/>.</summary>
    public Task<GraphQLDotNet.ExecutionResult> ExecuteAsync(string query, GraphQLDotNet.Inputs? variables = null) =>
        _executer.ExecuteAsync(new GraphQLDotNet.ExecutionOptions
        {
            Schema = _schema,
            Query = query,
            Variables = variables,
        });

    /// <summary>
    /// Executes an already parsed and validated document: what the peer's document cache (its
    /// GraphQL.MemoryCache package, which our package feed does not have) does on a hit. It hands the
    /// executer the cached document and the rules for cached documents, by default none.
    /// </summary>
    public Task<GraphQLDotNet.ExecutionResult> ExecuteAsync(GraphQLDocument document, string query, GraphQLDotNet.Inputs? variables = null)
    {
        var options = new GraphQLDotNet.ExecutionOptions
        {
            Schema = _schema,
            Query = query,
            Document = document,
            Variables = variables,
        };
        options.ValidationRules = options.CachedDocumentValidationRules ?? [];
        return _executer.ExecuteAsync(options);
    }

    public static GraphQLDocument Parse(string query) => GraphQLParser.Parser.Parse(query);

    public string ToJson(GraphQLDotNet.ExecutionResult result) => Serializer.Serialize(result);
}
