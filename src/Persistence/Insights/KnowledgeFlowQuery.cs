using System.Globalization;
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
/// department), the direction counts and the distinct authors — exact when fewer than the k the query was asked
/// with, otherwise a number of at least k (all the privacy rule needs to know). <see cref="AuthorIds"/> are those
/// authors when fewer than k (null otherwise): the privacy rule counts a union of groups with them, as distinct
/// authors do not add up. They never leave the server.
/// </summary>
public sealed record FlowCell(
    IReadOnlyList<string?> Keys, IReadOnlyList<string?> Labels, int Upward, int Downward, int Mutual, int People, IReadOnlyList<long>? AuthorIds = null)
{
    public int Total => Upward + Downward + Mutual;
}

/// <summary>The pre-aggregated periods that make up a span of local dates exactly: whole months, week fragments, days.</summary>
public sealed record FlowCover(IReadOnlyList<DateOnly> Months, IReadOnlyList<DateOnly> Weeks, IReadOnlyList<DateOnly> Days)
{
    public int Count => Months.Count + Weeks.Count + Days.Count;
}

/// <summary>
/// The knowledge-flow aggregate: classified session notes (the effective label; PRIVATE notes too) written in a
/// period of local dates, grouped by the dimensions asked for — read from the pre-aggregated cells of migration 0013
/// (<c>insights.knowledge_flow_cells</c>, kept current with the trend tables by <see cref="TopicTrendTables"/>), in one
/// statement. The span is covered exactly by whole months (unless grouped by week, which months straddle), then whole
/// week fragments (an ISO week's part inside one month), then days (<see cref="Cover"/>). Distinct authors do not add
/// up across cells: a group with a cell of at least k authors has at least k; a group whose cells all have fewer is
/// counted exactly as the union of their author ids, which the cells keep. The grouping expressions come from a fixed
/// table (never from the caller's text).
/// </summary>
public sealed class KnowledgeFlowQuery(NpgsqlDataSource dataSource)
{
    /// <summary>
    /// Per dimension: the key over a cell — a cheap typed value, what the rows are grouped by (a note without a
    /// department is 0: ids start at 1) — then, over the grouped key <c>{0}</c>, the key as text and the label, computed
    /// once per group rather than once per cell.
    /// </summary>
    private static readonly Dictionary<FlowDimension, (string Cell, string Key, string Label)> Expressions = new()
    {
        [FlowDimension.Department] = ("coalesce(c.department_id, 0)", "nullif({0}, 0)::text", "(SELECT d.name FROM departments d WHERE d.id = {0})"),
        [FlowDimension.Program] = ("c.program_id", "{0}::text", "(SELECT p.name FROM programs p WHERE p.id = {0})"),
        [FlowDimension.Topic] = ("c.topic_id", "{0}", "(SELECT t.title FROM topics t WHERE t.id = {0})"),
        [FlowDimension.BandPair] = ("c.senior_band || '>' || c.junior_band", "{0}", "initcap(split_part({0}, '>', 1)) || ' > ' || initcap(split_part({0}, '>', 2))"),
        [FlowDimension.Month] = ("date_trunc('month', c.period_start)", "to_char({0}, 'YYYY-MM')", "to_char({0}, 'FMMonth YYYY')"),
        [FlowDimension.Week] = ("date_trunc('week', c.period_start)", "to_char({0}, 'IYYY-\"W\"IW')", "'Week of ' || to_char({0}, 'YYYY-MM-DD')"),
    };

    /// <summary>
    /// The months, week fragments and days that make up <paramref name="from"/> to <paramref name="to"/> (inclusive),
    /// largest first and disjoint; no months when <paramref name="months"/> is false (a query grouped by week).
    /// </summary>
    public static FlowCover Cover(DateOnly from, DateOnly to, bool months)
    {
        var monthStarts = new List<DateOnly>();
        var weekStarts = new List<DateOnly>();
        var days = new List<DateOnly>();
        for (var day = from; day <= to;)
        {
            var monthEnd = new DateOnly(day.Year, day.Month, 1).AddMonths(1);
            var weekEnd = WeekFragmentEnd(day);
            if (months && day.Day == 1 && monthEnd.AddDays(-1) <= to)
            {
                monthStarts.Add(day);
                day = monthEnd;
            }
            else if ((day.DayOfWeek == DayOfWeek.Monday || day.Day == 1) && weekEnd.AddDays(-1) <= to)
            {
                weekStarts.Add(day);
                day = weekEnd;
            }
            else
            {
                days.Add(day);
                day = day.AddDays(1);
            }
        }

        return new FlowCover(monthStarts, weekStarts, days);
    }

    /// <summary>The end (exclusive) of the week fragment holding <paramref name="day"/>: the next Monday or the next month's 1st, whichever comes first.</summary>
    private static DateOnly WeekFragmentEnd(DateOnly day)
    {
        var nextMonday = day.AddDays(7 - (((int)day.DayOfWeek + 6) % 7));
        var nextMonth = new DateOnly(day.Year, day.Month, 1).AddMonths(1);
        return nextMonday < nextMonth ? nextMonday : nextMonth;
    }

    /// <summary>
    /// The groups of notes written from <paramref name="from"/> to <paramref name="to"/> (inclusive local dates in the
    /// zone the cells were computed in — the trend tables' <c>Insights:TimeZone</c>); <paramref name="k"/> is the privacy
    /// rule's, up to which <see cref="FlowCell.People"/> is exact.
    /// </summary>
    public async Task<IReadOnlyList<FlowCell>> ReadAsync(
        IReadOnlyList<FlowDimension> dimensions, DateOnly from, DateOnly to, int k, FlowFilter filter, CancellationToken cancellationToken)
    {
        var cover = Cover(from, to, months: !dimensions.Contains(FlowDimension.Week));
        var conditions = new StringBuilder();
        if (filter.ProgramId is not null)
        {
            conditions.Append(" AND c.program_id = @program");
        }

        if (filter.DepartmentId is not null)
        {
            conditions.Append(" AND c.department_id = @department");
        }

        if (filter.TopicId is not null)
        {
            conditions.Append(" AND c.topic_id = @topic");
        }

        var cellColumns = new StringBuilder();
        var labels = new StringBuilder();
        var keys = new List<string>();
        for (var i = 0; i < dimensions.Count; i++)
        {
            var (cell, key, label) = Expressions[dimensions[i]];
            cellColumns.Append(CultureInfo.InvariantCulture, $"{cell} AS k{i}, ");
            keys.Add($"k{i}");
            labels.Append(string.Format(CultureInfo.InvariantCulture, key, $"g.k{i}")).Append(", ")
                .Append(string.Format(CultureInfo.InvariantCulture, label, $"g.k{i}")).Append(", ");
        }

        // The period's cells are read once, without their author ids (a CTE of keys, counts and the row's ctid); the union
        // of author ids fetches by ctid only the cells of the groups that need it — none, when every group has a cell of
        // k authors. (Materializing the ids with the cells spilled to disk; reading the cells twice cost a second scan.)
        var keyList = string.Join(", ", keys);
        var sql = $"""
            WITH cells AS MATERIALIZED (
                SELECT {cellColumns}c.upward, c.downward, c.mutual, c.authors, c.author_ids IS NULL AS many, c.ctid AS tid
                FROM insights.knowledge_flow_cells c
                WHERE ((c.grain = 'MONTH' AND c.period_start = ANY (@months))
                    OR (c.grain = 'WEEK' AND c.period_start = ANY (@weeks))
                    OR (c.grain = 'DAY' AND c.period_start = ANY (@days))){conditions}
            ), groups AS MATERIALIZED (
                SELECT {(keys.Count == 0 ? "" : keyList + ",")}
                       coalesce(sum(upward), 0)::integer AS upward, coalesce(sum(downward), 0)::integer AS downward,
                       coalesce(sum(mutual), 0)::integer AS mutual,
                       coalesce(max(authors), 0) AS most, coalesce(bool_or(many), false) AS many
                FROM cells {(keys.Count == 0 ? "" : "GROUP BY " + keyList)}
            ), unions AS (
                SELECT {(keys.Count == 0 ? "" : string.Join(", ", keys.Select(k => "c." + k)) + ",")} array_agg(DISTINCT a) AS ids
                FROM cells c
                JOIN groups g ON {(keys.Count == 0 ? "true" : string.Join(" AND ", keys.Select(k => $"g.{k} = c.{k}")))} AND NOT g.many AND g.most < @k
                JOIN insights.knowledge_flow_cells x ON x.ctid = c.tid
                CROSS JOIN LATERAL unnest(x.author_ids) AS a
                {(keys.Count == 0 ? "" : "GROUP BY " + string.Join(", ", keys.Select(k => "c." + k)))}
                HAVING count(*) > 0
            )
            SELECT {labels}g.upward, g.downward, g.mutual, coalesce(cardinality(u.ids), g.most)::integer,
                   CASE WHEN cardinality(u.ids) < @k THEN u.ids END
            FROM groups g
            LEFT JOIN unions u ON {(keys.Count == 0 ? "true" : string.Join(" AND ", keys.Select(k => $"u.{k} = g.{k}")))}
            """;
        await using var command = dataSource.CreateCommand(sql);
        command.Parameters.Add(new NpgsqlParameter("months", NpgsqlDbType.Array | NpgsqlDbType.Date) { Value = cover.Months.ToArray() });
        command.Parameters.Add(new NpgsqlParameter("weeks", NpgsqlDbType.Array | NpgsqlDbType.Date) { Value = cover.Weeks.ToArray() });
        command.Parameters.Add(new NpgsqlParameter("days", NpgsqlDbType.Array | NpgsqlDbType.Date) { Value = cover.Days.ToArray() });
        command.Parameters.AddWithValue("k", k);
        command.Parameters.Add(new NpgsqlParameter("program", NpgsqlDbType.Bigint) { Value = (object?)filter.ProgramId ?? DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter("department", NpgsqlDbType.Bigint) { Value = (object?)filter.DepartmentId ?? DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter("topic", NpgsqlDbType.Text) { Value = (object?)filter.TopicId ?? DBNull.Value });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var cells = new List<FlowCell>();
        var n = dimensions.Count;
        while (await reader.ReadAsync(cancellationToken))
        {
            var keyValues = new string?[n];
            var labelValues = new string?[n];
            for (var i = 0; i < n; i++)
            {
                keyValues[i] = reader.IsDBNull(2 * i) ? null : reader.GetString(2 * i);
                labelValues[i] = reader.IsDBNull((2 * i) + 1) ? null : reader.GetString((2 * i) + 1);
            }

            var cell = new FlowCell(
                keyValues, labelValues, reader.GetInt32(2 * n), reader.GetInt32((2 * n) + 1), reader.GetInt32((2 * n) + 2), reader.GetInt32((2 * n) + 3),
                reader.IsDBNull((2 * n) + 4) ? null : reader.GetFieldValue<long[]>((2 * n) + 4));
            if (cell.Total > 0)
            {
                cells.Add(cell); // without a grouping, no notes still give one row of zeros: no group
            }
        }

        return cells;
    }
}
