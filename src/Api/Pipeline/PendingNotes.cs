using Npgsql;

namespace MentorGraph.Api.Pipeline;

/// <summary>
/// The one SQL definition of a note the pipeline still owes a result: a note of <c>session_notes n</c> with no result
/// of the active model (parameter <c>$1</c>) for its current text. <see cref="PipelineSweepJob"/> queues such notes;
/// <c>pipeline</c> counts them with the outbox (<see cref="StatusCommand"/>) — both from these fragments, so the two
/// can never disagree on what is pending. An edited note (new text hash), a note written by COPY or an import, and
/// every note after an activation qualify; a person's label does not exempt a note (the model's result is kept beside it).
/// The anti-join reads two indexes only: <c>session_notes_pending</c> (0015: id with the text hash and
/// <c>updated_at</c>) and <c>note_classifications_pkey</c>.
/// </summary>
public static class PendingNotes
{
    /// <summary>True for a note <c>n</c> without a result of model <c>$1</c> for its current text.</summary>
    public const string WithoutActiveResult =
        "NOT EXISTS (SELECT 1 FROM note_classifications c WHERE c.note_id = n.id AND c.model_version = $1 AND c.text_sha256 = n.text_sha256)";

    /// <summary>
    /// True for a note <c>n</c> without the demo seed's label for its current text (model <c>seed</c>, written by
    /// <c>mentorgraph seed --labels</c>): the sweep adds it when <c>Jobs:ClassifySeedLabelledNotes</c> is false.
    /// </summary>
    public const string WithoutSeedLabel =
        "NOT EXISTS (SELECT 1 FROM note_classifications s WHERE s.note_id = n.id AND s.model_version = 'seed' AND s.text_sha256 = n.text_sha256)";

    /// <summary>True for a note <c>n</c> not in the outbox yet.</summary>
    public const string NotQueued = "NOT EXISTS (SELECT 1 FROM classification_outbox o WHERE o.note_id = n.id)";

    /// <summary>
    /// What is pending: the notes in the outbox, plus those not queued yet without a result of <c>$1</c>; the oldest
    /// is the outbox's oldest row or, for a note not queued yet, the later of its last change and the model's
    /// activation (when it started to owe the note a result).
    /// </summary>
    private const string StatusSql = $"""
        SELECT q.notes + m.notes,
               least(q.oldest, CASE WHEN m.notes > 0 THEN greatest(m.changed, (SELECT activated_at FROM classifier_models WHERE version = $1)) END)
        FROM (SELECT count(DISTINCT note_id) AS notes, min(created_at) AS oldest FROM classification_outbox) q,
             (SELECT count(*) AS notes, min(n.updated_at) AS changed FROM session_notes n
              WHERE {WithoutActiveResult} AND {NotQueued}) m
        """;

    /// <summary>The count and the oldest pending time for <paramref name="modelVersion"/> (null: no model yet, so every note is pending).</summary>
    public static NpgsqlCommand StatusCommand(NpgsqlDataSource dataSource, string? modelVersion)
    {
        var command = dataSource.CreateCommand(StatusSql);
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)modelVersion ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text });
        return command;
    }

    /// <summary>The pipeline's backlog now.</summary>
    public static async Task<(long Notes, DateTimeOffset? Oldest)> StatusAsync(NpgsqlDataSource dataSource, string? modelVersion, CancellationToken cancellationToken)
    {
        await using var command = StatusCommand(dataSource, modelVersion);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return (reader.GetInt64(0), reader.IsDBNull(1) ? null : reader.GetFieldValue<DateTimeOffset>(1));
    }
}
