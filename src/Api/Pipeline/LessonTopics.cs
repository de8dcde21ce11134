using Npgsql;

namespace MentorGraph.Api.Pipeline;

/// <summary>
/// Lessons without a person-set topic get the classifier's topic of their session's notes (<c>topic_source</c>
/// MODEL): the most probable topic of the active model's results for the notes' current texts, when that
/// probability reaches <c>Jobs:LessonTopicMinConfidence</c>. A person's topic is never replaced.
/// </summary>
public static class LessonTopics
{
    private const string SessionsSql = """
        UPDATE lessons l SET topic_id = best.topic_id, topic_source = 'MODEL'
        FROM (SELECT DISTINCT ON (n.session_id) n.session_id, c.topic_id
              FROM session_notes n
              JOIN note_classifications c ON c.note_id = n.id AND c.model_version = $2 AND c.text_sha256 = n.text_sha256
              WHERE n.session_id = ANY ($1) AND c.topic_probability >= $3
              ORDER BY n.session_id, c.topic_probability DESC, n.id) best
        WHERE l.session_id = best.session_id
          AND l.topic_source IS DISTINCT FROM 'PERSON'
          AND l.topic_id IS DISTINCT FROM best.topic_id
        """;

    /// <summary>
    /// The sweep's: only the sessions of lessons without a topic are looked at. Driving it from every session's best
    /// result instead sorted every note's result each minute — 11.8 s on the 1,000,000-session seed (docs/benchmarks.md).
    /// </summary>
    private const string SweepSql = """
        UPDATE lessons l SET topic_id = best.topic_id, topic_source = 'MODEL'
        FROM (SELECT DISTINCT ON (n.session_id) n.session_id, c.topic_id
              FROM session_notes n
              JOIN note_classifications c ON c.note_id = n.id AND c.model_version = $2 AND c.text_sha256 = n.text_sha256
              WHERE $1::bigint[] IS NULL AND c.topic_probability >= $3
                AND n.session_id IN (SELECT session_id FROM lessons WHERE topic_id IS NULL AND session_id IS NOT NULL)
              ORDER BY n.session_id, c.topic_probability DESC, n.id) best
        WHERE l.session_id = best.session_id
          AND l.topic_id IS NULL
          AND l.topic_source IS DISTINCT FROM 'PERSON'
        """;

    /// <summary>The update for the lessons of <paramref name="sessionIds"/>; null: every lesson without a topic (the sweep).</summary>
    public static NpgsqlBatchCommand Command(long[]? sessionIds, string modelVersion, double minConfidence)
    {
        var command = new NpgsqlBatchCommand(sessionIds is null ? SweepSql : SessionsSql);
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)sessionIds ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Array | NpgsqlTypes.NpgsqlDbType.Bigint });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = modelVersion });
        command.Parameters.Add(new NpgsqlParameter<float> { TypedValue = (float)minConfidence });
        return command;
    }
}
