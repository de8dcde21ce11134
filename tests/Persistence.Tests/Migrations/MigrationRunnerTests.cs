using MentorGraph.Persistence.Migrations;
using MentorGraph.Tests.Support;
using Npgsql;

namespace MentorGraph.Persistence.Tests.Migrations;

/// <summary>The runner against the real PostgreSQL; each test gets its own empty database.</summary>
[Collection(PostgresCollection.Name)]
public sealed class MigrationRunnerTests(PostgresServerFixture server) : IDisposable
{
    private readonly TempDirectory folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task Run_EmptyDatabase_AppliesAllInVersionOrderAndRecordsThem()
    {
        await using var db = await server.CreateDatabaseAsync();
        folder.Write("0010_third.sql", "INSERT INTO steps (step) VALUES ('third');");
        folder.Write("0001_first.sql", "CREATE TABLE steps (id serial PRIMARY KEY, step text NOT NULL);\nINSERT INTO steps (step) VALUES ('first');");
        folder.Write("0002_second.sql", "INSERT INTO steps (step) VALUES ('second');");

        var result = await new MigrationRunner().RunAsync(db.ConnectionString, folder.Path);

        Assert.Equal(["0001_first.sql", "0002_second.sql", "0010_third.sql"], result.Applied.Select(a => a.Migration.FileName));
        Assert.Equal(0, result.AlreadyApplied);
        Assert.Equal(["first", "second", "third"], await QueryStringsAsync(db, "SELECT step FROM steps ORDER BY id"));
        Assert.Equal(
            [
                $"1 first {MigrationChecksum.Of(File.ReadAllText(Path.Combine(folder.Path, "0001_first.sql")))}",
                $"2 second {MigrationChecksum.Of("INSERT INTO steps (step) VALUES ('second');")}",
                $"10 third {MigrationChecksum.Of("INSERT INTO steps (step) VALUES ('third');")}",
            ],
            await QueryStringsAsync(db, "SELECT version || ' ' || name || ' ' || checksum FROM schema_migrations ORDER BY version"));
        Assert.Equal(["3"], await QueryStringsAsync(db, "SELECT count(*)::text FROM schema_migrations WHERE applied_at > now() - interval '1 minute'"));
    }

    [Fact]
    public async Task Run_SecondTime_AppliesNothingAndChangesNothing()
    {
        await using var db = await server.CreateDatabaseAsync();
        folder.Write("0001_create.sql", "CREATE TABLE things (id int);");
        folder.Write("0002_fill.sql", "INSERT INTO things VALUES (1);");
        var runner = new MigrationRunner();
        await runner.RunAsync(db.ConnectionString, folder.Path);

        var second = await runner.RunAsync(db.ConnectionString, folder.Path);

        Assert.Empty(second.Applied);
        Assert.Equal(2, second.AlreadyApplied);
        Assert.Equal(["1"], await QueryStringsAsync(db, "SELECT count(*)::text FROM things"));
    }

    [Fact]
    public async Task Run_NewFileAfterEarlierRun_AppliesOnlyTheNewOne()
    {
        await using var db = await server.CreateDatabaseAsync();
        folder.Write("0001_create.sql", "CREATE TABLE things (id int);");
        var runner = new MigrationRunner();
        await runner.RunAsync(db.ConnectionString, folder.Path);
        folder.Write("0002_fill.sql", "INSERT INTO things VALUES (7);");

        var result = await runner.RunAsync(db.ConnectionString, folder.Path);

        Assert.Equal("0002_fill.sql", Assert.Single(result.Applied).Migration.FileName);
        Assert.Equal(1, result.AlreadyApplied);
        Assert.Equal(["7"], await QueryStringsAsync(db, "SELECT id::text FROM things"));
    }

    [Fact]
    public async Task Run_AppliedFileChanged_RefusesAndAppliesNothingNew()
    {
        await using var db = await server.CreateDatabaseAsync();
        folder.Write("0001_create.sql", "CREATE TABLE things (id int);");
        var runner = new MigrationRunner();
        await runner.RunAsync(db.ConnectionString, folder.Path);
        folder.Write("0001_create.sql", "CREATE TABLE things (id bigint);");
        folder.Write("0002_more.sql", "CREATE TABLE more_things (id int);");

        var error = await Assert.ThrowsAsync<MigrationException>(() => runner.RunAsync(db.ConnectionString, folder.Path));

        Assert.Contains("'0001_create.sql' was changed after it was applied", error.Message);
        Assert.Equal(["1"], await QueryStringsAsync(db, "SELECT version::text FROM schema_migrations"));
        Assert.Equal(["0"], await QueryStringsAsync(db, "SELECT count(*)::text FROM pg_tables WHERE tablename = 'more_things'"));
    }

    [Fact]
    public async Task Run_AppliedFileRemovedOrRenamed_Refuses()
    {
        await using var db = await server.CreateDatabaseAsync();
        folder.Write("0001_create.sql", "CREATE TABLE things (id int);");
        folder.Write("0002_fill.sql", "INSERT INTO things VALUES (1);");
        var runner = new MigrationRunner();
        await runner.RunAsync(db.ConnectionString, folder.Path);
        File.Delete(Path.Combine(folder.Path, "0001_create.sql"));
        File.Move(Path.Combine(folder.Path, "0002_fill.sql"), Path.Combine(folder.Path, "0002_fill_things.sql"));

        var error = await Assert.ThrowsAsync<MigrationException>(() => runner.RunAsync(db.ConnectionString, folder.Path));

        Assert.Contains("migration 0001_create was applied to this database but its file is missing", error.Message);
        Assert.Contains("migration 0002_fill was applied under that name but its file is now '0002_fill_things.sql'", error.Message);
    }

    [Fact]
    public async Task Run_DuplicateVersions_RefusesBeforeTouchingTheDatabase()
    {
        await using var db = await server.CreateDatabaseAsync();
        folder.Write("0001_a.sql", "CREATE TABLE a (id int);");
        folder.Write("0001_b.sql", "CREATE TABLE b (id int);");

        var error = await Assert.ThrowsAsync<MigrationException>(() => new MigrationRunner().RunAsync(db.ConnectionString, folder.Path));

        Assert.Contains("version 1 is used by more than one file", error.Message);
        Assert.Equal(["0"], await QueryStringsAsync(db, "SELECT count(*)::text FROM pg_tables WHERE schemaname = 'public'"));
    }

    [Fact]
    public async Task Run_FailingMigration_RollsItBackAndKeepsEarlierOnesApplied()
    {
        await using var db = await server.CreateDatabaseAsync();
        folder.Write("0001_good.sql", "CREATE TABLE good (id int);");
        folder.Write("0002_bad.sql", "CREATE TABLE half_done (id int);\nINSERT INTO missing_table VALUES (1);");
        folder.Write("0003_after.sql", "CREATE TABLE after_bad (id int);");

        var error = await Assert.ThrowsAsync<MigrationException>(() => new MigrationRunner().RunAsync(db.ConnectionString, folder.Path));

        Assert.Contains("Migration '0002_bad.sql' failed and was rolled back: 42P01: relation \"missing_table\" does not exist", error.Message);
        Assert.Equal(["good"], await QueryStringsAsync(db, "SELECT tablename::text FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'schema_migrations'"));
        Assert.Equal(["1"], await QueryStringsAsync(db, "SELECT version::text FROM schema_migrations"));
    }

    [Fact]
    public async Task Run_NewFileNumberedBelowLatestApplied_Refuses()
    {
        await using var db = await server.CreateDatabaseAsync();
        folder.Write("0001_a.sql", "CREATE TABLE a (id int);");
        folder.Write("0003_c.sql", "CREATE TABLE c (id int);");
        var runner = new MigrationRunner();
        await runner.RunAsync(db.ConnectionString, folder.Path);
        folder.Write("0002_b.sql", "CREATE TABLE b (id int);");

        var error = await Assert.ThrowsAsync<MigrationException>(() => runner.RunAsync(db.ConnectionString, folder.Path));

        Assert.Contains("'0002_b.sql' is numbered below the latest applied migration (3)", error.Message);
        Assert.Equal(["0"], await QueryStringsAsync(db, "SELECT count(*)::text FROM pg_tables WHERE tablename = 'b'"));
    }

    [Fact]
    public async Task Run_FunctionBodyWithSemicolons_AppliesAsWritten()
    {
        await using var db = await server.CreateDatabaseAsync();
        folder.Write("0001_function.sql", """
            CREATE FUNCTION add_one(x int) RETURNS int LANGUAGE plpgsql AS $body$
            DECLARE
                result int;
            BEGIN
                result := x + 1;
                RETURN result;
            END;
            $body$;
            CREATE TABLE numbers (n int);
            INSERT INTO numbers VALUES (add_one(41));
            """);

        await new MigrationRunner().RunAsync(db.ConnectionString, folder.Path);

        Assert.Equal(["42"], await QueryStringsAsync(db, "SELECT n::text FROM numbers"));
    }

    [Fact]
    public async Task Run_TwoRunnersAtOnce_ApplyEachMigrationExactlyOnce()
    {
        await using var db = await server.CreateDatabaseAsync();
        // Not IF NOT EXISTS: a second application would fail. The sleep keeps the first runner inside
        // its migration while the second one arrives.
        folder.Write("0001_slow.sql", "SELECT pg_sleep(1);\nCREATE TABLE once (id int);");
        folder.Write("0002_count.sql", "INSERT INTO once VALUES (1);");

        var results = await Task.WhenAll(
            Task.Run(() => new MigrationRunner().RunAsync(db.ConnectionString, folder.Path)),
            Task.Run(() => new MigrationRunner().RunAsync(db.ConnectionString, folder.Path)));

        Assert.Equal([0, 2], results.Select(r => r.Applied.Count).Order());
        Assert.Equal([0, 2], results.Select(r => r.AlreadyApplied).Order());
        Assert.Equal(["1"], await QueryStringsAsync(db, "SELECT count(*)::text FROM once"));
        Assert.Equal(["1", "2"], await QueryStringsAsync(db, "SELECT version::text FROM schema_migrations ORDER BY version"));
    }

    [Fact]
    public async Task Run_LockHeldByAnotherProcessPastTimeout_FailsSayingSo()
    {
        await using var db = await server.CreateDatabaseAsync();
        folder.Write("0001_a.sql", "CREATE TABLE a (id int);");
        await using var holder = new NpgsqlConnection(db.ConnectionString);
        await holder.OpenAsync();
        await using (var take = new NpgsqlCommand($"SELECT pg_advisory_lock({MigrationRunner.AdvisoryLockKey})", holder))
        {
            await take.ExecuteNonQueryAsync();
        }

        var runner = new MigrationRunner(new MigrationRunnerOptions { LockTimeout = TimeSpan.FromMilliseconds(300) });
        var error = await Assert.ThrowsAsync<MigrationException>(() => runner.RunAsync(db.ConnectionString, folder.Path));

        Assert.Contains("Another process has been applying migrations to this database for over 0.3 s", error.Message);
        Assert.Equal(["0"], await QueryStringsAsync(db, "SELECT count(*)::text FROM pg_tables WHERE tablename = 'a'"));
    }

    [Fact]
    public async Task Run_ForeignSchemaMigrationsTable_FailsNamingTheTable()
    {
        await using var db = await server.CreateDatabaseAsync();
        await using (var connection = new NpgsqlConnection(db.ConnectionString))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand("CREATE TABLE schema_migrations (id int)", connection);
            await create.ExecuteNonQueryAsync();
        }

        folder.Write("0001_a.sql", "CREATE TABLE a (id int);");

        var error = await Assert.ThrowsAsync<MigrationException>(() => new MigrationRunner().RunAsync(db.ConnectionString, folder.Path));

        Assert.Equal("Could not create or read the schema_migrations table: 42703: column \"version\" does not exist", error.Message);
    }

    [Fact]
    public async Task Run_NoServerListening_FailsWithConnectionErrorWithoutPassword()
    {
        folder.Write("0001_a.sql", "CREATE TABLE a (id int);");
        var port = UnusedPort();
        var connectionString = $"Host=127.0.0.1;Port={port};Database=nowhere;Username=someone;Password=secret-word;Timeout=3";

        var error = await Assert.ThrowsAsync<MigrationException>(() => new MigrationRunner().RunAsync(connectionString, folder.Path));

        Assert.StartsWith($"Could not connect to the database (host 127.0.0.1, port {port}, database nowhere, user someone):", error.Message);
        Assert.DoesNotContain("secret-word", error.Message);
    }

    private static int UnusedPort()
    {
        var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private static async Task<List<string>> QueryStringsAsync(TestDatabase db, string sql)
    {
        await using var connection = new NpgsqlConnection(db.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var values = new List<string>();
        while (await reader.ReadAsync())
        {
            values.Add(reader.GetString(0));
        }

        return values;
    }
}
