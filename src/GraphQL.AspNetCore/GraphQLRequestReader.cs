using System.Text;
using System.Text.Json;
using MentorGraph.GraphQL.Execution;
using MentorGraph.GraphQL.Execution.Values;
using MentorGraph.GraphQL.Language.Ast;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace MentorGraph.GraphQL.AspNetCore;

/// <summary>
/// Reads a GraphQL-over-HTTP request (POST application/json body, or GET query parameters) into an
/// <see cref="ExecutionRequest"/>, or names what is wrong with it. Whatever the client sends, the
/// answer is a request or a problem, never an exception.
/// </summary>
public static class GraphQLRequestReader
{
    private static readonly IReadOnlySet<OperationType> QueriesOnly = new HashSet<OperationType> { OperationType.Query };

    /// <summary>Reads a request that carries its document's text (no persisted documents).</summary>
    public static Task<(ExecutionRequest? Request, HttpRequestProblem? Problem)> ReadAsync(
        HttpRequest http, GraphQLOptions options, CancellationToken cancellationToken) =>
        ReadAsync(http, options, null, cancellationToken);

    /// <summary>
    /// Reads a request whose document is its text (<c>query</c>) or the id of a persisted document — <c>id</c>,
    /// <c>documentId</c> or <c>extensions.persistedQuery.sha256Hash</c>, in the body or as GET parameters — found in
    /// <paramref name="documents"/> (see <see cref="PersistedDocuments"/>, which also enforces
    /// <see cref="GraphQLOptions.TrustedDocumentsOnly"/>).
    /// </summary>
    public static async Task<(ExecutionRequest? Request, HttpRequestProblem? Problem)> ReadAsync(
        HttpRequest http, GraphQLOptions options, IPersistedDocumentStore? documents, CancellationToken cancellationToken)
    {
        (ExecutionRequest? Request, string? DocumentId, HttpRequestProblem? Problem) read;
        if (HttpMethods.IsGet(http.Method))
        {
            read = ReadGet(http, options);
        }
        else if (HttpMethods.IsPost(http.Method))
        {
            read = await ReadPostAsync(http, options, cancellationToken);
        }
        else
        {
            return (null, new HttpRequestProblem(StatusCodes.Status405MethodNotAllowed, $"The method {http.Method} is not allowed; use GET or POST."));
        }

        if (read.Problem is not null)
        {
            return (null, read.Problem);
        }

        return await PersistedDocuments.ResolveAsync(read.Request!, read.DocumentId, documents, options, cancellationToken);
    }

    private static (ExecutionRequest?, string?, HttpRequestProblem?) ReadGet(HttpRequest http, GraphQLOptions options)
    {
        if (http.QueryString.HasValue && http.QueryString.Value!.Length > options.MaxRequestBytes)
        {
            return (null, null, HttpRequestProblem.LimitExceeded(
                StatusCodes.Status414UriTooLong,
                $"The query string exceeds the limit of {options.MaxRequestBytes} bytes ({nameof(GraphQLOptions.MaxRequestBytes)}).",
                nameof(GraphQLOptions.MaxRequestBytes)));
        }

        var parameters = http.Query;
        if (!TrySingle(parameters, "query", out var query, out var problem)
            || !TrySingle(parameters, "operationName", out var operationName, out problem)
            || !TrySingle(parameters, "variables", out var variablesText, out problem)
            || !TrySingle(parameters, "extensions", out var extensionsText, out problem)
            || !TrySingle(parameters, "id", out var id, out problem)
            || !TrySingle(parameters, "documentId", out var documentId, out problem))
        {
            return (null, null, problem);
        }

        if (!TryParseMap(variablesText, "variables", options, out var variables, out problem)
            || !TryParseMap(extensionsText, "extensions", options, out var extensions, out problem))
        {
            return (null, null, problem);
        }

        var sentId = DocumentIdOf(NullIfEmpty(id), NullIfEmpty(documentId), extensions, out problem);
        if (problem is not null)
        {
            return (null, null, problem);
        }

        if (string.IsNullOrEmpty(query) && sentId is null)
        {
            return Fail(StatusCodes.Status400BadRequest, "The 'query' parameter is required.");
        }

        return (new ExecutionRequest
        {
            Query = query ?? "",
            OperationName = string.IsNullOrEmpty(operationName) ? null : operationName,
            Variables = variables,
            Extensions = extensions,
            AllowedOperations = QueriesOnly,
        }, sentId, null);
    }

    private static async Task<(ExecutionRequest?, string?, HttpRequestProblem?)> ReadPostAsync(
        HttpRequest http, GraphQLOptions options, CancellationToken cancellationToken)
    {
        if (!IsJsonContentType(http.ContentType, out var contentTypeProblem))
        {
            return (null, null, contentTypeProblem);
        }

        if (http.ContentLength > options.MaxRequestBytes)
        {
            return (null, null, BodyTooLarge(options));
        }

        byte[]? body;
        try
        {
            body = await ReadBodyAsync(http.Body, options.MaxRequestBytes, cancellationToken);
        }
        catch (BadHttpRequestException exception)
        {
            // The server could not read the body as HTTP frames it (a malformed chunk size, a body shorter
            // than its Content-Length): the client's fault, answered with the server's status and reason.
            return Fail(exception.StatusCode, $"The request body could not be read: {exception.Message}");
        }
        catch (IOException) when (!cancellationToken.IsCancellationRequested)
        {
            // Kestrel reports some broken framing as a plain IOException (a chunk size too large for an
            // int: "Bad chunk size data." over an OverflowException). Its text is not the client's business.
            return Fail(StatusCodes.Status400BadRequest, "The request body could not be read: its HTTP framing is malformed.");
        }

        if (body is null)
        {
            return (null, null, BodyTooLarge(options));
        }

        using var document = RequestJson.Parse(body, "the request body", options, out var problem);
        return document is null ? (null, null, problem) : FromJsonBody(document.RootElement);
    }

    private static HttpRequestProblem BodyTooLarge(GraphQLOptions options) => HttpRequestProblem.LimitExceeded(
        StatusCodes.Status413PayloadTooLarge,
        $"The request body exceeds the limit of {options.MaxRequestBytes} bytes ({nameof(GraphQLOptions.MaxRequestBytes)}).",
        nameof(GraphQLOptions.MaxRequestBytes));

    private static (ExecutionRequest?, string?, HttpRequestProblem?) FromJsonBody(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return Fail(StatusCodes.Status400BadRequest, "The request body must be a JSON object.");
        }

        string? query = null;
        string? id = null;
        string? documentId = null;
        string? operationName = null;
        IReadOnlyDictionary<string, object?>? variables = null;
        IReadOnlyDictionary<string, object?>? extensions = null;
        // What is being read, for the message when a string in it is not Unicode text.
        var reading = "A property name of the request body";
        try
        {
            foreach (var property in root.EnumerateObject())
            {
                reading = "A property name of the request body";
                var name = JsonValues.GetName(property);
                reading = $"The '{name}' parameter";
                var value = property.Value;
                switch (name)
                {
                    case "query":
                        if (value.ValueKind != JsonValueKind.String)
                        {
                            return Fail(StatusCodes.Status400BadRequest, "The 'query' parameter must be a string.");
                        }

                        query = JsonValues.GetText(value);
                        break;
                    case "id" or "documentId":
                        if (value.ValueKind is not (JsonValueKind.String or JsonValueKind.Null))
                        {
                            return Fail(StatusCodes.Status400BadRequest, $"The '{name}' parameter must be a string (a document id) or null.");
                        }

                        var text = value.ValueKind == JsonValueKind.String ? JsonValues.GetText(value) : null;
                        if (name == "id")
                        {
                            id = text;
                        }
                        else
                        {
                            documentId = text;
                        }

                        break;
                    case "operationName":
                        if (value.ValueKind is not (JsonValueKind.String or JsonValueKind.Null))
                        {
                            return Fail(StatusCodes.Status400BadRequest, "The 'operationName' parameter must be a string or null.");
                        }

                        operationName = value.ValueKind == JsonValueKind.String ? JsonValues.GetText(value) : null;
                        break;
                    case "variables":
                        if (value.ValueKind is not (JsonValueKind.Object or JsonValueKind.Null))
                        {
                            return Fail(StatusCodes.Status400BadRequest, "The 'variables' parameter must be an object or null.");
                        }

                        variables = value.ValueKind == JsonValueKind.Object ? JsonValues.ToMap(value) : null;
                        break;
                    case "extensions":
                        if (value.ValueKind is not (JsonValueKind.Object or JsonValueKind.Null))
                        {
                            return Fail(StatusCodes.Status400BadRequest, "The 'extensions' parameter must be an object or null.");
                        }

                        extensions = value.ValueKind == JsonValueKind.Object ? JsonValues.ToMap(value) : null;
                        break;
                }
            }
        }
        catch (JsonException)
        {
            return Fail(StatusCodes.Status400BadRequest, NotUnicodeText(reading));
        }

        var sentId = DocumentIdOf(id, documentId, extensions, out var idProblem);
        if (idProblem is not null)
        {
            return (null, null, idProblem);
        }

        if (string.IsNullOrEmpty(query) && sentId is null)
        {
            return Fail(StatusCodes.Status400BadRequest, "The 'query' parameter is required.");
        }

        return (new ExecutionRequest
        {
            Query = query ?? "",
            OperationName = operationName,
            Variables = variables,
            Extensions = extensions,
        }, sentId, null);
    }

    /// <summary>
    /// The persisted document id a request names: <c>id</c>, <c>documentId</c> (the GraphQL-over-HTTP appendix) or
    /// Apollo's <c>extensions.persistedQuery.sha256Hash</c>; null when none. Two different ones are a bad request.
    /// </summary>
    private static string? DocumentIdOf(string? id, string? documentId, IReadOnlyDictionary<string, object?>? extensions, out HttpRequestProblem? problem)
    {
        problem = null;
        var sha256Hash = extensions is not null
            && extensions.TryGetValue("persistedQuery", out var persisted)
            && persisted is IReadOnlyDictionary<string, object?> persistedQuery
            && persistedQuery.TryGetValue("sha256Hash", out var hash)
                ? hash as string
                : null;
        var given = new[] { id, documentId, sha256Hash }.Where(v => v is not null).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (given.Count > 1)
        {
            problem = HttpRequestProblem.BadRequest("The request names two different document ids ('id', 'documentId', 'extensions.persistedQuery.sha256Hash'); send one.");
            return null;
        }

        return given.Count == 1 ? given[0] : null;
    }

    private static string? NullIfEmpty(string? text) => string.IsNullOrEmpty(text) ? null : text;

    /// <summary>
    /// The message for a string that is valid JSON syntax but no Unicode text (an escaped lone surrogate):
    /// a malformed request (400 BAD_REQUEST), refused where it is read, so that no such string reaches
    /// the engine, its error messages or the response.
    /// </summary>
    private static string NotUnicodeText(string where) =>
        $"{where} holds a string that is not Unicode text: an unpaired surrogate escape (such as \\ud800) has no meaning in a GraphQL request.";

    private static bool IsJsonContentType(string? contentType, out HttpRequestProblem? problem)
    {
        problem = null;
        if (string.IsNullOrWhiteSpace(contentType))
        {
            problem = new HttpRequestProblem(StatusCodes.Status415UnsupportedMediaType, "A POST request needs the Content-Type application/json.");
            return false;
        }

        if (!MediaTypeHeaderValue.TryParse(contentType, out var parsed)
            || !parsed.MediaType.Equals(MediaTypes.Json, StringComparison.OrdinalIgnoreCase))
        {
            problem = new HttpRequestProblem(StatusCodes.Status415UnsupportedMediaType, $"The Content-Type '{contentType}' is not supported; use application/json.");
            return false;
        }

        if (parsed.Charset.HasValue && !parsed.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase))
        {
            problem = new HttpRequestProblem(StatusCodes.Status415UnsupportedMediaType, $"The charset '{parsed.Charset}' is not supported; use utf-8.");
            return false;
        }

        return true;
    }

    /// <summary>Reads the whole body, or returns null as soon as it passes the limit.</summary>
    private static async Task<byte[]?> ReadBodyAsync(Stream body, int limit, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static bool TrySingle(IQueryCollection parameters, string name, out string? value, out HttpRequestProblem? problem)
    {
        value = null;
        problem = null;
        if (!parameters.TryGetValue(name, out var values))
        {
            return true;
        }

        if (values.Count > 1)
        {
            problem = HttpRequestProblem.BadRequest($"The '{name}' parameter is given more than once.");
            return false;
        }

        value = values[0];
        return true;
    }

    private static bool TryParseMap(
        string? text, string name, GraphQLOptions options, out IReadOnlyDictionary<string, object?>? map, out HttpRequestProblem? problem)
    {
        map = null;
        if (string.IsNullOrEmpty(text) || text == "null")
        {
            problem = null;
            return true;
        }

        using var document = RequestJson.Parse(Encoding.UTF8.GetBytes(text), $"the '{name}' parameter", options, out problem);
        if (document is null)
        {
            return false;
        }

        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            problem = HttpRequestProblem.BadRequest($"The '{name}' parameter must be a JSON object.");
            return false;
        }

        try
        {
            map = JsonValues.ToMap(document.RootElement);
            return true;
        }
        catch (JsonException)
        {
            problem = HttpRequestProblem.BadRequest(NotUnicodeText($"The '{name}' parameter"));
            return false;
        }
    }

    private static (ExecutionRequest?, string?, HttpRequestProblem?) Fail(int status, string message) =>
        (null, null, new HttpRequestProblem(status, message));
}
