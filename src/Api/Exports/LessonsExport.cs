using System.Data;
using System.Globalization;
using System.Runtime.CompilerServices;
using MentorGraph.Api.Schema.Nodes;
using Npgsql;
using NpgsqlTypes;

namespace MentorGraph.Api.Exports;

/// <summary>
/// <c>/exports/lessons</c>: lessons counted per ISO week (local dates in <c>Insights:TimeZone</c>, created_at in the
/// whole weeks holding <c>from</c> to <c>to</c>), topic, direction and the teacher's department — never a title, detail or name of a
/// person. Lessons without a topic are left out. One aggregate query read as it arrives; one week's rows are held
/// at a time for the privacy rule, which decides the week as the lattice of groupings of [topic, direction, department]
/// (<see cref="ExportLattice"/>). A filter is a slice of a finer grid, never a query of its own: <c>departmentId</c>
/// writes that department's rows of the unfiltered week (suppression included); <c>programId</c> reads the week's rows
/// of every program, decides the lattice over [program, topic, direction, department] — whose coarser grid without the
/// program is the unfiltered export, decided the same way — and writes the program's slice. So no filtered export can be
/// subtracted from another export's rows or totals to recover a suppressed group.
/// </summary>
public static class LessonsExport
{
    public static IReadOnlyList<ExportColumn> Columns { get; } =
    [
        new("week_start", ExportColumnType.Date, "The Monday of the ISO week the lessons were recorded in (local date in Insights:TimeZone). Whole weeks: from and to are widened to the Monday and the Sunday of their weeks."),
        new("topic", ExportColumnType.Text, "The lesson's topic (the GraphQL enum value)."),
        new("direction", ExportColumnType.Text, "UPWARD (the junior taught) or DOWNWARD (the senior taught)."),
        new("department_id", ExportColumnType.Text, "The teacher's department as a node id; empty for people without a department. With departmentId, only that department's rows of the unfiltered export (the same rows, suppression included)."),
        new("department", ExportColumnType.Text, "The teacher's department's name; empty for people without a department."),
        new("suppressed", ExportColumnType.Boolean, "true: fewer than k lessons or people, or hidden so that no total (of a week, topic, direction, department or program, in this or another export or insight) gives a hidden row back; the numbers are empty. With programId, the rows are the program's slice of the week decided over program × topic × direction × department (the program is not a column)."),
        new("lessons", ExportColumnType.Integer, "Lessons recorded."),
        new("people", ExportColumnType.Integer, "Distinct people who taught or learned them."),
    ];

    /// <summary>
    /// The export's rows: the ISO weeks holding <c>from</c> to <c>to</c>, whole (a week's row is the same in every export
    /// and view — a partial week beside a whole one would give the days between back), sliced by the request's filters.
    /// </summary>
    public static async Task WriteAsync(
        NpgsqlDataSource dataSource, ExportRequest request, string timeZone, int k, IExportRowWriter writer, CancellationToken cancellationToken)
    {
        var (from, to) = WholeWeeks(request.From, request.To);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await ReadWeeksAsync(connection, from, to, timeZone, k, byProgram: request.ProgramId is not null, async (block, token) =>
        {
            foreach (var row in block)
            {
                if ((request.ProgramId is null || row.ProgramId == request.ProgramId) && (request.DepartmentId is null || row.DepartmentId == request.DepartmentId))
                {
                    await WriteRowAsync(row, writer, token);
                }
            }
        }, cancellationToken);
    }

    /// <summary>The Monday of <paramref name="from"/>'s ISO week and the Sunday of <paramref name="to"/>'s.</summary>
    public static (DateOnly From, DateOnly To) WholeWeeks(DateOnly from, DateOnly to) =>
        (from.AddDays(-(((int)from.DayOfWeek + 6) % 7)), to.AddDays(6 - (((int)to.DayOfWeek + 6) % 7)));

    /// <summary>
    /// Reads the lessons created from <paramref name="from"/> to <paramref name="to"/> (inclusive local dates) per week,
    /// topic, direction, department (and program, when <paramref name="byProgram"/>), decides each week's block with the
    /// privacy rule and hands it to <paramref name="block"/> — one week held at a time. Also what the analytics
    /// publication reads, so <c>analytics.lessons</c> holds the export's rows.
    /// </summary>
    public static async Task ReadWeeksAsync(
        NpgsqlConnection connection, DateOnly from, DateOnly to, string timeZone, int k, bool byProgram,
        Func<List<Row>, CancellationToken, ValueTask> block, CancellationToken cancellationToken)
    {
        await foreach (var rows in ReadWeekBlocksAsync(connection, from, to, timeZone, k, byProgram, cancellationToken))
        {
            Decide(rows, k, byProgram);
            await block(rows, cancellationToken);
        }
    }

    /// <summary>
    /// The weeks of <see cref="ReadWeeksAsync"/> as they arrive, before the privacy rule: one list per week (the last one
    /// empty when there were no lessons), reused for the next week — so a caller can walk them in step with another cursor
    /// (the topic-trend rows, <see cref="TopicTrendLessons"/>) and is done with a week before asking for the next.
    /// </summary>
    internal static async IAsyncEnumerable<List<Row>> ReadWeekBlocksAsync(
        NpgsqlConnection connection, DateOnly from, DateOnly to, string timeZone, int k, bool byProgram,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var program = byProgram ? "pr.program_id" : "NULL::bigint";
        await using var command = new NpgsqlCommand($"""
            SELECT week_start, program_id, topic_id, direction, department_id, department, lessons, people,
                   CASE WHEN people < @k THEN ARRAY(SELECT DISTINCT i FROM unnest(ids) AS i) END
            FROM (
                SELECT date_trunc('week', l.created_at AT TIME ZONE @zone)::date AS week_start,
                       {program} AS program_id, l.topic_id, l.direction, d.id AS department_id, d.name AS department,
                       count(*)::integer AS lessons,
                       (SELECT count(DISTINCT p)::integer FROM unnest(array_agg(l.teacher_id) || array_agg(l.learner_id)) AS p) AS people,
                       array_agg(l.teacher_id) || array_agg(l.learner_id) AS ids
                FROM lessons l
                JOIN people t ON t.id = l.teacher_id
                LEFT JOIN departments d ON d.id = t.department_id
                JOIN pairings pr ON pr.id = l.pairing_id
                WHERE l.topic_id IS NOT NULL
                  AND l.created_at >= (@from::timestamp AT TIME ZONE @zone)
                  AND l.created_at < ((@to + 1)::timestamp AT TIME ZONE @zone)
                GROUP BY 1, 2, l.topic_id, l.direction, d.id, d.name
            ) g
            ORDER BY week_start, program_id, topic_id, direction, department NULLS FIRST, department_id
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
            long? programId = await reader.IsDBNullAsync(1, cancellationToken) ? null : reader.GetInt64(1);
            var topic = reader.GetString(2);
            var direction = reader.GetString(3);
            long? departmentId = await reader.IsDBNullAsync(4, cancellationToken) ? null : reader.GetInt64(4);
            var department = await reader.IsDBNullAsync(5, cancellationToken) ? null : reader.GetString(5);
            var lessons = reader.GetInt32(6);
            var people = reader.GetInt32(7);
            var ids = await reader.IsDBNullAsync(8, cancellationToken) ? null : reader.GetFieldValue<long[]>(8);
            var row = new Row(week, topic, direction, departmentId, department, lessons, people, ids) { ProgramId = programId };
            if (rows.Count > 0 && rows[0].WeekStart != row.WeekStart)
            {
                yield return rows;
                rows.Clear();
            }

            rows.Add(row);
        }

        yield return rows;
    }

    /// <summary>
    /// The privacy rule on one week's rows: the lattice over [topic, direction, department] — with the program first when
    /// <paramref name="byProgram"/> (rows of every program) — each group measured as the union of its rows.
    /// </summary>
    internal static void Decide(List<Row> block, int k, bool byProgram)
    {
        var suppressed = byProgram
            ? ExportLattice.Suppressed(block, 4, k, r => [r.ProgramId?.ToString(CultureInfo.InvariantCulture), r.Topic, r.Direction, DepartmentKey(r)], r => r.Counted)
            : ExportLattice.Suppressed(block, 3, k, r => [r.Topic, r.Direction, DepartmentKey(r)], r => r.Counted);
        for (var i = 0; i < block.Count; i++)
        {
            block[i].Suppressed = suppressed.Contains(i);
        }
    }

    /// <summary>
    /// The topics whose week this export hides as a whole: the groups of the grid {topic} (a topic's lessons of the week,
    /// every direction and department) that the lattice of <see cref="Decide"/> suppresses — small, or the complement of a
    /// small one against the week's total. A grid's decision depends only on itself and the coarser grids, so the lattice
    /// over [topic] alone, on the same rows measured the same way, decides that grid exactly as the lattice over [topic,
    /// direction, department] does (and as the one by program, whose grid {topic} is the same groups). The finer rows of
    /// such a topic are protected on the assumption that its total is unknown: the topic-trend rows' <c>lessons</c> show a
    /// topic's week only when it is not in this set (<see cref="TopicTrendLessons"/>).
    /// </summary>
    internal static HashSet<string> HiddenTopics(IReadOnlyList<Row> block, int k)
    {
        // Each topic's rows taken as one cell first: the lattice over [topic] measures a group as the union of its rows, which
        // is what the cell holds (lessons added; k people or more when one row has them, else the union of the rows' ids), so
        // it decides the same on a dozen cells as on the week's hundreds of rows.
        var topics = new List<(string Topic, int Lessons, int ManyPeople, HashSet<long>? Ids)>();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in block)
        {
            if (!index.TryGetValue(row.Topic, out var i))
            {
                index[row.Topic] = i = topics.Count;
                topics.Add((row.Topic, 0, 0, null));
            }

            var (topic, lessons, manyPeople, ids) = topics[i];
            if (row.People >= k)
            {
                manyPeople = Math.Max(manyPeople, row.People);
            }
            else if (manyPeople == 0)
            {
                ids ??= [];
                ids.UnionWith(row.PeopleIds ?? throw new InvalidOperationException($"A row of {row.People} people (below k = {k}) came without their ids: its groups cannot be measured."));
            }

            topics[i] = (topic, lessons + row.Lessons, manyPeople, ids);
        }

        var cells = topics.Select(t => t.ManyPeople > 0
            ? (t.Topic, Counted: new CountedPeople(t.Lessons, t.ManyPeople, null))
            : (t.Topic, Counted: new CountedPeople(t.Lessons, t.Ids?.Count ?? 0, [.. t.Ids ?? []]))).ToList();
        var hidden = ExportLattice.Suppressed(cells, 1, k, c => [c.Topic], c => c.Counted);
        return [.. hidden.Select(i => cells[i].Topic)];
    }

    private static string? DepartmentKey(Row row) => row.DepartmentId?.ToString(CultureInfo.InvariantCulture);

    /// <summary>One week's rows of the unfiltered export, after the privacy rule (what the benchmark drives).</summary>
    internal static async ValueTask WriteBlockAsync(List<Row> block, int k, IExportRowWriter writer, CancellationToken cancellationToken)
    {
        Decide(block, k, byProgram: false);
        foreach (var row in block)
        {
            await WriteRowAsync(row, writer, cancellationToken);
        }
    }

    private static ValueTask WriteRowAsync(Row row, IExportRowWriter writer, CancellationToken cancellationToken)
    {
        writer.WriteDate(row.WeekStart);
        writer.WriteText(row.Topic);
        writer.WriteText(row.Direction);
        writer.WriteText(row.DepartmentId is { } id ? GlobalId.Encode(NodeTypes.Department, id) : null);
        writer.WriteText(row.Department);
        writer.WriteBoolean(row.Suppressed);
        writer.WriteInteger(row.Suppressed ? null : row.Lessons);
        writer.WriteInteger(row.Suppressed ? null : row.People);
        return writer.EndRowAsync(cancellationToken);
    }

    /// <summary>
    /// One week × topic × direction × department (× program, when read by program) of lessons. <paramref name="PeopleIds"/>:
    /// the distinct teachers and learners when fewer than the k the rows were read with (null otherwise), so a group of rows
    /// is measured exactly.
    /// </summary>
    public sealed record Row(DateOnly WeekStart, string Topic, string Direction, long? DepartmentId, string? Department, int Lessons, int People, long[]? PeopleIds)
    {
        /// <summary>The pairing's program, when the rows were read by program; null otherwise.</summary>
        public long? ProgramId { get; init; }

        public bool Suppressed { get; set; }

        internal CountedPeople Counted => new(Lessons, People, PeopleIds);
    }
}
