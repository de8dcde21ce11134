namespace MentorGraph.GraphQL.AspNetCore;

/// <summary>
/// Where the HTTP layer finds persisted ("trusted") documents by id: the host implements it (the API over
/// PostgreSQL). An id is the SHA-256 of the document's exact text, 64 lowercase hex digits
/// (<see cref="PersistedDocumentIds"/>), so a document never changes under its id and a found one may be cached for good.
/// </summary>
public interface IPersistedDocumentStore
{
    /// <summary>The text registered under <paramref name="id"/> (normalised: 64 lowercase hex digits), or null.</summary>
    ValueTask<string?> FindAsync(string id, CancellationToken cancellationToken);
}
