using System.Text;
using System.Text.Json;
using MentorGraph.GraphQL.Execution;
using MentorGraph.GraphQL.AspNetCore;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging.Abstractions;

namespace MentorGraph.GraphQL.AspNetCore.Tests;

/// <summary>An executor that records the request it got and answers with a fixed result:
/// the HTTP layer is tested on its own here; the engine's own tests cover execution.</summary>
internal sealed class RecordingExecutor(ExecutionResult result) : IGraphQLExecutor
{
    public ExecutionRequest? LastRequest { get; private set; }

    public Task<ExecutionResult> ExecuteAsync(ExecutionRequest request, CancellationToken cancellationToken = default)
    {
        LastRequest = request;
        if (request.AllowedOperations is { } allowed && request.Query.TrimStart().StartsWith("mutation", StringComparison.Ordinal)
            && !allowed.Contains(MentorGraph.GraphQL.Language.Ast.OperationType.Mutation))
        {
            return Task.FromResult(ExecutionResult.ForRequestError(RequestErrorKind.OperationNotAllowed,
                [GraphQLError.WithCode("Can only perform a mutation operation from a POST request.", ErrorCodes.BadRequest)]));
        }

        return Task.FromResult(result);
    }
}

internal sealed record HttpResponse(int Status, string? ContentType, JsonElement Body, IHeaderDictionary Headers);

internal static class HttpTestSupport
{
    public static readonly ExecutionResult DataResult = new()
    {
        HasData = true,
        Data = new Dictionary<string, object?> { ["hello"] = "world" },
    };

    public static async Task<HttpResponse> SendAsync(
        IGraphQLExecutor executor,
        string method,
        string? body = null,
        string? contentType = "application/json",
        string? accept = null,
        string? queryString = null,
        GraphQLOptions? options = null,
        byte[]? bodyBytes = null,
        Stream? bodyStream = null,
        IPersistedDocumentStore? documents = null)
    {
        var handler = new GraphQLHttpHandler(executor, options ?? new GraphQLOptions(), new GraphQLHttpOptions(), NullLogger<GraphQLHttpHandler>.Instance, documents);
        var context = new DefaultHttpContext();
        context.Request.Method = method;
        if (contentType is not null)
        {
            context.Request.ContentType = contentType;
        }

        if (accept is not null)
        {
            context.Request.Headers.Accept = accept;
        }

        if (queryString is not null)
        {
            context.Request.QueryString = new QueryString(queryString);
        }

        if (body is not null || bodyBytes is not null)
        {
            var bytes = bodyBytes ?? Encoding.UTF8.GetBytes(body!);
            context.Request.Body = new MemoryStream(bytes);
            context.Request.ContentLength = bytes.Length;
        }

        if (bodyStream is not null)
        {
            context.Request.Body = bodyStream;
        }

        var responseBody = new MemoryStream();
        context.Response.Body = responseBody;
        await handler.HandleAsync(context);
        var json = JsonDocument.Parse(responseBody.ToArray()).RootElement.Clone();
        return new HttpResponse(context.Response.StatusCode, context.Response.ContentType, json, context.Response.Headers);
    }
}
