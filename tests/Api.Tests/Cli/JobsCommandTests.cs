namespace MentorGraph.Api.Tests.Cli;

/// <summary><c>mentorgraph jobs</c>: its help, and the settings and usage errors it refuses before starting anything.</summary>
public class JobsCommandTests
{
    [Fact]
    public async Task Help_DescribesTheJobServerAndItsOptions()
    {
        var (code, output, _) = await CliRunner.RunAsync(["jobs", "--help"]);

        Assert.Equal(0, code);
        Assert.Contains("background jobs", output);
        Assert.Contains("--workers", output);
        Assert.Contains("--no-migrate", output);
    }

    [Fact]
    public async Task InvalidJobSettings_Exit1NamingEveryKeyAndItsSource()
    {
        var environment = CliRunner.CleanEnvironment();
        environment["Jobs__InvisibilityTimeoutSeconds"] = "0";

        var (code, _, error) = await CliRunner.RunAsync("", environment, "jobs", "--db", "Host=127.0.0.1;Port=1", "--set", "Jobs:SweepCron=often");

        Assert.Equal(1, code);
        Assert.Contains("mentorgraph jobs: invalid settings:", error);
        Assert.Contains("Jobs:InvisibilityTimeoutSeconds: must be from 1 to 86400 seconds (it is 0) (from the environment variable Jobs__InvisibilityTimeoutSeconds).", error);
        Assert.Contains("Jobs:SweepCron: is not a cron expression", error);
    }

    [Fact]
    public async Task MigrationsAndNoMigrate_Together_AreAUsageError()
    {
        var (code, _, error) = await CliRunner.RunAsync(["jobs", "--no-migrate", "--migrations", "db/migrations"]);

        Assert.Equal(2, code);
        Assert.Contains("--migrations and --no-migrate contradict each other.", error);
    }

    [Fact]
    public async Task UnreachableDatabase_Exits1WithOneLine_NotAStackTrace()
    {
        var (code, _, error) = await CliRunner.RunAsync("", CliRunner.CleanEnvironment(), "jobs", "--db", "Host=127.0.0.1;Port=1;Timeout=2", "--no-migrate");

        Assert.Equal(1, code);
        Assert.StartsWith("mentorgraph jobs: ", error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Last());
        Assert.DoesNotContain("   at ", error);
    }
}
