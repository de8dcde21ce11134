using MentorGraph.Api.Cli;
using MentorGraph.Api.Hosting;
using MentorGraph.Persistence;
using MentorGraph.Tests.Support;

namespace MentorGraph.Api.Tests.Cli;

public sealed class ServeCommandOptionsTests : IDisposable
{
    private const string Db = "Host=127.0.0.1;Port=5999;Database=d;Username=u;Password=p";

    private readonly TempDirectory migrations = new();
    private readonly Dictionary<string, string> environment = [];

    public void Dispose() => migrations.Dispose();

    [Fact]
    public void ParseOptions_OnlyDatabase_UsesDefaults()
    {
        var options = Command().ParseOptions(["--db", Db, "--migrations", migrations.Path]);

        Assert.Equal("http://127.0.0.1:5080", options.Urls);
        Assert.Equal(Db, options.ConnectionString);
        Assert.Equal("the --db option", options.ConnectionSource);
        Assert.Equal(migrations.Path, options.MigrationsDirectory);
        Assert.Equal(LogFormat.Json, options.LogFormat);
        Assert.Equal(TimeSpan.FromSeconds(10), options.ShutdownTimeout);
    }

    [Fact]
    public void ParseOptions_EnvironmentVariables_Used()
    {
        environment["MENTORGRAPH_DB"] = Db;
        environment["MENTORGRAPH_URLS"] = "http://0.0.0.0:8080";
        environment["MENTORGRAPH_LOG_FORMAT"] = "text";
        environment["MENTORGRAPH_SHUTDOWN_TIMEOUT"] = "25";
        environment["MENTORGRAPH_MIGRATE_ON_START"] = "false";

        var options = Command().ParseOptions([]);

        Assert.Equal("http://0.0.0.0:8080", options.Urls);
        Assert.Equal(Db, options.ConnectionString);
        Assert.Equal("the MENTORGRAPH_DB environment variable", options.ConnectionSource);
        Assert.Null(options.MigrationsDirectory);
        Assert.Equal(LogFormat.Text, options.LogFormat);
        Assert.Equal(TimeSpan.FromSeconds(25), options.ShutdownTimeout);
    }

    [Fact]
    public void ParseOptions_ArgumentsAndEnvironment_ArgumentsWin()
    {
        environment["MENTORGRAPH_DB"] = "Host=other";
        environment["MENTORGRAPH_URLS"] = "http://0.0.0.0:8080";

        var options = Command().ParseOptions(["--urls", "http://127.0.0.1:6000", "--db", Db, "--no-migrate"]);

        Assert.Equal("http://127.0.0.1:6000", options.Urls);
        Assert.Equal(Db, options.ConnectionString);
        Assert.Null(options.MigrationsDirectory);
    }

    [Theory]
    [InlineData("MENTORGRAPH_MIGRATE_ON_START", "maybe", "MENTORGRAPH_MIGRATE_ON_START must be true or false, not 'maybe'.")]
    [InlineData("MENTORGRAPH_LOG_FORMAT", "xml", "MENTORGRAPH_LOG_FORMAT must be json or text, not 'xml'.")]
    [InlineData("MENTORGRAPH_SHUTDOWN_TIMEOUT", "-3", "MENTORGRAPH_SHUTDOWN_TIMEOUT must be a whole number of seconds from 0 to 3600, not '-3'.")]
    [InlineData("MENTORGRAPH_URLS", "localhost:80", "'localhost:80' is not an http:// or https:// address to listen on (--urls / MENTORGRAPH_URLS).")]
    public void ParseOptions_InvalidEnvironmentValue_UsageErrorSayingWhich(string variable, string value, string expected)
    {
        environment[variable] = value;

        var error = Assert.Throws<ServeCommand.UsageException>(() => Command().ParseOptions(["--db", Db, "--migrations", migrations.Path]));

        Assert.Equal(expected, error.Message);
    }

    [Fact]
    public void ParseOptions_MigrationsWithNoMigrate_UsageError()
    {
        var error = Assert.Throws<ServeCommand.UsageException>(
            () => Command().ParseOptions(["--db", Db, "--migrations", migrations.Path, "--no-migrate"]));

        Assert.Equal("--migrations and --no-migrate contradict each other.", error.Message);
    }

    [Fact]
    public void ParseOptions_MalformedDatabase_ConfigurationError()
    {
        Assert.Throws<DatabaseConfigurationException>(() => Command().ParseOptions(["--db", "Nonsense=1", "--no-migrate"]));
    }

    [Fact]
    public async Task Run_UnknownOption_ExitCode2WithUsage()
    {
        var error = new StringWriter();

        var exit = await Command().RunAsync(new CliContext(TextReader.Null, TextWriter.Null, error), ["--port", "80"]);

        Assert.Equal(2, exit);
        Assert.Equal(
            $"mentorgraph serve: unknown option '--port'.{Environment.NewLine}Usage: mentorgraph serve [--urls URLS] [--db CONNECTION_STRING] [--migrations DIR] [--no-migrate]{Environment.NewLine}",
            error.ToString());
    }

    private ServeCommand Command() => new(name => environment.GetValueOrDefault(name));
}
