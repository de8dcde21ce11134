using MentorGraph.GraphQL.Execution;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Net.Http.Headers;

namespace MentorGraph.GraphQL.AspNetCore;

/// <summary>
/// Serves one GraphQL-over-HTTP request: reads it, negotiates the response media type, runs it and
/// answers with the spec's status code. Nothing a client sends can make it answer with a stack trace.
/// With a <see cref="IPersistedDocumentStore"/> (registered by the host), a request may name a persisted document
/// by id instead of sending its text, and <see cref="GraphQLOptions.TrustedDocumentsOnly"/> can be enforced.
/// </summary>
public sealed class GraphQLHttpHandler(
    IGraphQLExecutor executor, GraphQLOptions options, GraphQLHttpOptions httpOptions, ILogger<GraphQLHttpHandler> logger, IPersistedDocumentStore? documents = null)
{
    public async Task HandleAsync(HttpContext context)
    {
        var cancellationToken = context.RequestAborted;
        if (httpOptions.HtmlPage is { } htmlPage && IsBrowserPageRequest(context.Request))
        {
            await htmlPage(context);
            return;
        }

        var mediaType = MediaTypes.Negotiate(context.Request.Headers.Accept.ToString());
        if (mediaType is null)
        {
            await WriteProblemAsync(context, MediaTypes.Json, new HttpRequestProblem(
                StatusCodes.Status406NotAcceptable,
                $"None of the accepted media types can be produced; accept {MediaTypes.GraphQLResponse} or {MediaTypes.Json}."));
            return;
        }

        var (request, problem) = await GraphQLRequestReader.ReadAsync(context.Request, options, documents, cancellationToken);
        if (problem is not null)
        {
            await WriteProblemAsync(context, mediaType, problem);
            return;
        }

        request = request! with
        {
            Services = context.RequestServices,
            UserContext = httpOptions.CreateUserContext?.Invoke(context) ?? new Dictionary<string, object?>(),
        };

        ExecutionResult result;
        try
        {
            result = await executor.ExecuteAsync(request, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The client went away or the host's request time limit passed: nothing is written here, and the
            // cancellation goes on up so the host's timeout middleware can answer (e.g. 504) when it was a timeout.
            throw;
        }
        catch (Exception exception)
        {
            logger.LogError(exception, "GraphQL request failed outside of field execution.");
            await WriteProblemAsync(context, mediaType, InternalServerError);
            return;
        }

        context.Response.StatusCode = StatusCodeFor(result, mediaType);
        if (result.RequestError == RequestErrorKind.OperationNotAllowed)
        {
            context.Response.Headers.Allow = "POST";
        }

        await WriteResultAsync(context, mediaType, result);
    }

    /// <summary>A GET without a <c>query</c> parameter from a client that accepts text/html: a browser, not a GraphQL client.</summary>
    public static bool IsBrowserPageRequest(HttpRequest request) =>
        HttpMethods.IsGet(request.Method)
        && !request.Query.ContainsKey("query")
        && MediaTypeHeaderValue.TryParseList([request.Headers.Accept.ToString()], out var accepted)
        && accepted.Any(a => a.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase) && (a.Quality ?? 1.0) > 0);

    /// <summary>
    /// application/json: 200 for every well-formed request. application/graphql-response+json: 200 when
    /// execution began (data present, even with field errors), 400 for a request error. A mutation over
    /// GET is 405 under either.
    /// </summary>
    public static int StatusCodeFor(ExecutionResult result, string mediaType)
    {
        if (result.RequestError == RequestErrorKind.OperationNotAllowed)
        {
            return StatusCodes.Status405MethodNotAllowed;
        }

        if (mediaType == MediaTypes.GraphQLResponse && !result.HasData)
        {
            return StatusCodes.Status400BadRequest;
        }

        return StatusCodes.Status200OK;
    }

    private static readonly HttpRequestProblem InternalServerError =
        new(StatusCodes.Status500InternalServerError, "Internal server error.", ErrorCodes.InternalServerError);

    private Task WriteProblemAsync(HttpContext context, string mediaType, HttpRequestProblem problem)
    {
        context.Response.StatusCode = problem.StatusCode;
        if (problem.StatusCode == StatusCodes.Status405MethodNotAllowed)
        {
            context.Response.Headers.Allow = "GET, POST";
        }

        var result = ExecutionResult.ForRequestError(RequestErrorKind.Parse, [problem.ToError()]);
        return WriteResultAsync(context, mediaType, result);
    }

    /// <summary>
    /// Streams the response JSON to the body's pipe: large responses go out in pieces as they are written.
    /// Writing never fails on what a client sent (strings that are not Unicode are refused on the way in;
    /// NaN and infinities are written as null). If it still fails — a value of a type the writer does not
    /// know, a host's bug — the exception is logged; when nothing had been written yet the client gets a 500
    /// with the usual "Internal server error." body, otherwise the connection is aborted, so a client never
    /// takes a truncated body for an answer.
    /// </summary>
    private async Task WriteResultAsync(HttpContext context, string mediaType, ExecutionResult result)
    {
        context.Response.ContentType = mediaType + "; charset=utf-8";
        try
        {
            await ResponseJsonWriter.WriteAsync(context.Response.BodyWriter, result, context.RequestAborted);
        }
        catch (ResponseWriteException exception)
        {
            logger.LogError(exception.InnerException, "The GraphQL response could not be written as JSON.");
            if (exception.NothingWritten && !context.Response.HasStarted)
            {
                context.Response.StatusCode = InternalServerError.StatusCode;
                await ResponseJsonWriter.WriteAsync(
                    context.Response.BodyWriter, ExecutionResult.ForRequestError(RequestErrorKind.Parse, [InternalServerError.ToError()]), context.RequestAborted);
            }
            else
            {
                context.Abort();
            }
        }
    }
}
