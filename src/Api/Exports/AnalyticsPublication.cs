using Npgsql;
using NpgsqlTypes;

namespace MentorGraph.Api.Exports;

/// <summary>What one publication did: whether it republished everything, and how many weeks, periods and rows.</summary>
public sealed record PublicationResult(bool Full, int Weeks, int Periods, int Rows);

/// <summary>
/// Publishes the rows the analytics views read (migration 0019: <c>insights.published_lessons</c>,
/// <c>published_knowledge_flow</c>, <c>published_topic_trends</c>) with the exports' own code — the same queries, the same
/// <see cref="ExportLattice"/> decisions — so a view row is the unfiltered export's row and a BI tool cannot combine a
/// view with an export to recover what either hides. Incremental: only the weeks of the days recorded in
/// <c>insights.publication_changes</c> and the periods in <c>publication_trend_changes</c> (both written by triggers);
/// everything when asked (<c>mentorgraph trends rebuild</c>), when the state is missing or stale, or when it was
/// decided with another k (<c>Insights:MinimumGroupSize</c>) or time zone. One publication at a time (a transaction-level
/// advisory lock); the rows appear at its commit. Source rows are read over a second connection, streamed one week or
/// period at a time, while the first writes.
/// </summary>
public sealed class AnalyticsPublication(NpgsqlDataSource dataSource)
{
    private const string LockKey = "insights.published";

    public async Task<PublicationResult> PublishAsync(string timeZone, int k, bool full, CancellationToken cancellationToken)
    {
        await using var write = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await write.BeginTransactionAsync(cancellationToken);
        await ExecuteAsync(write, "SELECT pg_advisory_xact_lock(hashtext(@key))", cancellationToken, ("key", LockKey));
        await using (var state = new NpgsqlCommand("SELECT minimum_group_size, time_zone, stale FROM insights.publication_state FOR UPDATE", write))
        await using (var reader = await state.ExecuteReaderAsync(cancellationToken))
        {
            full |= !await reader.ReadAsync(cancellationToken) || reader.GetInt32(0) != k || reader.GetString(1) != timeZone || reader.GetBoolean(2);
        }

        List<DateOnly> weeks;
        List<(string Granularity, DateOnly Start)> periods;
        if (full)
        {
            await ExecuteAsync(write, """
                DELETE FROM insights.publication_changes;
                DELETE FROM insights.publication_trend_changes;
                DELETE FROM insights.published_lessons;
                DELETE FROM insights.published_knowledge_flow;
                DELETE FROM insights.published_topic_trends;
                """, cancellationToken);
            weeks = await AllWeeksAsync(write, timeZone, cancellationToken);
            periods = await PeriodsAsync(write, "SELECT DISTINCT granularity, period_start FROM insights.topic_trends", cancellationToken);
        }
        else
        {
            weeks = await DatesAsync(write, """
                WITH claimed AS (DELETE FROM insights.publication_changes RETURNING day)
                SELECT unnest(insights.periods_of_days(coalesce((SELECT array_agg(day) FROM claimed), '{}'), @zone, 'WEEK')) ORDER BY 1
                """, timeZone, cancellationToken);
            periods = await PeriodsAsync(write, "DELETE FROM insights.publication_trend_changes RETURNING granularity, period_start", cancellationToken);
            if (weeks.Count == 0 && periods.Count == 0)
            {
                await transaction.CommitAsync(cancellationToken);
                return new PublicationResult(false, 0, 0, 0); // nothing changed: no copy, no state row rewritten
            }

            // A trend row's lessons column is decided by its week's (or month's) lessons: republished with them, so the
            // view never pairs a week's new lessons rows with a trend row decided on the old ones (the trend refresh
            // would republish it only a minute later).
            periods = [.. periods
                .Concat(weeks.Select(w => ("WEEK", w)))
                .Concat(weeks.SelectMany(w => new[] { w, w.AddDays(6) }).Select(d => ("MONTH", new DateOnly(d.Year, d.Month, 1))))
                .Distinct()];
            await DeleteAsync(write, weeks, periods, cancellationToken);
        }

        var rows = 0;
        await using (var read = await dataSource.OpenConnectionAsync(cancellationToken))
        {
            rows += await PublishLessonsAsync(read, write, weeks, timeZone, k, cancellationToken);
            rows += await PublishNotesAsync(read, write, weeks, timeZone, k, cancellationToken);
            rows += await PublishTrendsAsync(read, write, periods, timeZone, k, cancellationToken);
        }

        await ExecuteAsync(write, """
            INSERT INTO insights.publication_state (one, minimum_group_size, time_zone, stale, published_at) VALUES (true, @k, @zone, false, now())
            ON CONFLICT (one) DO UPDATE SET minimum_group_size = excluded.minimum_group_size, time_zone = excluded.time_zone, stale = false,
                                            published_at = excluded.published_at
            """, cancellationToken, ("k", k), ("zone", timeZone));
        await transaction.CommitAsync(cancellationToken);
        return new PublicationResult(full, weeks.Count, periods.Count, rows);
    }

    /// <summary>Every ISO week (local Monday) from the first lesson or labelled note to the last.</summary>
    private static async Task<List<DateOnly>> AllWeeksAsync(NpgsqlConnection connection, string timeZone, CancellationToken cancellationToken) =>
        await DatesAsync(connection, """
            WITH edges AS (
                SELECT min(created_at) AS at FROM lessons WHERE topic_id IS NOT NULL
                UNION ALL SELECT max(created_at) FROM lessons WHERE topic_id IS NOT NULL
                UNION ALL SELECT min(created_at) FROM session_notes WHERE topic_id IS NOT NULL
                UNION ALL SELECT max(created_at) FROM session_notes WHERE topic_id IS NOT NULL
            )
            SELECT w::date FROM generate_series(
                (SELECT date_trunc('week', min(at) AT TIME ZONE @zone) FROM edges),
                (SELECT max(at) AT TIME ZONE @zone FROM edges),
                interval '7 days') AS w
            ORDER BY 1
            """, timeZone, cancellationToken);

    /// <summary>The published rows of the weeks and periods about to be republished (a week may have no rows left).</summary>
    private static async Task DeleteAsync(NpgsqlConnection write, List<DateOnly> weeks, List<(string Granularity, DateOnly Start)> periods, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("""
            DELETE FROM insights.published_lessons WHERE week_start = ANY (@weeks);
            DELETE FROM insights.published_knowledge_flow WHERE week_start = ANY (@weeks);
            DELETE FROM insights.published_topic_trends t USING unnest(@granularities, @starts) AS p(granularity, period_start)
            WHERE t.granularity = p.granularity AND t.period_start = p.period_start;
            """, write);
        command.Parameters.Add(new NpgsqlParameter("weeks", NpgsqlDbType.Array | NpgsqlDbType.Date) { Value = weeks.ToArray() });
        command.Parameters.Add(new NpgsqlParameter("granularities", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = periods.Select(p => p.Granularity).ToArray() });
        command.Parameters.Add(new NpgsqlParameter("starts", NpgsqlDbType.Array | NpgsqlDbType.Date) { Value = periods.Select(p => p.Start).ToArray() });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task<int> PublishLessonsAsync(
        NpgsqlConnection read, NpgsqlConnection write, List<DateOnly> weeks, string timeZone, int k, CancellationToken cancellationToken)
    {
        var rows = 0;
        await using var copy = await write.BeginBinaryImportAsync(
            "COPY insights.published_lessons (week_start, topic_id, direction, department_id, suppressed, lessons, people, minimum_group_size) FROM STDIN (FORMAT BINARY)",
            cancellationToken);
        foreach (var (from, to) in Runs(weeks))
        {
            await LessonsExport.ReadWeeksAsync(read, from, to, timeZone, k, byProgram: false, async (block, token) =>
            {
                foreach (var row in block)
                {
                    await WriteWeekRowAsync(copy, row.WeekStart, row.Topic, row.Direction, row.DepartmentId, row.Suppressed, row.Lessons, row.People, k, token);
                    rows++;
                }
            }, cancellationToken);
        }

        await copy.CompleteAsync(cancellationToken);
        return rows;
    }

    /// <summary>One published row of a week × topic × direction × department (lessons or notes): its count and people empty when suppressed.</summary>
    private static async Task WriteWeekRowAsync(
        NpgsqlBinaryImporter copy, DateOnly week, string topic, string direction, long? departmentId, bool suppressed, int count, int people, int k,
        CancellationToken cancellationToken)
    {
        await copy.StartRowAsync(cancellationToken);
        await copy.WriteAsync(week, NpgsqlDbType.Date, cancellationToken);
        await copy.WriteAsync(topic, NpgsqlDbType.Text, cancellationToken);
        await copy.WriteAsync(direction, NpgsqlDbType.Text, cancellationToken);
        await WriteNullableAsync(copy, departmentId, NpgsqlDbType.Bigint, cancellationToken);
        await copy.WriteAsync(suppressed, NpgsqlDbType.Boolean, cancellationToken);
        await WriteNullableAsync<int>(copy, suppressed ? null : count, NpgsqlDbType.Integer, cancellationToken);
        await WriteNullableAsync<int>(copy, suppressed ? null : people, NpgsqlDbType.Integer, cancellationToken);
        await copy.WriteAsync(k, NpgsqlDbType.Integer, cancellationToken);
    }

    private static async Task<int> PublishNotesAsync(
        NpgsqlConnection read, NpgsqlConnection write, List<DateOnly> weeks, string timeZone, int k, CancellationToken cancellationToken)
    {
        var rows = 0;
        await using var copy = await write.BeginBinaryImportAsync(
            "COPY insights.published_knowledge_flow (week_start, topic_id, direction, department_id, suppressed, notes, authors, minimum_group_size) FROM STDIN (FORMAT BINARY)",
            cancellationToken);
        foreach (var (from, to) in Runs(weeks))
        {
            await WeeklyNoteFlow.ReadWeeksAsync(read, from, to, timeZone, k, async (block, token) =>
            {
                foreach (var row in block)
                {
                    await WriteWeekRowAsync(copy, row.WeekStart, row.Topic, row.Direction, row.DepartmentId, row.Suppressed, row.Notes, row.Authors, k, token);
                    rows++;
                }
            }, cancellationToken);
        }

        await copy.CompleteAsync(cancellationToken);
        return rows;
    }

    private async Task<int> PublishTrendsAsync(
        NpgsqlConnection read, NpgsqlConnection write, List<(string Granularity, DateOnly Start)> periods, string timeZone, int k, CancellationToken cancellationToken)
    {
        var rows = 0;
        if (periods.Count == 0)
        {
            return rows;
        }

        // The lessons column follows the lessons rule (TopicTrendLessons): the lessons of the periods' span, read in step.
        await using var lessons = await TopicTrendLessons.OpenAsync(
            dataSource, periods.Min(p => p.Start), periods.Max(p => p.Start), timeZone, k, cancellationToken);
        await using var copy = await write.BeginBinaryImportAsync(
            "COPY insights.published_topic_trends (granularity, period_start, topic_id, suppressed, notes, share, upward, downward, mutual, lessons, people, minimum_group_size) FROM STDIN (FORMAT BINARY)",
            cancellationToken);
        await using (var command = new NpgsqlCommand($"""
            SELECT {TopicTrendsExport.RowColumns}
            FROM insights.topic_trends t
            JOIN unnest(@granularities, @starts) AS p(granularity, period_start) USING (granularity, period_start)
            ORDER BY granularity DESC, period_start, topic_id
            """, read))
        {
            command.Parameters.Add(new NpgsqlParameter("granularities", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = periods.Select(p => p.Granularity).ToArray() });
            command.Parameters.Add(new NpgsqlParameter("starts", NpgsqlDbType.Array | NpgsqlDbType.Date) { Value = periods.Select(p => p.Start).ToArray() });
            await TopicTrendsExport.ReadPeriodsAsync(command, k, lessons, async (block, token) =>
            {
                foreach (var row in block)
                {
                    var hide = row.Suppressed;
                    await copy.StartRowAsync(token);
                    await copy.WriteAsync(row.Granularity, NpgsqlDbType.Text, token);
                    await copy.WriteAsync(row.PeriodStart, NpgsqlDbType.Date, token);
                    await copy.WriteAsync(row.Topic, NpgsqlDbType.Text, token);
                    await copy.WriteAsync(hide, NpgsqlDbType.Boolean, token);
                    await WriteNullableAsync<int>(copy, hide ? null : row.Notes, NpgsqlDbType.Integer, token);
                    await WriteNullableAsync(copy, hide ? null : row.Share, NpgsqlDbType.Double, token);
                    await WriteNullableAsync<int>(copy, hide ? null : row.Upward, NpgsqlDbType.Integer, token);
                    await WriteNullableAsync<int>(copy, hide ? null : row.Downward, NpgsqlDbType.Integer, token);
                    await WriteNullableAsync<int>(copy, hide ? null : row.Mutual, NpgsqlDbType.Integer, token);
                    await WriteNullableAsync<int>(copy, hide || row.LessonsHidden ? null : row.Lessons, NpgsqlDbType.Integer, token);
                    await WriteNullableAsync<int>(copy, hide ? null : row.People, NpgsqlDbType.Integer, token);
                    await copy.WriteAsync(k, NpgsqlDbType.Integer, token);
                    rows++;
                }
            }, cancellationToken);
        }

        await copy.CompleteAsync(cancellationToken);
        return rows;
    }

    /// <summary>Sorted week starts as runs of consecutive weeks: (first Monday, last Sunday) — one query per run.</summary>
    private static IEnumerable<(DateOnly From, DateOnly To)> Runs(List<DateOnly> weeks)
    {
        for (var i = 0; i < weeks.Count;)
        {
            var j = i;
            while (j + 1 < weeks.Count && weeks[j + 1] == weeks[j].AddDays(7))
            {
                j++;
            }

            yield return (weeks[i], weeks[j].AddDays(6));
            i = j + 1;
        }
    }

    private static async Task WriteNullableAsync<T>(NpgsqlBinaryImporter copy, T? value, NpgsqlDbType type, CancellationToken cancellationToken)
        where T : struct
    {
        if (value is { } v)
        {
            await copy.WriteAsync(v, type, cancellationToken);
        }
        else
        {
            await copy.WriteNullAsync(cancellationToken);
        }
    }

    private static async Task<List<DateOnly>> DatesAsync(NpgsqlConnection connection, string sql, string timeZone, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("zone", timeZone);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var dates = new List<DateOnly>();
        while (await reader.ReadAsync(cancellationToken))
        {
            if (!reader.IsDBNull(0))
            {
                dates.Add(reader.GetFieldValue<DateOnly>(0));
            }
        }

        return dates;
    }

    private static async Task<List<(string, DateOnly)>> PeriodsAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var periods = new List<(string, DateOnly)>();
        while (await reader.ReadAsync(cancellationToken))
        {
            periods.Add((reader.GetString(0), reader.GetFieldValue<DateOnly>(1)));
        }

        return periods;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken, params (string Name, object Value)[] parameters)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
