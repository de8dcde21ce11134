using System.Data;
using MentorGraph.Api.Schema.Nodes;
using Npgsql;
using NpgsqlTypes;

namespace MentorGraph.Api.Exports;

/// <summary>
/// <c>/exports/lessons</c>: lessons counted per ISO week (local dates in <c>Insights:TimeZone</c>, created_at from
/// <c>from</c> to <c>to</c>), topic, direction and the teacher's department — never a title, detail or name of a
/// person. Lessons without a topic are left out. One aggregate query read as it arrives; one week's rows are held
/// at a time for the privacy rule.
/// </summary>
public static class LessonsExport
{
    public static IReadOnlyList<ExportColumn> Columns { get; } =
    [
        new("week_start", ExportColumnType.Date, "The Monday of the ISO week the lessons were recorded in (local date in Insights:TimeZone)."),
        new("topic", ExportColumnType.Text, "The lesson's topic (the GraphQL enum value)."),
        new("direction", ExportColumnType.Text, "UPWARD (the junior taught) or DOWNWARD (the senior taught)."),
        new("department_id", ExportColumnType.Text, "The teacher's department as a node id; empty for people without a department."),
        new("department", ExportColumnType.Text, "The teacher's department's name; empty for people without a department."),
        new("suppressed", ExportColumnType.Boolean, "true: fewer than k lessons or people (or the complement of such a row); the numbers are empty."),
        new("lessons", ExportColumnType.Integer, "Lessons recorded."),
        new("people", ExportColumnType.Integer, "Distinct people who taught or learned them."),
    ];

    public static async Task WriteAsync(
        NpgsqlDataSource dataSource, ExportRequest request, string timeZone, int k, IExportRowWriter writer, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("""
            SELECT date_trunc('week', l.created_at AT TIME ZONE @zone)::date AS week_start,
                   l.topic_id, l.direction, d.id, d.name,
                   count(*)::integer AS lessons,
                   (SELECT count(DISTINCT p)::integer FROM unnest(array_agg(l.teacher_id) || array_agg(l.learner_id)) AS p) AS people
            FROM lessons l
            JOIN people t ON t.id = l.teacher_id
            LEFT JOIN departments d ON d.id = t.department_id
            JOIN pairings pr ON pr.id = l.pairing_id
            WHERE l.topic_id IS NOT NULL
              AND l.created_at >= (@from::timestamp AT TIME ZONE @zone)
              AND l.created_at < ((@to + 1)::timestamp AT TIME ZONE @zone)
              AND (@program::bigint IS NULL OR pr.program_id = @program)
              AND (@department::bigint IS NULL OR t.department_id = @department)
            GROUP BY 1, l.topic_id, l.direction, d.id, d.name
            ORDER BY 1, l.topic_id, l.direction, d.name NULLS FIRST, d.id
            """);
        command.Parameters.AddWithValue("zone", timeZone);
        command.Parameters.Add(new NpgsqlParameter("from", NpgsqlDbType.Date) { Value = request.From });
        command.Parameters.Add(new NpgsqlParameter("to", NpgsqlDbType.Date) { Value = request.To });
        command.Parameters.Add(new NpgsqlParameter("program", NpgsqlDbType.Bigint) { Value = (object?)request.ProgramId ?? DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter("department", NpgsqlDbType.Bigint) { Value = (object?)request.DepartmentId ?? DBNull.Value });
        await using var reader = await command.ExecuteReaderAsync(CommandBehavior.SequentialAccess, cancellationToken);
        var block = new List<Row>();
        while (await reader.ReadAsync(cancellationToken))
        {
            var week = reader.GetFieldValue<DateOnly>(0);
            var topic = reader.GetString(1);
            var direction = reader.GetString(2);
            long? departmentId = await reader.IsDBNullAsync(3, cancellationToken) ? null : reader.GetInt64(3);
            var department = await reader.IsDBNullAsync(4, cancellationToken) ? null : reader.GetString(4);
            var row = new Row(week, topic, direction, departmentId, department, reader.GetInt32(5), reader.GetInt32(6));
            if (block.Count > 0 && block[0].WeekStart != row.WeekStart)
            {
                await WriteBlockAsync(block, k, writer, cancellationToken);
                block.Clear();
            }

            block.Add(row);
        }

        await WriteBlockAsync(block, k, writer, cancellationToken);
    }

    /// <summary>
    /// The lines a week's rows are checked along: the week, each topic, direction and department, and each pair of
    /// them — every margin another insight or an export could publish a total for.
    /// </summary>
    private static readonly IReadOnlyList<Func<Row, object>> Lines =
    [
        _ => true,
        r => r.Topic,
        r => r.Direction,
        r => r.DepartmentId ?? -1,
        r => (r.Topic, r.Direction),
        r => (r.Topic, r.DepartmentId ?? -1),
        r => (r.Direction, r.DepartmentId ?? -1),
    ];

    internal static async ValueTask WriteBlockAsync(List<Row> block, int k, IExportRowWriter writer, CancellationToken cancellationToken)
    {
        ExportSuppression.Apply(block, k, Lines);
        foreach (var row in block)
        {
            writer.WriteDate(row.WeekStart);
            writer.WriteText(row.Topic);
            writer.WriteText(row.Direction);
            writer.WriteText(row.DepartmentId is { } id ? GlobalId.Encode(NodeTypes.Department, id) : null);
            writer.WriteText(row.Department);
            writer.WriteBoolean(row.Suppressed);
            writer.WriteInteger(row.Suppressed ? null : row.Lessons);
            writer.WriteInteger(row.Suppressed ? null : row.People);
            await writer.EndRowAsync(cancellationToken);
        }
    }

    internal sealed record Row(DateOnly WeekStart, string Topic, string Direction, long? DepartmentId, string? Department, int Lessons, int People)
        : ISuppressibleRow
    {
        public int Size => Lessons;

        public bool Suppressed { get; set; }

        public bool IsSmall(int k) => Lessons < k || People < k;
    }
}
