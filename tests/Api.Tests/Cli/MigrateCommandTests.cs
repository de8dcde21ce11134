using MentorGraph.Tests.Support;

namespace MentorGraph.Api.Tests.Cli;

/// <summary><c>mentorgraph migrate</c> through the command line entry point, against the real PostgreSQL.</summary>
[Collection(PostgresCollection.Name)]
public sealed class MigrateCommandTests(PostgresServerFixture server) : IDisposable
{
    private readonly TempDirectory folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task Migrate_NewFiles_AppliesThemAndReportsEach()
    {
        await using var db = await server.CreateDatabaseAsync();
        folder.Write("0001_people.sql", "CREATE TABLE people (id int);");
        folder.Write("0002_programs.sql", "CREATE TABLE programs (id int);");

        var (exit, output, error) = await RunAsync("migrate", "--dir", folder.Path, "--db", db.ConnectionString);

        Assert.Equal(0, exit);
        Assert.Equal("", error);
        var lines = output.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        var expected = new Npgsql.NpgsqlConnectionStringBuilder(db.ConnectionString);
        Assert.Equal($"Database: host {expected.Host}, port {expected.Port}, database {db.Name}, user {expected.Username} (from the command line)", lines[0]);
        Assert.Equal($"Migrations: {folder.Path}", lines[1]);
        Assert.Matches(@"^Applied 0001_people\.sql \(\d+ ms\)$", lines[2]);
        Assert.Matches(@"^Applied 0002_programs\.sql \(\d+ ms\)$", lines[3]);
        Assert.Equal("Up to date: 2 applied now, 0 already applied.", lines[4]);
        Assert.DoesNotContain("Password", output);
    }

    [Fact]
    public async Task Migrate_AlreadyUpToDate_AppliesNothing()
    {
        await using var db = await server.CreateDatabaseAsync();
        folder.Write("0001_people.sql", "CREATE TABLE people (id int);");
        await RunAsync("migrate", "--dir", folder.Path, "--db", db.ConnectionString);

        var (exit, output, _) = await RunAsync("migrate", "--dir", folder.Path, "--db", db.ConnectionString);

        Assert.Equal(0, exit);
        Assert.EndsWith($"Up to date: 0 applied now, 1 already applied.{Environment.NewLine}Hangfire's tables (schema hangfire) up to date.{Environment.NewLine}", output);
    }

    [Fact]
    public async Task Migrate_FailingMigration_ExitCode1WithReasonAndNoStackTrace()
    {
        await using var db = await server.CreateDatabaseAsync();
        folder.Write("0001_broken.sql", "CREATE TABLE (;");

        var (exit, _, error) = await RunAsync("migrate", "--dir", folder.Path, "--db", db.ConnectionString);

        Assert.Equal(1, exit);
        Assert.StartsWith("mentorgraph migrate: Migration '0001_broken.sql' failed and was rolled back: 42601: syntax error", error);
        Assert.DoesNotContain("   at ", error);
    }

    [Fact]
    public async Task Migrate_MissingFolder_ExitCode1NamingIt()
    {
        var missing = Path.Combine(folder.Path, "absent");

        var (exit, _, error) = await RunAsync("migrate", "--dir", missing, "--db", "Host=127.0.0.1");

        Assert.Equal(1, exit);
        Assert.Equal($"mentorgraph migrate: Migrations folder '{missing}' does not exist.{Environment.NewLine}", error);
    }

    [Fact]
    public async Task Migrate_UnknownOption_ExitCode2WithUsage()
    {
        var (exit, _, error) = await RunAsync("migrate", "--force");

        Assert.Equal(2, exit);
        Assert.Contains("mentorgraph migrate: Unrecognized command or argument '--force'.", error);
        Assert.Contains("Run 'mentorgraph migrate --help' for usage.", error);
    }

    private static Task<(int Code, string Output, string Error)> RunAsync(params string[] args) => CliRunner.RunAsync(args);
}
