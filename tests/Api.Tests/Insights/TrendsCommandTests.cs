using MentorGraph.Api.Tests.Cli;
using MentorGraph.Api.Tests.Seed;
using MentorGraph.Tests.Support;

namespace MentorGraph.Api.Tests.Insights;

/// <summary><c>mentorgraph trends rebuild|refresh</c> through the command line: what it prints, a bad zone, a database without the tables.</summary>
[Collection(PostgresCollection.Name)]
public sealed class TrendsCommandTests(PostgresServerFixture server)
{
    [Fact]
    public async Task SeedWithLabels_ThenRefreshAndRebuild_SayHowManyPeriods_AndTheTablesFillUp()
    {
        await using var db = await SeedDatabase.CreateMigratedAsync(server);
        var (seedExit, seedOutput, _) = await CliRunner.RunAsync("seed", "--db", db.ConnectionString, "--today", "2026-03-18", "--sessions", "400", "--labels");
        Assert.Equal(0, seedExit);
        Assert.Contains("labelled with the generator's topic and direction: classifications of model 'seed'", seedOutput);

        var refresh = await CliRunner.RunAsync("trends", "refresh", "--db", db.ConnectionString);
        var again = await CliRunner.RunAsync("trends", "refresh", "--db", db.ConnectionString);
        var rebuild = await CliRunner.RunAsync("trends", "rebuild", "--db", db.ConnectionString, "--time-zone", "Europe/Berlin");

        Assert.Equal(0, refresh.Code);
        Assert.Matches(@"^Refreshed \d+ weeks and months in UTC, and [1-9][\d,]* days of the engagement rollup \(", refresh.Output);
        Assert.StartsWith("Refreshed 0 weeks and months in UTC, and 0 days of the engagement rollup", again.Output);
        Assert.Matches(@"^Rebuilt \d+ weeks and months in Europe/Berlin, and [1-9][\d,]* days of the engagement rollup \(", rebuild.Output);
        Assert.True(await SeedDatabase.CountAsync(db.ConnectionString, "SELECT count(DISTINCT period_start) FROM insights.topic_trends WHERE granularity = 'MONTH'") >= 12);
        Assert.Equal(0L, await SeedDatabase.CountAsync(db.ConnectionString, "SELECT count(*) FROM session_notes WHERE topic_id IS NULL"));
    }

    [Fact]
    public async Task BadTimeZone_ExitCode1_NamingTheSetting()
    {
        var (exit, _, error) = await CliRunner.RunAsync("trends", "rebuild", "--db", "Host=127.0.0.1;Port=1", "--time-zone", "Mars/Olympus");

        Assert.Equal(1, exit);
        Assert.Contains("Insights:TimeZone: must be an IANA time zone", error);
    }

    [Fact]
    public async Task DatabaseWithoutTheTables_ExitCode1_SaysToMigrate()
    {
        await using var db = await server.CreateDatabaseAsync();

        var (exit, _, error) = await CliRunner.RunAsync("trends", "rebuild", "--db", db.ConnectionString);

        Assert.Equal(1, exit);
        Assert.Equal("mentorgraph trends rebuild: The database has no trend tables yet: run 'mentorgraph migrate' first." + Environment.NewLine, error);
    }
}
