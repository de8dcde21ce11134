using Npgsql;
using NpgsqlTypes;

namespace MentorGraph.Persistence.TrustedDocuments;

/// <summary>One registered GraphQL document: its id (SHA-256 of <see cref="Body"/>, lowercase hex), text and operation name.</summary>
public sealed record PersistedDocument(string Id, string Body, string? OperationName);

/// <summary>
/// The registered (trusted) GraphQL documents of migration 0014 (<c>graphql.persisted_documents</c>) over the
/// process's <see cref="NpgsqlDataSource"/>. Rows are only ever added: an id is the hash of its text, so registering
/// a document again changes nothing (the first registration's time and registrant stay).
/// </summary>
public sealed class PersistedDocumentTable(NpgsqlDataSource dataSource)
{
    /// <summary>
    /// Registers the documents in one statement; those already registered are left as they are. Returns how many
    /// were new. The database refuses (a <see cref="PostgresException"/> on <c>persisted_documents_id_is_body_hash</c>)
    /// a document whose id is not its text's hash.
    /// </summary>
    public async Task<int> RegisterAsync(IReadOnlyList<PersistedDocument> documents, string registeredBy, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(documents);
        if (documents.Count == 0)
        {
            return 0;
        }

        await using var command = dataSource.CreateCommand("""
            INSERT INTO graphql.persisted_documents (id, body, operation_name, registered_at, registered_by)
            SELECT id, body, operation_name, @at, @by
            FROM unnest(@ids, @bodies, @names) AS d(id, body, operation_name)
            ON CONFLICT (id) DO NOTHING
            """);
        command.Parameters.Add(new NpgsqlParameter<string[]>("ids", NpgsqlDbType.Array | NpgsqlDbType.Text) { TypedValue = [.. documents.Select(d => d.Id)] });
        command.Parameters.Add(new NpgsqlParameter<string[]>("bodies", NpgsqlDbType.Array | NpgsqlDbType.Text) { TypedValue = [.. documents.Select(d => d.Body)] });
        command.Parameters.Add(new NpgsqlParameter<string?[]>("names", NpgsqlDbType.Array | NpgsqlDbType.Text) { TypedValue = [.. documents.Select(d => d.OperationName)] });
        command.Parameters.AddWithValue("at", at.UtcDateTime);
        command.Parameters.AddWithValue("by", registeredBy);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>The text registered under <paramref name="id"/> (lowercase hex), or null.</summary>
    public async Task<string?> FindAsync(string id, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("SELECT body FROM graphql.persisted_documents WHERE id = @id");
        command.Parameters.AddWithValue("id", id);
        return await command.ExecuteScalarAsync(cancellationToken) as string;
    }
}
