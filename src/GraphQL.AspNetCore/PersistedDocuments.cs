using MentorGraph.GraphQL.Execution;
using Microsoft.AspNetCore.Http;

namespace MentorGraph.GraphQL.AspNetCore;

/// <summary>
/// Turns a request that names a persisted document into one that carries its text, and enforces
/// <see cref="GraphQLOptions.TrustedDocumentsOnly"/>:
/// <list type="bullet">
/// <item>an id (<c>id</c>, <c>documentId</c> or <c>extensions.persistedQuery.sha256Hash</c>) without text: the stored
/// text, or 400 <see cref="PersistedDocumentErrors.NotFound"/>;</item>
/// <item>an id with text: the text must hash to the id (Apollo's automatic persisted queries send both to register;
/// this server does not register that way — only <c>mentorgraph persist</c> and the ADMIN endpoint do), then it is
/// treated as text;</item>
/// <item>text when only trusted documents may run: accepted only when its hash is registered, else 400
/// <see cref="PersistedDocumentErrors.TrustedDocumentRequired"/>.</item>
/// </list>
/// </summary>
public static class PersistedDocuments
{
    public static async Task<(ExecutionRequest? Request, HttpRequestProblem? Problem)> ResolveAsync(
        ExecutionRequest request, string? sentId, IPersistedDocumentStore? store, GraphQLOptions options, CancellationToken cancellationToken)
    {
        var hasText = request.Query.Length > 0;
        if (sentId is not null)
        {
            if (!PersistedDocumentIds.TryNormalize(sentId, out var id))
            {
                return Problem(HttpRequestProblem.BadRequest(
                    "A document id is the SHA-256 of the document's text: 64 hex digits, optionally prefixed 'sha256:'."));
            }

            if (store is null)
            {
                return Problem(new HttpRequestProblem(StatusCodes.Status400BadRequest,
                    "This server does not run persisted documents; send the document's text in 'query'.", PersistedDocumentErrors.NotSupported));
            }

            if (!hasText)
            {
                var text = await store.FindAsync(id, cancellationToken);
                return text is null
                    ? Problem(new HttpRequestProblem(StatusCodes.Status400BadRequest,
                        $"No document is registered under the id '{id}'; register it (mentorgraph persist) or send its text.", PersistedDocumentErrors.NotFound))
                    : (request with { Query = text }, null);
            }

            if (PersistedDocumentIds.Of(request.Query) != id)
            {
                return Problem(HttpRequestProblem.BadRequest($"The 'query' text does not hash to the document id '{id}'."));
            }
        }

        if (!options.TrustedDocumentsOnly)
        {
            return (request, null);
        }

        if (store is null || await store.FindAsync(PersistedDocumentIds.Of(request.Query), cancellationToken) is null)
        {
            return Problem(new HttpRequestProblem(StatusCodes.Status400BadRequest,
                "This server runs registered documents only: send {\"id\": \"<sha256>\"} of a document registered with 'mentorgraph persist'; this text is not registered.",
                PersistedDocumentErrors.TrustedDocumentRequired));
        }

        return (request, null);
    }

    private static (ExecutionRequest?, HttpRequestProblem?) Problem(HttpRequestProblem problem) => (null, problem);
}
