namespace MentorGraph.Api.Configuration;

/// <summary>The database (section <c>Database</c>).</summary>
public sealed class DatabaseSettings : ISettingsSection
{
    public static string SectionName => "Database";

    /// <summary>
    /// An Npgsql connection string (<c>--db</c>, alias <c>MENTORGRAPH_DB</c>). When empty, the private dev
    /// cluster's <c>.pgdata/dev/url</c> (written by <c>scripts/pg start</c>) is used.
    /// </summary>
    public string? ConnectionString { get; set; }

    /// <summary>
    /// An optional Npgsql connection string of a read replica (a streaming-replication standby of the same database)
    /// that the insight queries and the exports read instead of the primary (<c>Data/ReadDatabase</c>); when empty they
    /// read the primary. Writes never go there.
    /// </summary>
    public string? ReadOnlyConnectionString { get; set; }

    /// <summary>Whether <c>serve</c> applies the migrations before listening (<c>--no-migrate</c>, alias <c>MENTORGRAPH_MIGRATE_ON_START</c>).</summary>
    public bool MigrateOnStart { get; set; } = true;

    /// <summary>The migrations folder (<c>--migrations</c> / <c>migrate --dir</c>); by default <c>db/migrations</c> of the checkout or beside the program.</summary>
    public string? MigrationsDirectory { get; set; }

    /// <summary>
    /// How many of the most used statements each connection keeps prepared (Npgsql's <c>Max Auto Prepare</c>), so PostgreSQL
    /// parses and plans them once per connection rather than on every request; 0 prepares none. A connection string that sets
    /// <c>Max Auto Prepare</c> itself wins.
    /// </summary>
    public int MaxAutoPrepare { get; set; } = 100;

    /// <summary>
    /// Whether a connection returned to the pool is reset (Npgsql sends <c>DISCARD ALL</c> before its next use). The server
    /// sets no session state, so by default it is not (Npgsql's <c>No Reset On Close</c>): a request's statements each open
    /// and close a pooled connection, and each reset was a statement of its own. A connection string that sets
    /// <c>No Reset On Close</c> itself wins.
    /// </summary>
    public bool ResetOnClose { get; set; }

    public IEnumerable<SettingProblem> Problems()
    {
        if (MaxAutoPrepare is < 0 or > 10_000)
        {
            yield return new(nameof(MaxAutoPrepare), $"must be from 0 to 10000 (it is {MaxAutoPrepare}).");
        }

        foreach (var (key, value) in new[] { (nameof(ConnectionString), ConnectionString), (nameof(ReadOnlyConnectionString), ReadOnlyConnectionString) })
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                continue;
            }

            string? error = null;
            try
            {
                _ = new Npgsql.NpgsqlConnectionStringBuilder(value);
            }
            catch (ArgumentException e)
            {
                error = e.Message;
            }

            if (error is not null)
            {
                yield return new(key, $"is not a valid Npgsql connection string: {error}");
            }
        }
    }
}
