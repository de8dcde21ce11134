using System.Diagnostics;
using Npgsql;

namespace MentorGraph.Persistence.Migrations;

/// <summary>
/// Applies the migrations of a folder to a database, oldest first, each in its own transaction, and
/// records each in <c>schema_migrations</c> (version, name, checksum, applied_at) in that same transaction.
/// It refuses to run when an applied migration's file was changed, renamed or removed, or when a new
/// migration is numbered below the latest applied one. A PostgreSQL advisory lock makes concurrent
/// runners against one database take turns, so each migration is applied exactly once.
/// </summary>
public sealed class MigrationRunner
{
    /// <summary>The advisory lock key: "MGMIGR" in ASCII, so other users of advisory locks can avoid it.</summary>
    public const long AdvisoryLockKey = 0x4D474D494752;

    public const string HistoryTable = "schema_migrations";

    private readonly MigrationRunnerOptions options;

    public MigrationRunner(MigrationRunnerOptions? options = null)
    {
        this.options = options ?? new MigrationRunnerOptions();
    }

    /// <summary>Loads the folder and brings the database up to date.</summary>
    /// <exception cref="MigrationException">Any reason the database could not be brought up to date.</exception>
    public Task<MigrationResult> RunAsync(string connectionString, string migrationsDirectory, CancellationToken cancellationToken = default)
        => RunAsync(connectionString, MigrationDirectory.Load(migrationsDirectory), cancellationToken);

    /// <summary>Brings the database up to date with already loaded <paramref name="migrations"/>.</summary>
    /// <exception cref="MigrationException">Any reason the database could not be brought up to date.</exception>
    public async Task<MigrationResult> RunAsync(string connectionString, IReadOnlyList<Migration> migrations, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(connectionString, cancellationToken);
        await AcquireLockAsync(connection, cancellationToken);
        try
        {
            var applied = await ReadHistoryAsync(connection, cancellationToken);
            var pending = Plan(migrations, applied);
            var done = new List<AppliedMigration>();
            foreach (var migration in pending)
            {
                done.Add(await ApplyAsync(connection, migration, cancellationToken));
            }

            return new MigrationResult(done, applied.Count);
        }
        finally
        {
            await ReleaseLockAsync(connection);
        }
    }

    private static async Task<NpgsqlConnection> OpenAsync(string connectionString, CancellationToken cancellationToken)
    {
        var connection = new NpgsqlConnection(connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            return connection;
        }
        catch (Exception ex) when (ex is NpgsqlException or TimeoutException)
        {
            await connection.DisposeAsync();
            throw new MigrationException(
                $"Could not connect to the database ({ConnectionStringResolver.Describe(connectionString)}): {ex.Message}", ex);
        }
    }

    private async Task AcquireLockAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        var timeoutMs = (long)options.LockTimeout.TotalMilliseconds;
        await ExecuteAsync(connection, $"SET lock_timeout = {Math.Max(1, timeoutMs)}", cancellationToken);
        try
        {
            await ExecuteAsync(connection, $"SELECT pg_advisory_lock({AdvisoryLockKey})", cancellationToken);
        }
        catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.LockNotAvailable)
        {
            throw new MigrationException(
                $"Another process has been applying migrations to this database for over {options.LockTimeout.TotalSeconds:0.#} s; gave up waiting for it.", ex);
        }

        await ExecuteAsync(connection, "RESET lock_timeout", cancellationToken);
    }

    private static async Task ReleaseLockAsync(NpgsqlConnection connection)
    {
        try
        {
            if (connection.FullState == System.Data.ConnectionState.Open)
            {
                await ExecuteAsync(connection, $"SELECT pg_advisory_unlock({AdvisoryLockKey})", CancellationToken.None);
            }
        }
        catch (NpgsqlException)
        {
            // The connection broke (e.g. a timed-out migration); the server released the lock with the
            // session, and the error that got us here is the one worth reporting.
        }
    }

    /// <summary>Creates the history table when missing and reads it: version → (name, checksum).</summary>
    private static async Task<Dictionary<long, (string Name, string Checksum)>> ReadHistoryAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        try
        {
            await ExecuteAsync(connection, $"""
                CREATE TABLE IF NOT EXISTS {HistoryTable} (
                    version    bigint      PRIMARY KEY,
                    name       text        NOT NULL,
                    checksum   text        NOT NULL,
                    applied_at timestamptz NOT NULL DEFAULT now()
                )
                """, cancellationToken);
            var history = new Dictionary<long, (string, string)>();
            await using var command = new NpgsqlCommand($"SELECT version, name, checksum FROM {HistoryTable}", connection);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                history[reader.GetInt64(0)] = (reader.GetString(1), reader.GetString(2));
            }

            return history;
        }
        catch (PostgresException ex)
        {
            throw new MigrationException($"Could not create or read the {HistoryTable} table: {ex.SqlState}: {ex.MessageText}", ex);
        }
    }

    /// <summary>Checks the history against the files and returns the migrations still to apply.</summary>
    private static List<Migration> Plan(IReadOnlyList<Migration> migrations, Dictionary<long, (string Name, string Checksum)> applied)
    {
        var byVersion = migrations.ToDictionary(m => m.Version);
        var problems = new List<string>();
        foreach (var (version, record) in applied.OrderBy(a => a.Key))
        {
            var label = $"{version:0000}_{record.Name}";
            if (!byVersion.TryGetValue(version, out var file))
            {
                problems.Add($"migration {label} was applied to this database but its file is missing.");
            }
            else if (file.Name != record.Name)
            {
                problems.Add($"migration {label} was applied under that name but its file is now '{file.FileName}'.");
            }
            else if (file.Checksum != record.Checksum)
            {
                problems.Add($"'{file.FileName}' was changed after it was applied (checksum {record.Checksum[..12]}… recorded, {file.Checksum[..12]}… now). Put the change in a new migration instead.");
            }
        }

        var pending = migrations.Where(m => !applied.ContainsKey(m.Version)).OrderBy(m => m.Version).ToList();
        var latest = applied.Count == 0 ? 0 : applied.Keys.Max();
        foreach (var late in pending.Where(m => m.Version < latest))
        {
            problems.Add($"'{late.FileName}' is numbered below the latest applied migration ({latest}); give it a version above {latest}.");
        }

        if (problems.Count > 0)
        {
            throw new MigrationException(
                $"Refusing to migrate; {problems.Count} problem(s):{Environment.NewLine}  - "
                + string.Join($"{Environment.NewLine}  - ", problems));
        }

        return pending;
    }

    private async Task<AppliedMigration> ApplyAsync(NpgsqlConnection connection, Migration migration, CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        try
        {
            await using (var command = new NpgsqlCommand(migration.Sql, connection, transaction))
            {
                command.CommandTimeout = (int)Math.Ceiling(options.CommandTimeout.TotalSeconds);
                await command.ExecuteNonQueryAsync(cancellationToken);
            }

            await using (var record = new NpgsqlCommand(
                $"INSERT INTO {HistoryTable} (version, name, checksum) VALUES (@version, @name, @checksum)", connection, transaction))
            {
                record.Parameters.AddWithValue("version", migration.Version);
                record.Parameters.AddWithValue("name", migration.Name);
                record.Parameters.AddWithValue("checksum", migration.Checksum);
                await record.ExecuteNonQueryAsync(cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
        }
        catch (PostgresException ex)
        {
            throw new MigrationException(
                $"Migration '{migration.FileName}' failed and was rolled back: {ex.SqlState}: {ex.MessageText}"
                + (ex.Detail is { Length: > 0 } detail ? $" ({detail})" : ""), ex);
        }
        catch (NpgsqlException ex)
        {
            throw new MigrationException($"Migration '{migration.FileName}' was not applied: {ex.Message}", ex);
        }

        return new AppliedMigration(migration, stopwatch.Elapsed);
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
