using MentorGraph.Api.Configuration;
using MentorGraph.Persistence;
using Npgsql;

namespace MentorGraph.Api.Hosting;

/// <summary>The database the program uses, and where its connection string came from (for the start-up log; never the password).</summary>
public sealed record DatabaseConnection(string ConnectionString, string Source)
{
    public const string Key = "Database:ConnectionString";

    /// <summary>
    /// <c>Database:ConnectionString</c> when set (by <c>--db</c>, <c>MENTORGRAPH_DB</c>, <c>Database__ConnectionString</c> or a
    /// settings file), else the private dev cluster's url file found from the working directory or the program's folder.
    /// </summary>
    /// <exception cref="DatabaseConfigurationException">No database is configured and no dev cluster runs.</exception>
    public static DatabaseConnection Resolve(DatabaseSettings settings, IConfiguration configuration)
    {
        var resolved = new ConnectionStringResolver([Directory.GetCurrentDirectory(), AppContext.BaseDirectory])
            .Resolve(settings.ConnectionString, SettingSources.Describe(configuration, Key) ?? "the configuration");
        return new DatabaseConnection(resolved.Value, resolved.Source);
    }

    /// <summary>
    /// The process's one connection pool over this database, with the pool settings of <paramref name="settings"/>
    /// (<see cref="DatabaseSettings.MaxAutoPrepare"/>, <see cref="DatabaseSettings.ResetOnClose"/>) where the connection
    /// string does not set them itself.
    /// </summary>
    public NpgsqlDataSource CreateDataSource(DatabaseSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var builder = new NpgsqlDataSourceBuilder(ConnectionString);
        // The keys the text itself names (NpgsqlConnectionStringBuilder knows every keyword, set or not).
        var given = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = ConnectionString }.Keys
            .Cast<string>().Select(k => k.Replace(" ", string.Empty, StringComparison.Ordinal).ToLowerInvariant()).ToHashSet();
        if (!given.Contains("maxautoprepare"))
        {
            builder.ConnectionStringBuilder.MaxAutoPrepare = settings.MaxAutoPrepare;
        }

        if (!given.Contains("noresetonclose"))
        {
            builder.ConnectionStringBuilder.NoResetOnClose = !settings.ResetOnClose;
        }

        return builder.Build();
    }

    /// <summary>Host, port, database and user, never the password.</summary>
    public override string ToString() => $"{ConnectionStringResolver.Describe(ConnectionString)} (from {Source})";
}
