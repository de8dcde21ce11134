using System.Data;
using System.Globalization;
using Npgsql;
using NpgsqlTypes;

namespace MentorGraph.Api.Exports;

/// <summary>
/// The rows of <c>analytics.knowledge_flow</c>: classified session notes per ISO week (local dates), topic, direction
/// and the author's department, with their distinct authors. The label counted is the effective one on
/// <c>session_notes</c> (a person's label wins over the model's; the classification pipeline never writes over it),
/// as the knowledge-flow cells of migration 0013 count it; PRIVATE notes count. Each week is decided like an export's
/// week: the lattice over [department, topic, direction] (<see cref="ExportLattice"/>), groups measured exactly — in
/// that order so that its grid of department × topic is decided exactly as <c>knowledgeFlow(groupBy: [DEPARTMENT,
/// TOPIC])</c> over that week decides it (the same groups, measure and dimension order), and the view never shows a
/// group that answer hides.
/// </summary>
public static class WeeklyNoteFlow
{
    /// <summary>
    /// Reads the notes written from <paramref name="from"/> to <paramref name="to"/> (inclusive local dates), decides each
    /// week's block and hands it to <paramref name="block"/> — one week held at a time.
    /// </summary>
    public static async Task ReadWeeksAsync(
        NpgsqlConnection connection, DateOnly from, DateOnly to, string timeZone, int k,
        Func<List<Row>, CancellationToken, ValueTask> block, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("""
            SELECT week_start, topic_id, direction, department_id, notes, authors, CASE WHEN authors < @k THEN ids END
            FROM (
                SELECT date_trunc('week', n.created_at AT TIME ZONE @zone)::date AS week_start, n.topic_id, n.direction, a.department_id,
                       count(*)::integer AS notes,
                       count(DISTINCT n.author_id)::integer AS authors,
                       array_agg(DISTINCT n.author_id) AS ids
                FROM session_notes n
                JOIN people a ON a.id = n.author_id
                WHERE n.topic_id IS NOT NULL
                  AND n.created_at >= (@from::timestamp AT TIME ZONE @zone)
                  AND n.created_at < ((@to + 1)::timestamp AT TIME ZONE @zone)
                GROUP BY 1, n.topic_id, n.direction, a.department_id
            ) g
            ORDER BY week_start, topic_id, direction, department_id NULLS FIRST
            """, connection);
        command.Parameters.AddWithValue("zone", timeZone);
        command.Parameters.AddWithValue("k", k);
        command.Parameters.Add(new NpgsqlParameter("from", NpgsqlDbType.Date) { Value = from });
        command.Parameters.Add(new NpgsqlParameter("to", NpgsqlDbType.Date) { Value = to });
        await using var reader = await command.ExecuteReaderAsync(CommandBehavior.SequentialAccess, cancellationToken);
        var rows = new List<Row>();
        while (await reader.ReadAsync(cancellationToken))
        {
            var week = reader.GetFieldValue<DateOnly>(0);
            var topic = reader.GetString(1);
            var direction = reader.GetString(2);
            long? departmentId = await reader.IsDBNullAsync(3, cancellationToken) ? null : reader.GetInt64(3);
            var notes = reader.GetInt32(4);
            var authors = reader.GetInt32(5);
            var ids = await reader.IsDBNullAsync(6, cancellationToken) ? null : reader.GetFieldValue<long[]>(6);
            var row = new Row(week, topic, direction, departmentId, notes, authors, ids);
            if (rows.Count > 0 && rows[0].WeekStart != row.WeekStart)
            {
                Decide(rows, k);
                await block(rows, cancellationToken);
                rows.Clear();
            }

            rows.Add(row);
        }

        Decide(rows, k);
        await block(rows, cancellationToken);
    }

    /// <summary>The privacy rule on one week's rows: the lattice over [department, topic, direction].</summary>
    internal static void Decide(List<Row> block, int k)
    {
        var suppressed = ExportLattice.Suppressed(
            block, 3, k, r => [r.DepartmentId?.ToString(CultureInfo.InvariantCulture), r.Topic, r.Direction], r => new CountedPeople(r.Notes, r.Authors, r.AuthorIds));
        for (var i = 0; i < block.Count; i++)
        {
            block[i].Suppressed = suppressed.Contains(i);
        }
    }

    /// <summary>One week × topic × direction × author's department of classified notes; <paramref name="AuthorIds"/> below k only.</summary>
    public sealed record Row(DateOnly WeekStart, string Topic, string Direction, long? DepartmentId, int Notes, int Authors, long[]? AuthorIds)
    {
        public bool Suppressed { get; set; }
    }
}
