using System.Data;
using System.Globalization;
using System.Runtime.CompilerServices;
using MentorGraph.Api.Schema.Insights;
using Npgsql;
using NpgsqlTypes;

namespace MentorGraph.Api.Exports;

/// <summary>
/// <c>/exports/topic-trends</c> with <c>programId</c> and/or <c>departmentId</c>: the same rows per granularity, period and
/// topic, counting only the program's pairings (notes of their sessions, their lessons) / the department's people (notes
/// by its authors, lessons by its teachers — the lessons export's department). A filter is a slice, never a query of its
/// own: per period, the rows of EVERY program / department (or both) are read from the notes and lessons and decided
/// together as the lattice over [program, department, topic] (those filtered on), whose grid {topic} is decided as the
/// unfiltered export decides it — its groups measured by the unfiltered rows (<see cref="TopicTrendsExport.Row.IsSmall"/>,
/// their suppression, <see cref="TopicTrendsExport.Row.Size"/>), the finer groups exactly (people as unions: ids carried
/// for rows under k) — then the filter's slice is written. So no filtered row can be had back by subtracting the other
/// slices' shown rows from an unfiltered row. One period of every slice is held at a time; the unfiltered rows and the
/// lessons rule (<see cref="TopicTrendLessons"/>) are read from cursors of their own, in step.
/// </summary>
public static class TopicTrendSlices
{
    public static async Task WriteAsync(
        NpgsqlDataSource dataSource, ExportRequest request, string timeZone, int k, IExportRowWriter writer, CancellationToken cancellationToken)
    {
        var slicing = new TopicTrendSlicing(request.ProgramId is not null, request.DepartmentId is not null);
        var program = request.ProgramId?.ToString(CultureInfo.InvariantCulture);
        var department = request.DepartmentId?.ToString(CultureInfo.InvariantCulture);
        await using var lessons = await TopicTrendLessons.OpenSlicedAsync(dataSource, request.From, request.To, timeZone, k, slicing, cancellationToken);
        await using var trendConnection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var sliceConnection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var trends = UnfilteredPeriodsAsync(trendConnection, request.From, request.To, k, cancellationToken).GetAsyncEnumerator(cancellationToken);
        List<TopicTrendsExport.Row>? unfiltered = null;
        var trendsEnded = false;
        await foreach (var period in SlicePeriodsAsync(sliceConnection, request.From, request.To, timeZone, k, slicing, cancellationToken))
        {
            var (granularity, start) = (period[0].Granularity, period[0].PeriodStart);
            while (!trendsEnded && (unfiltered is null || Order(unfiltered[0].Granularity, unfiltered[0].PeriodStart).CompareTo(Order(granularity, start)) < 0))
            {
                if (await trends.MoveNextAsync())
                {
                    unfiltered = trends.Current;
                }
                else
                {
                    trendsEnded = true;
                    unfiltered = null;
                }
            }

            var same = unfiltered is not null && unfiltered[0].Granularity == granularity && unfiltered[0].PeriodStart == start ? unfiltered : [];
            var (suppressed, sliceHidden) = Decide(period, same, slicing, k);
            var hiddenLessons = await lessons.HiddenAsync(granularity, start, cancellationToken);
            var mine = Enumerable.Range(0, period.Count)
                .Where(i => (!slicing.ByProgram || period[i].Program == program) && (!slicing.ByDepartment || period[i].Department == department))
                .ToList();
            var total = mine.Sum(i => period[i].Notes);
            var rows = new List<TopicTrendsExport.Row>(mine.Count);
            foreach (var i in mine)
            {
                var r = period[i];
                double? share = r.Notes > 0 && !sliceHidden.Contains(i) ? (double)r.Notes / total : null;
                rows.Add(new TopicTrendsExport.Row(granularity, start, r.Topic, r.Notes, share, r.Upward, r.Downward, r.Mutual, r.Lessons, r.People)
                {
                    Suppressed = suppressed.Contains(i),
                    LessonsHidden = hiddenLessons.Contains(TopicTrendSlicing.Key(r.Program, r.Department, r.Topic)),
                });
            }

            await TopicTrendsExport.WriteRowsAsync(rows, writer, cancellationToken);
        }
    }

    /// <summary>Weeks before months, each in order: the topic-trend rows' order.</summary>
    private static (int, DateOnly) Order(string granularity, DateOnly start) => (granularity == "WEEK" ? 0 : 1, start);

    /// <summary>
    /// The privacy rule on one period of every slice: the indexes of the suppressed rows (the lattice over [program,
    /// department, topic], those sliced by) and of the rows whose slice's total over all topics is suppressed (the lattice
    /// over the slice's dimensions alone decides that grid as the full lattice does) — their <c>share</c> would give that
    /// total back, so it is not shown.
    /// </summary>
    internal static (HashSet<int> Suppressed, HashSet<int> SliceHidden) Decide(
        IReadOnlyList<SliceRow> period, IReadOnlyList<TopicTrendsExport.Row> unfiltered, TopicTrendSlicing slicing, int k)
    {
        var byTopic = unfiltered.ToDictionary(r => r.Topic, StringComparer.Ordinal);
        var cellsPerTopic = period.GroupBy(r => r.Topic, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var all = Enumerable.Range(0, unfiltered.Count).ToList();

        // A group made of whole topics is a group of the grid {topic} (one topic) or {} (all): measured as the unfiltered
        // export measures it, and small when it suppressed it (so the grid hides what the unfiltered export hides) — or when
        // the exact measure says so (hiding more is safe; it happens only if the trend tables lag the notes).
        GroupMeasure Measure(IReadOnlyList<int> members)
        {
            var exact = Exact(period, members, k);
            var topics = members.Select(i => period[i].Topic).Distinct(StringComparer.Ordinal).ToList();
            if (topics.Sum(t => cellsPerTopic[t]) != members.Count)
            {
                return exact;
            }

            var small = exact.Small;
            var size = exact.Size;
            if (topics.Count == cellsPerTopic.Count && unfiltered.Count > 0)
            {
                var whole = TopicTrendsExport.Measure(unfiltered, all, k);
                small |= whole.Small;
                size = whole.Size;
            }

            if (topics.Count == 1 && byTopic.TryGetValue(topics[0], out var row))
            {
                small |= row.Suppressed || row.IsSmall(k);
                size = row.Size;
            }

            return new GroupMeasure(small, size);
        }

        string?[] Keys(SliceRow r) => (slicing.ByProgram, slicing.ByDepartment) switch
        {
            (true, true) => [r.Program, r.Department, r.Topic],
            (true, false) => [r.Program, r.Topic],
            _ => [r.Department, r.Topic],
        };

        var dimensions = (slicing.ByProgram ? 1 : 0) + (slicing.ByDepartment ? 1 : 0);
        var suppressed = LatticeSuppression.Suppressed([.. period.Select(r => new LatticeCell(Keys(r)))], dimensions + 1, Measure);
        var sliceHidden = LatticeSuppression.Suppressed([.. period.Select(r => new LatticeCell(Keys(r)[..dimensions]))], dimensions, Measure);
        return (suppressed, sliceHidden);
    }

    /// <summary>Some rows' union: notes and lessons added, people as <see cref="DistinctPeople"/> counts them.</summary>
    private static GroupMeasure Exact(IReadOnlyList<SliceRow> period, IReadOnlyList<int> members, int k)
    {
        var notes = members.Sum(i => period[i].Notes);
        var lessons = members.Sum(i => period[i].Lessons);
        var people = DistinctPeople.Count(members.Select(i => (period[i].People, (IEnumerable<long>?)period[i].PeopleIds)), k);
        var small = people < k || (notes > 0 ? notes < k : lessons < k);
        return new GroupMeasure(small, notes > 0 ? notes : (1 << 30) + lessons);
    }

    /// <summary>The unfiltered export's periods (its rows, decided by its rule), weeks then months.</summary>
    private static async IAsyncEnumerable<List<TopicTrendsExport.Row>> UnfilteredPeriodsAsync(
        NpgsqlConnection connection, DateOnly from, DateOnly to, int k, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(TopicTrendsExport.RangeSql, connection);
        TopicTrendsExport.AddRange(command, from, to);
        await foreach (var rows in TopicTrendsExport.PeriodsAsync(command, k, cancellationToken))
        {
            yield return rows;
        }
    }

    /// <summary>
    /// Per granularity, period (starting from <paramref name="from"/> to <paramref name="to"/>, local dates), program and/or
    /// department and topic: the classified notes (person labels win; PRIVATE notes count; the author's department, the
    /// session's pairing's program) and the topical lessons (the teacher's department, the pairing's program), counted as
    /// the trend tables count them (migration 0011), with their distinct people and, below k, their ids. Weeks then months,
    /// one period of every slice at a time.
    /// </summary>
    internal static async IAsyncEnumerable<List<SliceRow>> SlicePeriodsAsync(
        NpgsqlConnection connection, DateOnly from, DateOnly to, string timeZone, int k, TopicTrendSlicing slicing,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var program = slicing.ByProgram ? "pr.program_id" : "NULL::bigint";
        var authorDepartment = slicing.ByDepartment ? "a.department_id" : "NULL::bigint";
        var teacherDepartment = slicing.ByDepartment ? "t.department_id" : "NULL::bigint";
        await using var command = new NpgsqlCommand($"""
            WITH events AS (
                SELECT n.created_at AT TIME ZONE @zone AS local_at, n.topic_id, {program} AS program_id, {authorDepartment} AS department_id,
                       n.direction, false AS lesson, n.author_id AS person_id, true AS counted
                FROM session_notes n
                JOIN people a ON a.id = n.author_id
                JOIN sessions s ON s.id = n.session_id
                JOIN pairings pr ON pr.id = s.pairing_id
                WHERE n.topic_id IS NOT NULL
                  AND n.created_at >= (@from::timestamp AT TIME ZONE @zone)
                  AND n.created_at < ((@to + 1)::timestamp + interval '1 month') AT TIME ZONE @zone
                UNION ALL
                SELECT l.created_at AT TIME ZONE @zone, l.topic_id, {program}, {teacherDepartment}, NULL, true, x.person_id, x.counted
                FROM lessons l
                JOIN people t ON t.id = l.teacher_id
                JOIN pairings pr ON pr.id = l.pairing_id
                CROSS JOIN LATERAL (VALUES (l.teacher_id, true), (l.learner_id, false)) AS x (person_id, counted)
                WHERE l.topic_id IS NOT NULL
                  AND l.created_at >= (@from::timestamp AT TIME ZONE @zone)
                  AND l.created_at < ((@to + 1)::timestamp + interval '1 month') AT TIME ZONE @zone
            ), periods AS (
                SELECT 'WEEK' AS granularity, date_trunc('week', local_at)::date AS period_start, program_id, department_id, topic_id, direction, lesson, person_id, counted
                FROM events
                UNION ALL
                SELECT 'MONTH', date_trunc('month', local_at)::date, program_id, department_id, topic_id, direction, lesson, person_id, counted
                FROM events
            )
            SELECT granularity, period_start, program_id, department_id, topic_id,
                   count(*) FILTER (WHERE NOT lesson)::integer,
                   count(*) FILTER (WHERE NOT lesson AND direction = 'UPWARD')::integer,
                   count(*) FILTER (WHERE NOT lesson AND direction = 'DOWNWARD')::integer,
                   count(*) FILTER (WHERE NOT lesson AND direction = 'MUTUAL')::integer,
                   count(*) FILTER (WHERE lesson AND counted)::integer,
                   count(DISTINCT person_id)::integer,
                   CASE WHEN count(DISTINCT person_id) < @k THEN array_agg(DISTINCT person_id) END
            FROM periods
            WHERE period_start BETWEEN @from AND @to
            GROUP BY granularity, period_start, program_id, department_id, topic_id
            ORDER BY granularity DESC, period_start, program_id, department_id, topic_id
            """, connection);
        command.Parameters.AddWithValue("zone", timeZone);
        command.Parameters.AddWithValue("k", k);
        command.Parameters.Add(new NpgsqlParameter("from", NpgsqlDbType.Date) { Value = from });
        command.Parameters.Add(new NpgsqlParameter("to", NpgsqlDbType.Date) { Value = to });
        await using var reader = await command.ExecuteReaderAsync(CommandBehavior.SequentialAccess, cancellationToken);
        var rows = new List<SliceRow>();
        while (await reader.ReadAsync(cancellationToken))
        {
            var row = new SliceRow(
                reader.GetString(0),
                reader.GetFieldValue<DateOnly>(1),
                await reader.IsDBNullAsync(2, cancellationToken) ? null : reader.GetInt64(2).ToString(CultureInfo.InvariantCulture),
                await reader.IsDBNullAsync(3, cancellationToken) ? null : reader.GetInt64(3).ToString(CultureInfo.InvariantCulture),
                reader.GetString(4),
                reader.GetInt32(5),
                reader.GetInt32(6),
                reader.GetInt32(7),
                reader.GetInt32(8),
                reader.GetInt32(9),
                reader.GetInt32(10),
                await reader.IsDBNullAsync(11, cancellationToken) ? null : reader.GetFieldValue<long[]>(11));
            if (rows.Count > 0 && (rows[0].Granularity != row.Granularity || rows[0].PeriodStart != row.PeriodStart))
            {
                yield return rows;
                rows = [];
            }

            rows.Add(row);
        }

        if (rows.Count > 0)
        {
            yield return rows;
        }
    }

    /// <summary>One period × program and/or department × topic (program / department null when not sliced by, or without one).</summary>
    internal sealed record SliceRow(
        string Granularity, DateOnly PeriodStart, string? Program, string? Department, string Topic,
        int Notes, int Upward, int Downward, int Mutual, int Lessons, int People, long[]? PeopleIds);
}
