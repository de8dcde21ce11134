using MentorGraph.Api.Tests.Cli;
using MentorGraph.Tests.Support;

namespace MentorGraph.Api.Tests.Seed;

/// <summary><c>mentorgraph seed</c> through the command line: its options, what it does with a database that has people, exit codes 0/1/2.</summary>
[Collection(PostgresCollection.Name)]
public sealed class SeedCommandTests(PostgresServerFixture server)
{
    private const string Today = "2026-03-18";

    [Fact]
    public async Task Help_ListsEveryOption()
    {
        var (exit, output, _) = await CliRunner.RunAsync("seed", "--help");

        Assert.Equal(0, exit);
        foreach (var option in new[] { "--db", "--seed", "--today", "--sessions", "--people", "--rising", "--labels", "--if-empty", "--append", "--force" })
        {
            Assert.Contains(option, output);
        }
    }

    [Theory]
    [InlineData("--today 2026-02-30", "--today must be a date such as 2026-06-30 (YYYY-MM-DD), not '2026-02-30'.")]
    [InlineData("--today 2999-01-01", "--today 2999-01-01 is after today")]
    [InlineData("--sessions 50", "--sessions must be a whole number from 100 to 10000000, not '50'.")]
    [InlineData("--people 10", "--people must be a whole number from 20 to 5000000, not '10'.")]
    [InlineData("--people 30 --sessions 100000", "--people 30 is too few for 100,000 sessions (4,000 pairings): at least 1,000.")]
    [InlineData("--rising SOCIAL_MEDIA,ASTROLOGY", "--rising: 'ASTROLOGY' is not a topic")]
    [InlineData("--rising SOCIAL_MEDIA,LEADERSHIP,COMMUNICATION,CAREER_GROWTH", "--rising needs 1 to 3 different topics")]
    [InlineData("--force --append", "--append or --force exclude each other: choose one.")]
    [InlineData("--if-empty --force", "--if-empty or --force exclude each other: choose one.")]
    [InlineData("--seed -1", "--seed must be a whole number from 0 to 2147483647, not '-1'.")]
    public async Task BadOptions_ExitCode2_NamingTheProblem(string arguments, string message)
    {
        var (exit, output, error) = await CliRunner.RunAsync(["seed", .. arguments.Split(' '), "--db", "Host=127.0.0.1;Port=1"]);

        Assert.Equal(2, exit);
        Assert.Equal("", output);
        Assert.Contains(message, error);
        Assert.Contains("Run 'mentorgraph seed --help' for usage.", error);
    }

    [Fact]
    public async Task EmptyDatabase_Seeds_AndSummarises()
    {
        await using var db = await SeedDatabase.CreateMigratedAsync(server);

        var (exit, output, error) = await Seed(db, "--sessions", "400", "--rising", "customer-insight,DATA_ANALYTICS");

        Assert.Equal(0, exit);
        Assert.Equal("", error);
        Assert.StartsWith("Database: host", output);
        Assert.Contains("Seeded in", output);
        Assert.Matches(@"people\s+300\s+\(\d+ deactivated\)", output);
        Assert.Matches(@"pairings\s+16\b", output);
        Assert.Contains("Pairings by status: PROPOSED", output);
        Assert.Contains("Sessions by status: SCHEDULED", output);
        Assert.Contains("Notes by topic: SOCIAL_MEDIA", output);
        Assert.Matches(@"CUSTOMER_INSIGHT\s+average [0-9.]+; last 4 weeks \d+, \d+, \d+, \d+: rising", output);
        Assert.Matches(@"DATA_ANALYTICS\s+average [0-9.]+; last 4 weeks \d+, \d+, \d+, \d+: rising", output);
        Assert.DoesNotContain("NOT rising", output);
        Assert.Equal(300, await SeedDatabase.CountAsync(db.ConnectionString, "SELECT count(*) FROM people"));
    }

    [Fact]
    public async Task DatabaseWithPeople_Refused_ExitCode1_NothingWritten()
    {
        await using var db = await SeedDatabase.CreateMigratedAsync(server);
        await Seed(db, "--sessions", "200");
        var before = await SeedDatabase.HashAsync(db.ConnectionString);

        var (exit, _, error) = await Seed(db, "--sessions", "200", "--seed", "2");

        Assert.Equal(1, exit);
        Assert.Equal(
            "mentorgraph seed: The database already has 300 people; nothing was written. Use --append to add a second organisation beside them, "
            + "--force to delete all mentoring data first, or --if-empty to do nothing when there are people." + Environment.NewLine, error);
        Assert.Equal(before, await SeedDatabase.HashAsync(db.ConnectionString));
    }

    [Fact]
    public async Task IfEmpty_WithPeople_DoesNothing_ExitCode0()
    {
        await using var db = await SeedDatabase.CreateMigratedAsync(server);
        await Seed(db, "--sessions", "200");
        var before = await SeedDatabase.HashAsync(db.ConnectionString);

        var (exit, output, error) = await Seed(db, "--if-empty", "--seed", "2");

        Assert.Equal(0, exit);
        Assert.Equal("", error);
        Assert.EndsWith("The database already has 300 people; nothing to do (--if-empty)." + Environment.NewLine, output);
        Assert.Equal(before, await SeedDatabase.HashAsync(db.ConnectionString));
    }

    [Fact]
    public async Task IfEmpty_EmptyDatabase_Seeds()
    {
        await using var db = await SeedDatabase.CreateMigratedAsync(server);

        var (exit, output, _) = await Seed(db, "--if-empty", "--sessions", "200");

        Assert.Equal(0, exit);
        Assert.Contains("Seeded in", output);
    }

    [Fact]
    public async Task Force_DeletesAndSaysSo_ThenSeedsAsIntoAnEmptyDatabase()
    {
        await using var db = await SeedDatabase.CreateMigratedAsync(server);
        await Seed(db, "--sessions", "200", "--seed", "2");
        await Seed(db, "--sessions", "200", "--seed", "3", "--append");
        await using var fresh = await SeedDatabase.CreateMigratedAsync(server);
        await Seed(fresh, "--sessions", "200");

        var (exit, output, _) = await Seed(db, "--sessions", "200", "--force");

        Assert.Equal(0, exit);
        Assert.Matches(@"Deleted first \(--force\): 8 departments, 600 people, [0-9,]+ person_can_teach, .*[0-9,]+ sessions, [0-9,]+ session_notes", output);
        Assert.Equal(await SeedDatabase.HashAsync(fresh.ConnectionString), await SeedDatabase.HashAsync(db.ConnectionString));
    }

    [Fact]
    public async Task Append_AddsASecondOrganisation_ChangingNothingThere()
    {
        await using var db = await SeedDatabase.CreateMigratedAsync(server);
        await Seed(db, "--sessions", "200");
        var sessionsBefore = await SeedDatabase.CountAsync(db.ConnectionString, "SELECT count(*) FROM sessions");
        var firstPeople = await SeedDatabase.ReadAsync(db.ConnectionString, "SELECT p::text FROM people p ORDER BY id", r => r.GetString(0));

        var (exit, output, _) = await Seed(db, "--sessions", "200", "--append");

        Assert.Equal(0, exit);
        Assert.Contains("Appended beside the 300 people already there (--append).", output);
        Assert.Equal(600, await SeedDatabase.CountAsync(db.ConnectionString, "SELECT count(*) FROM people"));
        Assert.Equal(8, await SeedDatabase.CountAsync(db.ConnectionString, "SELECT count(*) FROM departments"));
        Assert.Equal(0, await SeedDatabase.CountAsync(db.ConnectionString, "SELECT count(*) - count(DISTINCT lower(email)) FROM people"));
        Assert.True(await SeedDatabase.CountAsync(db.ConnectionString, "SELECT count(*) FROM sessions") > sessionsBefore);
        Assert.Equal(firstPeople, (await SeedDatabase.ReadAsync(db.ConnectionString, "SELECT p::text FROM people p ORDER BY id", r => r.GetString(0))).Take(300));
    }

    [Fact]
    public async Task NotMigrated_ExitCode1_SaysToMigrate()
    {
        await using var db = await server.CreateDatabaseAsync();

        var (exit, _, error) = await CliRunner.RunAsync("seed", "--db", db.ConnectionString, "--today", Today);

        Assert.Equal(1, exit);
        Assert.Equal("mentorgraph seed: The database has no MentorGraph schema (no table people); run 'mentorgraph migrate' first." + Environment.NewLine, error);
    }

    [Fact]
    public async Task UnreachableDatabase_ExitCode1_NoStackTrace()
    {
        var (exit, _, error) = await CliRunner.RunAsync("seed", "--db", $"Host=127.0.0.1;Port={FreePorts.Next()};Timeout=3", "--today", Today);

        Assert.Equal(1, exit);
        Assert.StartsWith("mentorgraph seed: ", error);
        Assert.DoesNotContain("   at ", error);
    }

    private static Task<(int Code, string Output, string Error)> Seed(TestDatabase db, params string[] arguments) =>
        CliRunner.RunAsync(["seed", "--db", db.ConnectionString, "--today", Today, .. arguments]);
}
