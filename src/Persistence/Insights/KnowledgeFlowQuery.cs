using System.Text;
using Npgsql;
using NpgsqlTypes;

namespace MentorGraph.Persistence.Insights;

/// <summary>What a knowledge-flow group is keyed by.</summary>
public enum FlowDimension
{
    /// <summary>The note author's department.</summary>
    Department,

    /// <summary>The program of the note's pairing.</summary>
    Program,

    /// <summary>The note's topic (its effective label).</summary>
    Topic,

    /// <summary>The pairing's two bands, senior first: <c>EXECUTIVE&gt;JUNIOR</c>.</summary>
    BandPair,

    /// <summary>The calendar month the note was written in (the company's time zone).</summary>
    Month,

    /// <summary>The ISO week the note was written in (the company's time zone).</summary>
    Week,
}

/// <summary>Narrows the notes counted: a program's pairings, a department's authors, one topic (null: no condition).</summary>
public sealed record FlowFilter(long? ProgramId = null, long? DepartmentId = null, string? TopicId = null);

/// <summary>
/// One group of classified notes: its value per dimension (in the order asked; null for a note author without a
/// department), the direction counts and the distinct authors.
/// </summary>
public sealed record FlowCell(IReadOnlyList<string?> Keys, IReadOnlyList<string?> Labels, int Upward, int Downward, int Mutual, int People)
{
    public int Total => Upward + Downward + Mutual;
}

/// <summary>
/// The knowledge-flow aggregate: classified session notes (the effective label; PRIVATE notes too) written in a
/// period of local dates, grouped by the dimensions asked for, in one statement. The grouping expressions come
/// from a fixed table (never from the caller's text).
/// </summary>
public sealed class KnowledgeFlowQuery(NpgsqlDataSource dataSource)
{
    private static readonly Dictionary<FlowDimension, (string Key, string Label)> Expressions = new()
    {
        [FlowDimension.Department] = ("d.id::text", "d.name"),
        [FlowDimension.Program] = ("p.program_id::text", "prog.name"),
        [FlowDimension.Topic] = ("n.topic_id", "t.title"),
        [FlowDimension.BandPair] = ("sr.band || '>' || jr.band", "initcap(sr.band) || ' > ' || initcap(jr.band)"),
        [FlowDimension.Month] = ("to_char(date_trunc('month', n.created_at AT TIME ZONE @zone), 'YYYY-MM')", "to_char(date_trunc('month', n.created_at AT TIME ZONE @zone), 'FMMonth YYYY')"),
        [FlowDimension.Week] = ("to_char(date_trunc('week', n.created_at AT TIME ZONE @zone), 'IYYY-\"W\"IW')", "'Week of ' || to_char(date_trunc('week', n.created_at AT TIME ZONE @zone), 'YYYY-MM-DD')"),
    };

    /// <summary>The groups of notes written from <paramref name="from"/> to <paramref name="to"/> (inclusive local dates in <paramref name="timeZone"/>).</summary>
    public async Task<IReadOnlyList<FlowCell>> ReadAsync(
        IReadOnlyList<FlowDimension> dimensions, DateOnly from, DateOnly to, string timeZone, FlowFilter filter, CancellationToken cancellationToken)
    {
        var conditions = new StringBuilder();
        if (filter.ProgramId is not null)
        {
            conditions.Append(" AND p.program_id = @program");
        }

        if (filter.DepartmentId is not null)
        {
            conditions.Append(" AND a.department_id = @department");
        }

        if (filter.TopicId is not null)
        {
            conditions.Append(" AND n.topic_id = @topic");
        }

        var select = new StringBuilder();
        var groupBy = new List<string>();
        foreach (var dimension in dimensions)
        {
            var (key, label) = Expressions[dimension];
            select.Append(key).Append(", ").Append(label).Append(", ");
            groupBy.Add(key);
            groupBy.Add(label);
        }

        var sql = $"""
            SELECT {select}
                   count(*) FILTER (WHERE n.direction = 'UPWARD')::integer,
                   count(*) FILTER (WHERE n.direction = 'DOWNWARD')::integer,
                   count(*) FILTER (WHERE n.direction = 'MUTUAL')::integer,
                   count(DISTINCT n.author_id)::integer
            FROM session_notes n
            JOIN sessions s ON s.id = n.session_id
            JOIN pairings p ON p.id = s.pairing_id
            JOIN programs prog ON prog.id = p.program_id
            JOIN people sr ON sr.id = p.senior_id
            JOIN people jr ON jr.id = p.junior_id
            JOIN people a ON a.id = n.author_id
            LEFT JOIN departments d ON d.id = a.department_id
            JOIN topics t ON t.id = n.topic_id
            WHERE n.topic_id IS NOT NULL
              AND n.created_at >= (@from::timestamp AT TIME ZONE @zone) AND n.created_at < ((@to + 1)::timestamp AT TIME ZONE @zone){conditions}
            {(groupBy.Count == 0 ? "" : "GROUP BY " + string.Join(", ", groupBy))}
            """;
        await using var command = dataSource.CreateCommand(sql);
        command.Parameters.Add(new NpgsqlParameter("from", NpgsqlDbType.Date) { Value = from });
        command.Parameters.Add(new NpgsqlParameter("to", NpgsqlDbType.Date) { Value = to });
        command.Parameters.AddWithValue("zone", timeZone);
        command.Parameters.Add(new NpgsqlParameter("program", NpgsqlDbType.Bigint) { Value = (object?)filter.ProgramId ?? DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter("department", NpgsqlDbType.Bigint) { Value = (object?)filter.DepartmentId ?? DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter("topic", NpgsqlDbType.Text) { Value = (object?)filter.TopicId ?? DBNull.Value });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var cells = new List<FlowCell>();
        var n = dimensions.Count;
        while (await reader.ReadAsync(cancellationToken))
        {
            var keys = new string?[n];
            var labels = new string?[n];
            for (var i = 0; i < n; i++)
            {
                keys[i] = reader.IsDBNull(2 * i) ? null : reader.GetString(2 * i);
                labels[i] = reader.IsDBNull((2 * i) + 1) ? null : reader.GetString((2 * i) + 1);
            }

            var cell = new FlowCell(keys, labels, reader.GetInt32(2 * n), reader.GetInt32((2 * n) + 1), reader.GetInt32((2 * n) + 2), reader.GetInt32((2 * n) + 3));
            if (cell.Total > 0)
            {
                cells.Add(cell); // without a grouping, no notes still give one row of zeros: no group
            }
        }

        return cells;
    }
}
