using System.Diagnostics;
using Npgsql;

namespace MentorGraph.Tests.Support;

/// <summary>
/// The PostgreSQL server the integration tests use, once per test assembly (an xunit collection
/// fixture): <c>MENTORGRAPH_TEST_DB</c> when set (its user needs CREATEDB), else the checkout's private
/// <c>test</c> cluster, started with <c>scripts/pg --name test start</c>. Tests never touch the database of
/// that connection string itself; they get their own with <see cref="CreateDatabaseAsync"/> or
/// <see cref="FreshDatabaseFixture"/>. The cluster is left running for other test assemblies that share
/// it: <c>scripts/test</c> stops it, or stop it by hand with <c>scripts/pg --name test stop</c>.
/// </summary>
public sealed class PostgresServerFixture : IAsyncLifetime
{
    public const string EnvironmentVariable = "MENTORGRAPH_TEST_DB";

    private static readonly TimeSpan ClusterStartTimeout = TimeSpan.FromMinutes(3);

    private string? serverConnectionString;

    /// <summary>Connection string of the server's own database, for creating and dropping test databases.</summary>
    public string ServerConnectionString =>
        serverConnectionString ?? throw new InvalidOperationException("The PostgreSQL fixture was not initialized.");

    public async Task InitializeAsync()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable(EnvironmentVariable);
        var connectionString = string.IsNullOrWhiteSpace(fromEnvironment) ? await StartPrivateClusterAsync() : fromEnvironment;
        try
        {
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync();
        }
        catch (NpgsqlException ex)
        {
            var origin = string.IsNullOrWhiteSpace(fromEnvironment) ? "the private test cluster" : EnvironmentVariable;
            throw new InvalidOperationException($"Cannot connect to the test PostgreSQL server from {origin}: {ex.Message}", ex);
        }

        serverConnectionString = connectionString;
    }

    public Task DisposeAsync() => Task.CompletedTask;

    /// <summary>Creates an empty database with a unique name; disposing the result drops it.</summary>
    public async Task<TestDatabase> CreateDatabaseAsync()
    {
        var name = $"mg_test_{DateTime.UtcNow:yyyyMMddHHmmss}_{Guid.NewGuid():N}"[..40];
        await using (var connection = new NpgsqlConnection(ServerConnectionString))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await command.ExecuteNonQueryAsync();
        }

        var builder = new NpgsqlConnectionStringBuilder(ServerConnectionString) { Database = name };
        return new TestDatabase(name, builder.ConnectionString, this);
    }

    internal async Task DropDatabaseAsync(TestDatabase database)
    {
        await using (var pooled = new NpgsqlConnection(database.ConnectionString))
        {
            NpgsqlConnection.ClearPool(pooled);
        }

        await using var connection = new NpgsqlConnection(ServerConnectionString);
        await connection.OpenAsync();
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await DropAsync(connection, database.Name);
                return;
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.ObjectInUse && attempt < DropAttempts)
            {
                // A session that neither FORCE nor the plain DROP's wait ended (under load, an autovacuum worker
                // that started again, or a child process of the test still closing its connection): try again.
                await Task.Delay(DropRetryDelay);
            }
        }
    }

    /// <summary>How often dropping a test database is tried while something is still connected to it.</summary>
    private const int DropAttempts = 10;

    private static readonly TimeSpan DropRetryDelay = TimeSpan.FromMilliseconds(500);

    private static async Task DropAsync(NpgsqlConnection connection, string name)
    {
        try
        {
            await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
            await command.ExecuteNonQueryAsync();
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.InsufficientPrivilege)
        {
            // An autovacuum worker (a superuser's process, which FORCE may not end for a plain user) is in the
            // database; a plain DROP DATABASE stops autovacuum workers itself. Our own connections are closed.
            await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\"", connection);
            await command.ExecuteNonQueryAsync();
        }
    }

    private static async Task<string> StartPrivateClusterAsync()
    {
        var root = FindCheckoutRoot();
        var script = Path.Combine(root, "scripts", "pg");
        var start = new ProcessStartInfo("bash")
        {
            ArgumentList = { script, "--name", "test", "start" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = root,
        };
        using var process = Process.Start(start)
            ?? throw new InvalidOperationException("Could not run bash to start the private test cluster.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(ClusterStartTimeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"'{script} --name test start' did not finish within {ClusterStartTimeout.TotalMinutes} minutes.");
        }

        var output = (await stdout).Trim();
        if (process.ExitCode != 0 || output.Length == 0)
        {
            throw new InvalidOperationException(
                $"'{script} --name test start' failed (exit {process.ExitCode}); set {EnvironmentVariable} to use another server.{Environment.NewLine}{await stderr}");
        }

        return output.Split('\n')[^1].Trim();
    }

    private static string FindCheckoutRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "MentorGraph.sln"))
                && File.Exists(Path.Combine(directory.FullName, "scripts", "pg")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException(
            $"No checkout (MentorGraph.sln with scripts/pg) above {AppContext.BaseDirectory}; set {EnvironmentVariable} instead.");
    }
}

/// <summary>Groups the test classes that use PostgreSQL so they share one <see cref="PostgresServerFixture"/>.</summary>
[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresServerFixture>
{
    public const string Name = "PostgreSQL";
}
