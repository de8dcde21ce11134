using Npgsql;
using NpgsqlTypes;

namespace MentorGraph.Persistence.Matching;

/// <summary>
/// One teacher of a topic: the lessons they taught on it (by direction) and the classified session notes on it from
/// sessions where they were the teaching side (supporting evidence).
/// </summary>
public sealed record TeacherLessonCount(long PersonId, int LessonsTaught, int Upward, int Downward, int ClassifiedNotes);

/// <summary>
/// <c>teachersFor</c>'s evidence: active people ranked by lessons taught on a topic, in two statements' worth of work in
/// one round trip — the ranking (a scan of the topic's lessons through <c>lessons_topic_id</c>, grouped by teacher, the
/// threshold applied with HAVING, the first n kept) and, for those n only, the classified notes of their pairings'
/// sessions (through <c>pairings_senior_id</c>/<c>pairings_junior_id</c>, <c>sessions_pairing_id</c> and the notes'
/// (session, author) index).
/// </summary>
public sealed class TeacherRankingQuery(NpgsqlDataSource dataSource)
{
    /// <summary>
    /// The first <paramref name="first"/> active teachers of <paramref name="topicId"/> with at least
    /// <paramref name="minimumLessons"/> lessons on it (only lessons of <paramref name="direction"/> — <c>UPWARD</c> or
    /// <c>DOWNWARD</c> — when given), most lessons first, then by person id. A note counts for a teacher when its topic
    /// is the topic and its direction has them teaching: UPWARD in a pairing where they are the junior, DOWNWARD where
    /// they are the senior, MUTUAL in either (only <paramref name="direction"/> when given).
    /// </summary>
    public async Task<IReadOnlyList<TeacherLessonCount>> ReadAsync(
        string topicId, string? direction, int minimumLessons, int first, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("""
            WITH ranked AS (
                SELECT l.teacher_id,
                       count(*)::integer AS lessons,
                       count(*) FILTER (WHERE l.direction = 'UPWARD')::integer AS upward,
                       count(*) FILTER (WHERE l.direction = 'DOWNWARD')::integer AS downward
                FROM lessons l
                JOIN people p ON p.id = l.teacher_id AND p.active
                WHERE l.topic_id = @topic AND (@direction::text IS NULL OR l.direction = @direction)
                GROUP BY l.teacher_id
                HAVING count(*) >= @minimum
                ORDER BY lessons DESC, l.teacher_id
                LIMIT @first
            )
            SELECT r.teacher_id, r.lessons, r.upward, r.downward,
                   (SELECT count(*)::integer
                    FROM (SELECT pa.id, 'DOWNWARD' AS teaching FROM pairings pa WHERE pa.senior_id = r.teacher_id
                          UNION ALL
                          SELECT pa.id, 'UPWARD' FROM pairings pa WHERE pa.junior_id = r.teacher_id) AS taught
                    JOIN sessions s ON s.pairing_id = taught.id
                    JOIN session_notes n ON n.session_id = s.id
                    WHERE n.topic_id = @topic
                      AND n.direction IN (taught.teaching, 'MUTUAL')
                      AND (@direction::text IS NULL OR n.direction = @direction))
            FROM ranked r
            ORDER BY r.lessons DESC, r.teacher_id
            """);
        command.Parameters.AddWithValue("topic", topicId);
        command.Parameters.Add(new NpgsqlParameter("direction", NpgsqlDbType.Text) { Value = (object?)direction ?? DBNull.Value });
        command.Parameters.AddWithValue("minimum", (long)minimumLessons);
        command.Parameters.AddWithValue("first", first);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var teachers = new List<TeacherLessonCount>();
        while (await reader.ReadAsync(cancellationToken))
        {
            teachers.Add(new TeacherLessonCount(reader.GetInt64(0), reader.GetInt32(1), reader.GetInt32(2), reader.GetInt32(3), reader.GetInt32(4)));
        }

        return teachers;
    }
}
