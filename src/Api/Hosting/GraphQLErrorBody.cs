using System.Text.Json;
using MentorGraph.GraphQL.Execution;
using GraphQLError = MentorGraph.GraphQL.GraphQLError;

namespace MentorGraph.Api.Hosting;

/// <summary>
/// Answers a request the host refuses before GraphQL runs (rate limit, timeout) with the body a GraphQL
/// client expects: <c>{"errors":[{"message":…,"extensions":{"code":…}}]}</c>, as
/// <c>application/graphql-response+json</c> when the client accepts it, else <c>application/json</c>.
/// </summary>
public static class GraphQLErrorBody
{
    public static async Task WriteAsync(HttpContext context, int statusCode, string code, string message)
    {
        if (context.Response.HasStarted)
        {
            return;
        }

        context.Response.StatusCode = statusCode;
        var accept = context.Request.Headers.Accept.ToString();
        context.Response.ContentType = (accept.Contains("application/graphql-response+json", StringComparison.OrdinalIgnoreCase)
            ? "application/graphql-response+json"
            : "application/json") + "; charset=utf-8";
        var result = ExecutionResult.ForRequestError(RequestErrorKind.Parse, [GraphQLError.WithCode(message, code)]);
        await using var writer = new Utf8JsonWriter(context.Response.Body, ResponseJsonWriter.Options());
        ResponseJsonWriter.Write(writer, result);
        await writer.FlushAsync(CancellationToken.None);
    }
}
