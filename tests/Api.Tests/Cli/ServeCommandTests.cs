using MentorGraph.Api.Cli;

namespace MentorGraph.Api.Tests.Cli;

/// <summary>How <c>serve</c>'s options become settings, and the usage errors it refuses before starting anything.</summary>
public class ServeCommandTests
{
    [Fact]
    public void SettingsFrom_EveryOption_SetsItsKey()
    {
        var settings = Parse("--urls", "http://127.0.0.1:6000", "--db", "Host=x", "--migrations", "db/m", "--set", "RateLimiting:Burst=500", "--set", "Server__RequestTimeoutSeconds=5");

        Assert.Equal("http://127.0.0.1:6000", settings["Server:Urls"]);
        Assert.Equal("Host=x", settings["Database:ConnectionString"]);
        Assert.Equal(Path.GetFullPath("db/m"), settings["Database:MigrationsDirectory"]);
        Assert.Equal("500", settings["RateLimiting:Burst"]);
        Assert.Equal("5", settings["Server:RequestTimeoutSeconds"]);
        Assert.False(settings.ContainsKey("Database:MigrateOnStart"));
    }

    [Fact]
    public void SettingsFrom_NoMigrate_TurnsMigrationsOff()
    {
        Assert.Equal("false", Parse("--no-migrate")["Database:MigrateOnStart"]);
    }

    [Fact]
    public void SettingsFrom_NoOptions_SetsNothing()
    {
        Assert.Empty(Parse());
    }

    [Fact]
    public void SettingsFrom_SetWithoutEquals_IsAUsageError()
    {
        var error = Assert.Throws<UsageException>(() => Parse("--set", "RateLimiting"));

        Assert.Contains("--set needs KEY=VALUE", error.Message);
    }

    [Theory]
    [InlineData(new[] { "--migrations", "db", "--no-migrate" }, "--migrations and --no-migrate contradict each other.")]
    [InlineData(new[] { "--port", "80" }, "Unrecognized command or argument '--port'.")]
    [InlineData(new[] { "--urls" }, "Required argument missing for option: '--urls'.")]
    [InlineData(new[] { "--urls", "" }, "--urls needs a non-empty value.")]
    public async Task Serve_BadCommandLine_Exits2BeforeStartingAnything(string[] args, string expected)
    {
        var (code, _, error) = await CliRunner.RunAsync(["serve", .. args]);

        Assert.Equal(2, code);
        Assert.Contains($"mentorgraph serve: {expected}", error);
    }

    [Fact]
    public async Task Serve_InvalidSettings_Exits1ListingEveryBadKeyAndItsSource()
    {
        var environment = CliRunner.CleanEnvironment();
        environment["MENTORGRAPH_URLS"] = "localhost:80";
        environment["RateLimiting__Burst"] = "lots";
        environment["Cors__Origins"] = "https://a.example";

        var (code, _, error) = await CliRunner.RunAsync("", environment, "serve", "--db", "Host=127.0.0.1;Port=1");

        Assert.Equal(1, code);
        Assert.Contains("mentorgraph serve: invalid settings:", error);
        Assert.Contains("Server:Urls: 'localhost:80' is not an http:// or https:// address to listen on (from the environment variable MENTORGRAPH_URLS).", error);
        Assert.Contains("RateLimiting:Burst: must be a whole number, not 'lots' (from the environment variable RateLimiting__Burst).", error);
        Assert.Contains("Cors:Origins: no such setting", error);
    }

    private static Dictionary<string, string?> Parse(params string[] args)
    {
        var root = MentorGraphCli.CreateRoot(new CliContext(TextReader.Null, TextWriter.Null, TextWriter.Null));
        var parsed = root.Parse(["serve", .. args]);
        Assert.Empty(parsed.Errors);
        return ServeCommand.SettingsFrom(parsed);
    }
}
