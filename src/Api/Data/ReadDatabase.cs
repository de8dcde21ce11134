using MentorGraph.Api.Configuration;
using MentorGraph.Api.Hosting;
using MentorGraph.Persistence;
using MentorGraph.Persistence.Insights;
using Npgsql;

namespace MentorGraph.Api.Data;

/// <summary>
/// The database that insight queries and exports read: a read replica when <c>Database:ReadOnlyConnectionString</c>
/// is set (its own connection pool, with the primary's pool settings), else the primary's pool. Only reads go through
/// it — aggregates over the trend tables and the exports' streams — so they can be moved off the primary that takes
/// the writes; a replica lags the primary by its replication delay, which the trend tables' minute refresh already
/// exceeds. Everything that writes (and the refresh of the trend tables) keeps using the primary's
/// <see cref="NpgsqlDataSource"/>.
/// </summary>
public sealed class ReadDatabase : IAsyncDisposable
{
    public const string ReplicaKey = "Database:ReadOnlyConnectionString";

    private readonly NpgsqlDataSource? _replica;

    public ReadDatabase(NpgsqlDataSource primary, NpgsqlDataSource? replica)
    {
        ArgumentNullException.ThrowIfNull(primary);
        _replica = replica;
        DataSource = replica ?? primary;
        TopicTrends = new TopicTrendTables(DataSource);
    }

    /// <summary>The pool reads go through: the replica's, or the primary's when none is configured.</summary>
    public NpgsqlDataSource DataSource { get; }

    /// <summary>Whether reads go to a replica.</summary>
    public bool IsReplica => _replica is not null;

    /// <summary>The trend tables, read through <see cref="DataSource"/> (read only: refreshing them is the primary's).</summary>
    public TopicTrendTables TopicTrends { get; }

    /// <summary>A context over <see cref="DataSource"/> for reads the domain's model expresses best; the caller disposes it.</summary>
    public MentorGraphDbContext CreateContext() => MentorGraphDatabase.CreateContext(DataSource);

    /// <summary>The process's read database, from the settings and the primary's pool.</summary>
    public static ReadDatabase Create(IServiceProvider provider)
    {
        var settings = provider.GetRequiredService<DatabaseSettings>();
        var primary = provider.GetRequiredService<NpgsqlDataSource>();
        return string.IsNullOrWhiteSpace(settings.ReadOnlyConnectionString)
            ? new ReadDatabase(primary, null)
            : new ReadDatabase(primary, new DatabaseConnection(settings.ReadOnlyConnectionString, ReplicaKey).CreateDataSource(settings));
    }

    public ValueTask DisposeAsync() => _replica?.DisposeAsync() ?? ValueTask.CompletedTask;
}
