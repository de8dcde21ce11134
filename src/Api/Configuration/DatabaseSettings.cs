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

    /// <summary>Whether <c>serve</c> applies the migrations before listening (<c>--no-migrate</c>, alias <c>MENTORGRAPH_MIGRATE_ON_START</c>).</summary>
    public bool MigrateOnStart { get; set; } = true;

    /// <summary>The migrations folder (<c>--migrations</c> / <c>migrate --dir</c>); by default <c>db/migrations</c> of the checkout or beside the program.</summary>
    public string? MigrationsDirectory { get; set; }

    public IEnumerable<SettingProblem> Problems()
    {
        if (!string.IsNullOrWhiteSpace(ConnectionString))
        {
            string? error = null;
            try
            {
                _ = new Npgsql.NpgsqlConnectionStringBuilder(ConnectionString);
            }
            catch (ArgumentException e)
            {
                error = e.Message;
            }

            if (error is not null)
            {
                yield return new(nameof(ConnectionString), $"is not a valid Npgsql connection string: {error}");
            }
        }
    }
}
