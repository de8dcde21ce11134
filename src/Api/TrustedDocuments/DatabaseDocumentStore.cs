using System.Collections.Concurrent;
using MentorGraph.GraphQL.AspNetCore;
using MentorGraph.Persistence.TrustedDocuments;

namespace MentorGraph.Api.TrustedDocuments;

/// <summary>
/// The GraphQL HTTP layer's <see cref="IPersistedDocumentStore"/> over PostgreSQL (<see cref="PersistedDocumentTable"/>),
/// with a cache of the documents found: an id is the hash of its text, so a found document never goes stale and
/// needs no expiry. At most <c>GraphQL:PersistedDocumentCacheSize</c> are kept; past that, further documents are read
/// from the database each time (a bounded cache, no eviction bookkeeping on the request path). Ids not found are not
/// cached, so a document registered a moment ago is found at once — and a client sending made-up ids costs one
/// primary-key look-up each, never memory.
/// </summary>
public sealed class DatabaseDocumentStore(PersistedDocumentTable table, int cacheSize) : IPersistedDocumentStore
{
    private readonly ConcurrentDictionary<string, string> cache = new(StringComparer.Ordinal);

    public async ValueTask<string?> FindAsync(string id, CancellationToken cancellationToken)
    {
        if (cache.TryGetValue(id, out var cached))
        {
            return cached;
        }

        var body = await table.FindAsync(id, cancellationToken);
        if (body is not null && cache.Count < cacheSize)
        {
            cache.TryAdd(id, body);
        }

        return body;
    }
}
