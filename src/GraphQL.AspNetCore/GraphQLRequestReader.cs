using System.Text.Json;
using MentorGraph.GraphQL.Execution;
using MentorGraph.GraphQL.Execution.Values;
using MentorGraph.GraphQL.Language.Ast;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace MentorGraph.GraphQL.AspNetCore;

/// <summary>A request that could not be read: the HTTP status to answer with and a client-safe message.</summary>
public sealed record HttpRequestProblem(int StatusCode, string Message);

/// <summary>
/// Reads a GraphQL-over-HTTP request (POST application/json body, or GET query parameters) into an
/// <see cref="ExecutionRequest"/>, or names what is wrong with it.
/// </summary>
public static class GraphQLRequestReader
{
    private static readonly IReadOnlySet<OperationType> QueriesOnly = new HashSet<OperationType> { OperationType.Query };

    public static async Task<(ExecutionRequest? Request, HttpRequestProblem? Problem)> ReadAsync(
        HttpRequest http, GraphQLOptions options, CancellationToken cancellationToken)
    {
        if (HttpMethods.IsGet(http.Method))
        {
            return ReadGet(http, options);
        }

        if (HttpMethods.IsPost(http.Method))
        {
            return await ReadPostAsync(http, options, cancellationToken);
        }

        return Fail(StatusCodes.Status405MethodNotAllowed, $"The method {http.Method} is not allowed; use GET or POST.");
    }

    private static (ExecutionRequest?, HttpRequestProblem?) ReadGet(HttpRequest http, GraphQLOptions options)
    {
        if (http.QueryString.HasValue && http.QueryString.Value!.Length > options.MaxRequestBytes)
        {
            return Fail(StatusCodes.Status414UriTooLong, $"The query string exceeds the limit of {options.MaxRequestBytes} bytes.");
        }

        var parameters = http.Query;
        if (!TrySingle(parameters, "query", out var query, out var problem)
            || !TrySingle(parameters, "operationName", out var operationName, out problem)
            || !TrySingle(parameters, "variables", out var variablesText, out problem)
            || !TrySingle(parameters, "extensions", out var extensionsText, out problem))
        {
            return (null, problem);
        }

        if (string.IsNullOrEmpty(query))
        {
            return Fail(StatusCodes.Status400BadRequest, "The 'query' parameter is required.");
        }

        if (!TryParseMap(variablesText, "variables", out var variables, out problem)
            || !TryParseMap(extensionsText, "extensions", out var extensions, out problem))
        {
            return (null, problem);
        }

        return (new ExecutionRequest
        {
            Query = query,
            OperationName = string.IsNullOrEmpty(operationName) ? null : operationName,
            Variables = variables,
            Extensions = extensions,
            AllowedOperations = QueriesOnly,
        }, null);
    }

    private static async Task<(ExecutionRequest?, HttpRequestProblem?)> ReadPostAsync(
        HttpRequest http, GraphQLOptions options, CancellationToken cancellationToken)
    {
        if (!IsJsonContentType(http.ContentType, out var contentTypeProblem))
        {
            return (null, contentTypeProblem);
        }

        if (http.ContentLength > options.MaxRequestBytes)
        {
            return Fail(StatusCodes.Status413PayloadTooLarge, $"The request body exceeds the limit of {options.MaxRequestBytes} bytes.");
        }

        var body = await ReadBodyAsync(http.Body, options.MaxRequestBytes, cancellationToken);
        if (body is null)
        {
            return Fail(StatusCodes.Status413PayloadTooLarge, $"The request body exceeds the limit of {options.MaxRequestBytes} bytes.");
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body, new JsonDocumentOptions { MaxDepth = 256 });
        }
        catch (JsonException)
        {
            return Fail(StatusCodes.Status400BadRequest, "The request body is not valid JSON.");
        }

        using (document)
        {
            return FromJsonBody(document.RootElement);
        }
    }

    private static (ExecutionRequest?, HttpRequestProblem?) FromJsonBody(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return Fail(StatusCodes.Status400BadRequest, "The request body must be a JSON object.");
        }

        string? query = null;
        string? operationName = null;
        IReadOnlyDictionary<string, object?>? variables = null;
        IReadOnlyDictionary<string, object?>? extensions = null;
        foreach (var property in root.EnumerateObject())
        {
            var value = property.Value;
            switch (property.Name)
            {
                case "query":
                    if (value.ValueKind != JsonValueKind.String)
                    {
                        return Fail(StatusCodes.Status400BadRequest, "The 'query' parameter must be a string.");
                    }

                    query = value.GetString();
                    break;
                case "operationName":
                    if (value.ValueKind is not (JsonValueKind.String or JsonValueKind.Null))
                    {
                        return Fail(StatusCodes.Status400BadRequest, "The 'operationName' parameter must be a string or null.");
                    }

                    operationName = value.ValueKind == JsonValueKind.String ? value.GetString() : null;
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

        if (string.IsNullOrEmpty(query))
        {
            return Fail(StatusCodes.Status400BadRequest, "The 'query' parameter is required.");
        }

        return (new ExecutionRequest
        {
            Query = query,
            OperationName = operationName,
            Variables = variables,
            Extensions = extensions,
        }, null);
    }

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
            problem = new HttpRequestProblem(StatusCodes.Status400BadRequest, $"The '{name}' parameter is given more than once.");
            return false;
        }

        value = values[0];
        return true;
    }

    private static bool TryParseMap(string? text, string name, out IReadOnlyDictionary<string, object?>? map, out HttpRequestProblem? problem)
    {
        map = null;
        problem = null;
        if (string.IsNullOrEmpty(text) || text == "null")
        {
            return true;
        }

        try
        {
            using var document = JsonDocument.Parse(text);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                problem = new HttpRequestProblem(StatusCodes.Status400BadRequest, $"The '{name}' parameter must be a JSON object.");
                return false;
            }

            map = JsonValues.ToMap(document.RootElement);
            return true;
        }
        catch (JsonException)
        {
            problem = new HttpRequestProblem(StatusCodes.Status400BadRequest, $"The '{name}' parameter is not valid JSON.");
            return false;
        }
    }

    private static (ExecutionRequest?, HttpRequestProblem?) Fail(int status, string message) =>
        (null, new HttpRequestProblem(status, message));
}
