using Npgsql;

namespace MentorGraph.Persistence.Insights;

/// <summary>
/// The engagement rollup of migration 0016 (<c>insights.engagement_days</c>: per local day, program and the two people's
/// departments, the sessions held, feedback on them and lessons recorded) over the process's <see cref="NpgsqlDataSource"/>.
/// As <see cref="TopicTrendTables"/>: <see cref="RefreshAsync"/> recomputes only the days whose rows changed since the last
/// refresh (the database's triggers record them, whoever wrote), <see cref="RebuildAsync"/> every day, both with one SQL
/// function, so they give the same numbers.
/// </summary>
public sealed class EngagementDays(NpgsqlDataSource dataSource)
{
    /// <summary>
    /// Brings the rollup up to date in <paramref name="timeZone"/> (an IANA name); rebuilds it when it was computed in another
    /// zone, or never, or something re-filed history (a person's department). Returns the days recomputed (0: nothing changed).
    /// </summary>
    public Task<int> RefreshAsync(string timeZone, CancellationToken cancellationToken) =>
        ScalarAsync("SELECT insights.refresh_engagement_days(@zone)", timeZone, cancellationToken, timeoutSeconds: 0);

    /// <summary>Empties the rollup and computes every day again in <paramref name="timeZone"/>. Returns the days computed.</summary>
    public Task<int> RebuildAsync(string timeZone, CancellationToken cancellationToken) =>
        ScalarAsync("SELECT insights.rebuild_engagement_days(@zone)", timeZone, cancellationToken, timeoutSeconds: 0);

    /// <param name="timeoutSeconds">0: none — a refresh may turn into a rebuild, which reads all history (seconds on millions of sessions).</param>
    private async Task<int> ScalarAsync(string sql, string timeZone, CancellationToken cancellationToken, int timeoutSeconds)
    {
        await using var command = dataSource.CreateCommand(sql);
        command.CommandTimeout = timeoutSeconds;
        command.Parameters.AddWithValue("zone", timeZone);
        return (int)(await command.ExecuteScalarAsync(cancellationToken))!;
    }
}
