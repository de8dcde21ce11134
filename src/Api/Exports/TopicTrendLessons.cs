using System.Data;
using System.Globalization;
using System.Runtime.CompilerServices;
using Npgsql;
using NpgsqlTypes;

namespace MentorGraph.Api.Exports;

/// <summary>
/// Which topic-trend rows may show their <c>lessons</c>: the lessons export publishes a week's lessons per topic ×
/// direction × department and protects its hidden rows assuming each topic's week total is unknown when its lattice hides
/// that total (the grid {topic}). A topic-trend row showing that total would give a lone hidden row back by subtraction,
/// so its lessons are hidden exactly when the lessons export hides them:
/// <list type="bullet">
/// <item>WEEK: the lessons export's own rows for the week (its query, unfiltered) decided by its own rule
/// (<see cref="LessonsExport.HiddenTopics"/>) — the two exports cannot disagree;</item>
/// <item>MONTH: months do not add up from the exported ISO weeks, so no export row is a part of a month; the month's
/// lessons per topic are decided by the same rule over [topic] alone: fewer than k lessons, or lessons taught or learned
/// by fewer than k distinct people, is hidden, and so is the smallest other topic when the month's total over all topics
/// would otherwise give one hidden topic back.</item>
/// </list>
/// The periods come as the topic-trend rows do (weeks in order, then months in order), and the lessons are read from a
/// second cursor in step with them — one week or month held at a time, on a connection of its own, so memory does not
/// grow with the range.
/// </summary>
internal sealed class TopicTrendLessons : IAsyncDisposable
{
    private readonly NpgsqlConnection _connection;
    private readonly DateOnly _from;
    private readonly DateOnly _to;
    private readonly string _timeZone;
    private readonly int _k;
    private readonly TopicTrendSlicing? _slicing;
    private Cursor? _weeks;
    private Cursor? _months;

    private TopicTrendLessons(NpgsqlConnection connection, DateOnly from, DateOnly to, string timeZone, int k, TopicTrendSlicing? slicing)
    {
        _slicing = slicing;
        _connection = connection;
        _from = from;
        _to = to;
        _timeZone = timeZone;
        _k = k;
    }

    /// <summary>For topic-trend rows whose periods start from <paramref name="from"/> to <paramref name="to"/> (inclusive).</summary>
    public static async Task<TopicTrendLessons> OpenAsync(
        NpgsqlDataSource dataSource, DateOnly from, DateOnly to, string timeZone, int k, CancellationToken cancellationToken)
    {
        var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return new TopicTrendLessons(connection, from, to, timeZone, k, null);
    }

    /// <summary>
    /// For filtered topic-trend rows (<see cref="TopicTrendSlices"/>): the hidden keys of a period are
    /// <see cref="TopicTrendSlicing.Key"/>s (program, department, topic) instead of topics — a WEEK decided as the lessons
    /// export decides its grid {program, topic} / {topic, department} / {program, topic, department} (the lattice over those
    /// dimensions alone, in the lessons export's order, on its rows: a grid's decision depends only on itself and the coarser
    /// grids); a MONTH decided by the lattice over [program, department, topic] (those filtered on), whose grid {topic} is the
    /// unfiltered months' decision.
    /// </summary>
    public static async Task<TopicTrendLessons> OpenSlicedAsync(
        NpgsqlDataSource dataSource, DateOnly from, DateOnly to, string timeZone, int k, TopicTrendSlicing slicing, CancellationToken cancellationToken)
    {
        var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return new TopicTrendLessons(connection, from, to, timeZone, k, slicing);
    }

    /// <summary>The hidden keys (topics, or <see cref="TopicTrendSlicing.Key"/>s when sliced) of one period; periods in the trend rows' order.</summary>
    public ValueTask<HashSet<string>> HiddenAsync(string granularity, DateOnly start, CancellationToken cancellationToken) =>
        granularity == "WEEK" ? HiddenInWeekAsync(start, cancellationToken) : HiddenInMonthAsync(start, cancellationToken);

    /// <summary>
    /// The topics whose lessons are hidden in each of <paramref name="periods"/> (granularity WEEK or MONTH, start), read per
    /// run of consecutive periods — for an answer that shows a few scattered periods (a page of <c>topicTrends</c>), so the
    /// lessons read are those periods', not the history's. The same decision as the streaming reader's.
    /// </summary>
    public static async Task<Dictionary<(string Granularity, DateOnly Start), HashSet<string>>> ForPeriodsAsync(
        NpgsqlDataSource dataSource, IEnumerable<(string Granularity, DateOnly Start)> periods, string timeZone, int k, CancellationToken cancellationToken)
    {
        var decided = new Dictionary<(string Granularity, DateOnly Start), HashSet<string>>();
        foreach (var granularity in new[] { "WEEK", "MONTH" })
        {
            var starts = periods.Where(p => p.Granularity == granularity).Select(p => p.Start).Distinct().Order().ToList();
            for (var i = 0; i < starts.Count;)
            {
                var j = i;
                while (j + 1 < starts.Count && starts[j + 1] == (granularity == "WEEK" ? starts[j].AddDays(7) : starts[j].AddMonths(1)))
                {
                    j++;
                }

                await using var lessons = await OpenAsync(dataSource, starts[i], starts[j], timeZone, k, cancellationToken);
                for (var p = i; p <= j; p++)
                {
                    decided[(granularity, starts[p])] = granularity == "WEEK"
                        ? await lessons.HiddenInWeekAsync(starts[p], cancellationToken)
                        : await lessons.HiddenInMonthAsync(starts[p], cancellationToken);
                }

                i = j + 1;
            }
        }

        return decided;
    }

    /// <summary>
    /// Sets <see cref="TopicTrendsExport.Row.LessonsHidden"/> on one period's rows (one granularity and period start). Periods
    /// must come in the topic-trend rows' order: every WEEK by start, then every MONTH by start.
    /// </summary>
    public async ValueTask DecideAsync(IReadOnlyList<TopicTrendsExport.Row> period, CancellationToken cancellationToken)
    {
        if (period.Count == 0)
        {
            return;
        }

        var hidden = period[0].Granularity == "WEEK"
            ? await HiddenInWeekAsync(period[0].PeriodStart, cancellationToken)
            : await HiddenInMonthAsync(period[0].PeriodStart, cancellationToken);
        foreach (var row in period)
        {
            row.LessonsHidden = hidden.Contains(row.Topic);
        }
    }

    private async ValueTask<HashSet<string>> HiddenInWeekAsync(DateOnly week, CancellationToken cancellationToken)
    {
        if (_months is not null)
        {
            throw new InvalidOperationException("A WEEK period came after a MONTH one: periods must come weeks first, each in order.");
        }

        if (_weeks is null)
        {
            var (from, to) = LessonsExport.WholeWeeks(_from, _to);
            _weeks = new Cursor(WeekBlocksAsync(from, to, cancellationToken));
        }

        return await _weeks.HiddenAtAsync(week, cancellationToken);
    }

    private async ValueTask<HashSet<string>> HiddenInMonthAsync(DateOnly month, CancellationToken cancellationToken)
    {
        if (_months is null)
        {
            if (_weeks is not null)
            {
                await _weeks.DisposeAsync(); // one reader per connection: the weeks' is closed before the months' opens
            }

            var from = new DateOnly(_from.Year, _from.Month, 1);
            var to = new DateOnly(_to.Year, _to.Month, 1).AddMonths(1).AddDays(-1);
            _months = new Cursor(MonthBlocksAsync(from, to, cancellationToken));
        }

        return await _months.HiddenAtAsync(month, cancellationToken);
    }

    /// <summary>The lessons export's weeks (its query, unfiltered), each decided to the topics it hides.</summary>
    private async IAsyncEnumerable<(DateOnly Start, HashSet<string> Hidden)> WeekBlocksAsync(
        DateOnly from, DateOnly to, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var block in LessonsExport.ReadWeekBlocksAsync(_connection, from, to, _timeZone, _k, byProgram: _slicing?.ByProgram ?? false, cancellationToken))
        {
            if (block.Count > 0)
            {
                yield return (block[0].WeekStart, _slicing is { } slicing ? HiddenSliceKeys(block, slicing, _k) : LessonsExport.HiddenTopics(block, _k));
            }
        }
    }

    /// <summary>
    /// The topical lessons per local calendar month and topic, counted as the lessons export counts them (created_at in
    /// <c>Insights:TimeZone</c>; people are the distinct teachers and learners, their ids kept when fewer than k), each month
    /// decided over [topic] by the exports' rule (<see cref="ExportLattice"/>).
    /// </summary>
    private async IAsyncEnumerable<(DateOnly Start, HashSet<string> Hidden)> MonthBlocksAsync(
        DateOnly from, DateOnly to, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var program = _slicing?.ByProgram == true ? "pr.program_id" : "NULL::bigint";
        var department = _slicing?.ByDepartment == true ? "t.department_id" : "NULL::bigint";
        var joins = _slicing is null ? string.Empty : "JOIN people t ON t.id = l.teacher_id JOIN pairings pr ON pr.id = l.pairing_id";
        await using var command = new NpgsqlCommand($"""
            SELECT month_start, topic_id, lessons, people,
                   CASE WHEN people < @k THEN ARRAY(SELECT DISTINCT i FROM unnest(ids) AS i) END,
                   program_id, department_id
            FROM (
                SELECT date_trunc('month', l.created_at AT TIME ZONE @zone)::date AS month_start, l.topic_id,
                       {program} AS program_id, {department} AS department_id,
                       count(*)::integer AS lessons,
                       (SELECT count(DISTINCT p)::integer FROM unnest(array_agg(l.teacher_id) || array_agg(l.learner_id)) AS p) AS people,
                       array_agg(l.teacher_id) || array_agg(l.learner_id) AS ids
                FROM lessons l
                {joins}
                WHERE l.topic_id IS NOT NULL
                  AND l.created_at >= (@from::timestamp AT TIME ZONE @zone)
                  AND l.created_at < ((@to + 1)::timestamp AT TIME ZONE @zone)
                GROUP BY 1, 2, 3, 4
            ) g
            ORDER BY month_start, topic_id, program_id, department_id
            """, _connection);
        command.Parameters.AddWithValue("zone", _timeZone);
        command.Parameters.AddWithValue("k", _k);
        command.Parameters.Add(new NpgsqlParameter("from", NpgsqlDbType.Date) { Value = from });
        command.Parameters.Add(new NpgsqlParameter("to", NpgsqlDbType.Date) { Value = to });
        await using var reader = await command.ExecuteReaderAsync(CommandBehavior.SequentialAccess, cancellationToken);
        var rows = new List<(DateOnly Month, string Topic, CountedPeople Counted, string? Program, string? Department)>();
        while (await reader.ReadAsync(cancellationToken))
        {
            var month = reader.GetFieldValue<DateOnly>(0);
            var topic = reader.GetString(1);
            var lessons = reader.GetInt32(2);
            var people = reader.GetInt32(3);
            var ids = await reader.IsDBNullAsync(4, cancellationToken) ? null : reader.GetFieldValue<long[]>(4);
            var programId = await reader.IsDBNullAsync(5, cancellationToken) ? null : reader.GetInt64(5).ToString(CultureInfo.InvariantCulture);
            var departmentId = await reader.IsDBNullAsync(6, cancellationToken) ? null : reader.GetInt64(6).ToString(CultureInfo.InvariantCulture);
            if (rows.Count > 0 && rows[0].Month != month)
            {
                yield return (rows[0].Month, HiddenInMonth(rows));
                rows.Clear();
            }

            rows.Add((month, topic, new CountedPeople(lessons, people, ids), programId, departmentId));
        }

        if (rows.Count > 0)
        {
            yield return (rows[0].Month, HiddenInMonth(rows));
        }
    }

    /// <summary>One month's hidden topics (unsliced: the lattice over [topic]) or slice keys (the lattice over [program, department, topic], those sliced by).</summary>
    private HashSet<string> HiddenInMonth(List<(DateOnly Month, string Topic, CountedPeople Counted, string? Program, string? Department)> month)
    {
        if (_slicing is not { } slicing)
        {
            return HiddenTopics([.. month.Select(r => (r.Month, r.Topic, r.Counted))], _k);
        }

        var hidden = (slicing.ByProgram, slicing.ByDepartment) switch
        {
            (true, true) => ExportLattice.Suppressed(month, 3, _k, r => [r.Program, r.Department, r.Topic], r => r.Counted),
            (true, false) => ExportLattice.Suppressed(month, 2, _k, r => [r.Program, r.Topic], r => r.Counted),
            _ => ExportLattice.Suppressed(month, 2, _k, r => [r.Department, r.Topic], r => r.Counted),
        };
        return [.. hidden.Select(i => TopicTrendSlicing.Key(month[i].Program, month[i].Department, month[i].Topic))];
    }

    /// <summary>
    /// One week's lessons-export rows (read by program when <paramref name="slicing"/> is) decided over the lessons export's
    /// dimensions that the slicing keeps, in its order — [program,] topic[, department] — to the keys of the hidden groups.
    /// </summary>
    internal static HashSet<string> HiddenSliceKeys(IReadOnlyList<LessonsExport.Row> week, TopicTrendSlicing slicing, int k)
    {
        string? Program(LessonsExport.Row r) => slicing.ByProgram ? r.ProgramId?.ToString(CultureInfo.InvariantCulture) : null;
        string? Department(LessonsExport.Row r) => slicing.ByDepartment ? r.DepartmentId?.ToString(CultureInfo.InvariantCulture) : null;
        var hidden = (slicing.ByProgram, slicing.ByDepartment) switch
        {
            (true, true) => ExportLattice.Suppressed(week, 3, k, r => [Program(r), r.Topic, Department(r)], r => r.Counted),
            (true, false) => ExportLattice.Suppressed(week, 2, k, r => [Program(r), r.Topic], r => r.Counted),
            _ => ExportLattice.Suppressed(week, 2, k, r => [r.Topic, Department(r)], r => r.Counted),
        };
        return [.. hidden.Select(i => TopicTrendSlicing.Key(Program(week[i]), Department(week[i]), week[i].Topic))];
    }

    /// <summary>One month's topics the rule hides: the lattice over [topic], each topic measured by its lessons and people.</summary>
    internal static HashSet<string> HiddenTopics(IReadOnlyList<(DateOnly Month, string Topic, CountedPeople Counted)> month, int k)
    {
        var hidden = ExportLattice.Suppressed(month, 1, k, r => [r.Topic], r => r.Counted);
        return [.. hidden.Select(i => month[i].Topic)];
    }

    public async ValueTask DisposeAsync()
    {
        if (_weeks is not null)
        {
            await _weeks.DisposeAsync();
        }

        if (_months is not null)
        {
            await _months.DisposeAsync();
        }

        await _connection.DisposeAsync();
    }

    /// <summary>
    /// Decided periods in order, walked forward to the period asked for: a period without lessons hides nothing (its
    /// topic-trend rows have no lessons either — the trend tables count the same lessons).
    /// </summary>
    private sealed class Cursor(IAsyncEnumerable<(DateOnly Start, HashSet<string> Hidden)> periods) : IAsyncDisposable
    {
        private readonly IAsyncEnumerator<(DateOnly Start, HashSet<string> Hidden)> _periods = periods.GetAsyncEnumerator();
        private (DateOnly Start, HashSet<string> Hidden)? _current;
        private bool _ended;
        private bool _disposed;

        public async ValueTask<HashSet<string>> HiddenAtAsync(DateOnly start, CancellationToken cancellationToken)
        {
            cancellationToken.ThrowIfCancellationRequested();
            while (!_ended && (_current is null || _current.Value.Start < start))
            {
                if (await _periods.MoveNextAsync())
                {
                    _current = _periods.Current;
                }
                else
                {
                    _ended = true;
                    _current = null;
                }
            }

            return _current is { } current && current.Start == start ? current.Hidden : [];
        }

        public async ValueTask DisposeAsync()
        {
            if (!_disposed)
            {
                _disposed = true;
                await _periods.DisposeAsync();
            }
        }
    }
}
