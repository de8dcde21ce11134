using MentorGraph.Analytics;
using Npgsql;

namespace MentorGraph.Api.Pipeline;

/// <summary>
/// One transaction of the classification job: claims up to a batch of outbox rows of one priority with
/// <c>FOR UPDATE SKIP LOCKED</c> (so any number of workers in any number of processes share the outbox, each row
/// taken by one), deletes them, and — in the same transaction — stores the results. A worker that dies before
/// the commit loses its connection, PostgreSQL rolls back, and the rows are there for the next job.
/// </summary>
public sealed class OutboxBatch : IAsyncDisposable
{
    private const string ClaimSql = """
        WITH claimed AS (
            DELETE FROM classification_outbox
            WHERE id IN (SELECT id FROM classification_outbox WHERE priority = $1
                         ORDER BY created_at, id LIMIT $2 FOR UPDATE SKIP LOCKED)
            RETURNING note_id)
        SELECT n.id, n.session_id, n.text, n.text_sha256, n.author_id = p.senior_id, senior.name, junior.name, e.vector
        FROM (SELECT DISTINCT note_id FROM claimed) c
        JOIN session_notes n ON n.id = c.note_id
        JOIN sessions s ON s.id = n.session_id
        JOIN pairings p ON p.id = s.pairing_id
        JOIN people senior ON senior.id = p.senior_id
        JOIN people junior ON junior.id = p.junior_id
        LEFT JOIN note_embeddings e ON e.note_id = n.id AND e.encoder = $3 AND e.text_sha256 = n.text_sha256
        ORDER BY n.id
        """;

    private readonly NpgsqlConnection _connection;
    private readonly NpgsqlTransaction _transaction;

    private OutboxBatch(NpgsqlConnection connection, NpgsqlTransaction transaction, IReadOnlyList<PendingNote> notes)
    {
        _connection = connection;
        _transaction = transaction;
        Notes = notes;
    }

    /// <summary>The claimed notes (a deleted note's rows went with it).</summary>
    public IReadOnlyList<PendingNote> Notes { get; }

    /// <summary>Opens a transaction and claims up to <paramref name="size"/> rows of <paramref name="priority"/>.</summary>
    /// <param name="encoder">The active model's sentence encoder, whose stored embeddings are read; null when it reads none.</param>
    public static async Task<OutboxBatch> ClaimAsync(NpgsqlDataSource dataSource, short priority, int size, string? encoder, CancellationToken cancellationToken)
    {
        var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        try
        {
            var transaction = await connection.BeginTransactionAsync(cancellationToken);
            await using var command = new NpgsqlCommand(ClaimSql, connection, transaction);
            command.Parameters.Add(new NpgsqlParameter<short> { TypedValue = priority });
            command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = size });
            command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = encoder ?? "" });
            var notes = new List<PendingNote>();
            await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
            {
                while (await reader.ReadAsync(cancellationToken))
                {
                    notes.Add(new PendingNote(
                        reader.GetInt64(0),
                        reader.GetInt64(1),
                        reader.GetString(2),
                        reader.GetFieldValue<byte[]>(3),
                        reader.GetBoolean(4) ? ParticipantRole.Senior : ParticipantRole.Junior,
                        reader.GetString(5),
                        reader.GetString(6),
                        reader.IsDBNull(7) ? null : EmbeddingBytes.ToVector(reader.GetFieldValue<byte[]>(7))));
                }
            }

            return new OutboxBatch(connection, transaction, notes);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// Stores every result (once per note, model and text: ON CONFLICT DO NOTHING), the embeddings computed now,
    /// the effective label of each note whose text is still the one classified and whose label is not a person's,
    /// and the topic of the sessions' lessons that have none set by a person; then commits.
    /// </summary>
    public async Task CommitAsync(
        string modelVersion, IReadOnlyList<(PendingNote Note, StoredClassification Result, (string Encoder, float[] Vector)? NewEmbedding)> results,
        double lessonTopicMinConfidence, DateTimeOffset classifiedAt, CancellationToken cancellationToken)
    {
        if (results.Count > 0)
        {
            await using var batch = new NpgsqlBatch(_connection, _transaction);
            foreach (var (note, result, embedding) in results)
            {
                batch.BatchCommands.Add(Command("""
                    INSERT INTO note_classifications (note_id, model_version, text_sha256, topic_id, topic_probability, topics,
                        direction, direction_probability, needs_review, evidence, classified_at)
                    VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7, $8, $9, $10::jsonb, $11)
                    ON CONFLICT (note_id, model_version, text_sha256) DO NOTHING
                    """,
                    note.NoteId, modelVersion, note.TextSha256, result.TopicId, result.TopicProbability, result.TopicsJson,
                    result.Direction, result.DirectionProbability, result.NeedsReview, result.EvidenceJson, classifiedAt));
                batch.BatchCommands.Add(Command("""
                    UPDATE session_notes
                    SET topic_id = $2, direction = $3, label_source = 'MODEL', model_version = $4, classified_at = $5
                    WHERE id = $1 AND text_sha256 = $6 AND label_source IS DISTINCT FROM 'PERSON'
                      AND model_version IS DISTINCT FROM $4
                    """,
                    note.NoteId, result.TopicId, result.Direction, modelVersion, classifiedAt, note.TextSha256));
                if (embedding is { } computed)
                {
                    batch.BatchCommands.Add(Command("""
                        INSERT INTO note_embeddings (note_id, encoder, text_sha256, vector) VALUES ($1, $2, $3, $4)
                        ON CONFLICT (note_id, encoder) DO UPDATE SET text_sha256 = EXCLUDED.text_sha256, vector = EXCLUDED.vector
                        """,
                        note.NoteId, computed.Encoder, note.TextSha256, EmbeddingBytes.ToBytes(computed.Vector)));
                }
            }

            batch.BatchCommands.Add(LessonTopics.Command(
                results.Select(r => r.Note.SessionId).Distinct().ToArray(), modelVersion, lessonTopicMinConfidence));
            await batch.ExecuteNonQueryAsync(cancellationToken);
        }

        await _transaction.CommitAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await _transaction.DisposeAsync();
        await _connection.DisposeAsync();
    }

    internal static NpgsqlBatchCommand Command(string sql, params object[] values)
    {
        var command = new NpgsqlBatchCommand(sql);
        foreach (var value in values)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = value });
        }

        return command;
    }
}
