using Npgsql;
using NpgsqlTypes;

namespace MentorGraph.Persistence.Insights;

/// <summary>
/// The trend tables of migration 0011 (<c>insights.topic_trends</c>) over the process's <see cref="NpgsqlDataSource"/>.
/// The arithmetic is in SQL (<c>insights.compute_topic_trends</c>), one function for both ways of keeping them:
/// <see cref="RefreshAsync"/> recomputes only the weeks and months whose labels changed since the last refresh (the
/// database's triggers record them, whoever wrote), <see cref="RebuildAsync"/> every period. So the two give the same
/// numbers, and a refresh is cheap enough to call after every batch of classifications.
/// </summary>
public sealed class TopicTrendTables(NpgsqlDataSource dataSource)
{
    /// <summary>
    /// Brings the tables up to date: recomputes the periods changed since the last refresh, in
    /// <paramref name="timeZone"/> (an IANA name). When they were computed in another zone, or never, rebuilds them.
    /// Safe in several processes at once (they take turns). Returns the periods recomputed (0: nothing changed).
    /// </summary>
    /// <remarks>
    /// The knowledge-flow cells of migration 0013 (<c>insights.knowledge_flow_cells</c>, read by
    /// <see cref="KnowledgeFlowQuery"/>) are refreshed in the same statement, the same way; the count returned is the trend
    /// tables' periods.
    /// </remarks>
    public Task<int> RefreshAsync(string timeZone, CancellationToken cancellationToken) =>
        ScalarAsync("SELECT insights.refresh_topic_trends(@zone), insights.refresh_knowledge_flow(@zone)", timeZone, cancellationToken);

    /// <summary>Empties the tables and computes every period again in <paramref name="timeZone"/>. Returns the periods computed.</summary>
    /// <remarks>
    /// Rebuilds the knowledge-flow cells and suggestedPairings' profiles (<c>insights.pairing_profiles</c>, migration 0018,
    /// otherwise kept current by triggers) too, in the same statement; the count returned is the trend tables' periods.
    /// </remarks>
    public Task<int> RebuildAsync(string timeZone, CancellationToken cancellationToken) =>
        ScalarAsync(
            "SELECT insights.rebuild_topic_trends(@zone), insights.rebuild_knowledge_flow(@zone), insights.rebuild_pairing_profiles()",
            timeZone, cancellationToken, timeoutSeconds: 0);

    /// <summary>
    /// The rows of one granularity whose period starts from <paramref name="firstStart"/> to <paramref name="lastStart"/>
    /// (inclusive), by period then topic. Topic-periods without a row had no note and no lesson.
    /// </summary>
    public async Task<IReadOnlyList<TopicTrendRow>> ReadAsync(
        TrendPeriod granularity, DateOnly firstStart, DateOnly lastStart, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("""
            SELECT period_start, topic_id, notes, share, upward, downward, mutual, lessons, people
            FROM insights.topic_trends
            WHERE granularity = @granularity AND period_start BETWEEN @first AND @last
            ORDER BY period_start, topic_id
            """);
        command.Parameters.AddWithValue("granularity", GranularityText(granularity));
        command.Parameters.Add(new NpgsqlParameter("first", NpgsqlDbType.Date) { Value = firstStart });
        command.Parameters.Add(new NpgsqlParameter("last", NpgsqlDbType.Date) { Value = lastStart });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<TopicTrendRow>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(new TopicTrendRow(
                granularity,
                reader.GetFieldValue<DateOnly>(0),
                reader.GetString(1),
                reader.GetInt32(2),
                reader.IsDBNull(3) ? null : reader.GetDouble(3),
                reader.GetInt32(4),
                reader.GetInt32(5),
                reader.GetInt32(6),
                reader.GetInt32(7),
                reader.GetInt32(8)));
        }

        return rows;
    }

    /// <summary>The period a local date falls in: its ISO week's Monday, or its month's 1st.</summary>
    public static DateOnly PeriodStart(TrendPeriod granularity, DateOnly day) => granularity == TrendPeriod.Week
        ? day.AddDays(-(((int)day.DayOfWeek + 6) % 7))
        : new DateOnly(day.Year, day.Month, 1);

    /// <summary>The start of the period after the one starting at <paramref name="start"/>.</summary>
    public static DateOnly NextStart(TrendPeriod granularity, DateOnly start) =>
        granularity == TrendPeriod.Week ? start.AddDays(7) : start.AddMonths(1);

    private static string GranularityText(TrendPeriod granularity) => granularity == TrendPeriod.Week ? "WEEK" : "MONTH";

    /// <param name="timeoutSeconds">Null: the connection's; 0: none (a rebuild reads all history, minutes on millions of notes).</param>
    private async Task<int> ScalarAsync(string sql, string timeZone, CancellationToken cancellationToken, int? timeoutSeconds = null)
    {
        await using var command = dataSource.CreateCommand(sql);
        if (timeoutSeconds is { } timeout)
        {
            command.CommandTimeout = timeout;
        }

        command.Parameters.AddWithValue("zone", timeZone);
        return (int)(await command.ExecuteScalarAsync(cancellationToken))!;
    }
}
