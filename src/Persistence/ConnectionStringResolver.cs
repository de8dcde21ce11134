using Npgsql;

namespace MentorGraph.Persistence;

/// <summary>
/// Finds the database to use: the configured connection string (the host reads it from its settings and
/// passes it in), else the private cluster's <c>.pgdata/dev/url</c> file that <c>scripts/pg start</c>
/// writes (looked for in the given folders and their parents). Reads no environment variables.
/// </summary>
public sealed class ConnectionStringResolver
{
    /// <summary>Written by <c>scripts/pg start</c> while the dev cluster runs, relative to the checkout root.</summary>
    public const string ClusterUrlFile = ".pgdata/dev/url";

    private readonly IReadOnlyList<string> searchDirectories;

    public ConnectionStringResolver(IReadOnlyList<string> searchDirectories)
    {
        this.searchDirectories = searchDirectories;
    }

    /// <summary>The connection string and a phrase saying where it came from.</summary>
    /// <param name="configured">The configured connection string, if any.</param>
    /// <param name="configuredSource">Where <paramref name="configured"/> came from, e.g. "the command line".</param>
    /// <exception cref="DatabaseConfigurationException">None is configured, or the one found is malformed.</exception>
    public ResolvedConnectionString Resolve(string? configured, string configuredSource)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return Validated(configured, configuredSource);
        }

        var urlFile = UpwardSearch.FindFile(searchDirectories, ClusterUrlFile);
        if (urlFile is not null)
        {
            var fromFile = File.ReadAllText(urlFile).Trim();
            if (fromFile.Length > 0)
            {
                return Validated(fromFile, urlFile);
            }
        }

        throw new DatabaseConfigurationException(
            "No database is configured: set Database:ConnectionString (the environment variable MENTORGRAPH_DB or "
            + "Database__ConnectionString, or --db) to an Npgsql connection string, "
            + "or start the private cluster with 'scripts/pg start' in the checkout.");
    }

    /// <summary>Host, port, database and user of a connection string, never its password; for messages and logs.</summary>
    public static string Describe(string connectionString)
    {
        try
        {
            var builder = new NpgsqlConnectionStringBuilder(connectionString);
            return $"host {builder.Host ?? "?"}, port {builder.Port}, database {builder.Database ?? "(default)"}, user {builder.Username ?? "(default)"}";
        }
        catch (ArgumentException)
        {
            return "malformed connection string";
        }
    }

    private static ResolvedConnectionString Validated(string connectionString, string source)
    {
        try
        {
            _ = new NpgsqlConnectionStringBuilder(connectionString);
        }
        catch (ArgumentException ex)
        {
            throw new DatabaseConfigurationException($"The connection string from {source} is not valid: {ex.Message}");
        }

        return new ResolvedConnectionString(connectionString, source);
    }
}

/// <summary>A connection string and where it came from (e.g. "the MENTORGRAPH_DB environment variable").</summary>
public sealed record ResolvedConnectionString(string Value, string Source)
{
    /// <summary>Never shows the password.</summary>
    public override string ToString() => $"{ConnectionStringResolver.Describe(Value)} (from {Source})";
}

/// <summary>No usable database configuration; the message says what to set.</summary>
public sealed class DatabaseConfigurationException(string message) : Exception(message);
