using System.Globalization;
using MentorGraph.Api.Hosting;
using MentorGraph.Persistence;
using MentorGraph.Persistence.Migrations;

namespace MentorGraph.Api.Cli;

/// <summary>
/// <c>mentorgraph serve</c>: applies migrations (unless <c>--no-migrate</c>), then serves HTTP until
/// SIGTERM or Ctrl-C, letting requests in flight finish.
/// </summary>
public sealed class ServeCommand : ICliCommand
{
    public const string UrlsVariable = "MENTORGRAPH_URLS";
    public const string MigrateOnStartVariable = "MENTORGRAPH_MIGRATE_ON_START";
    public const string LogFormatVariable = "MENTORGRAPH_LOG_FORMAT";
    public const string ShutdownTimeoutVariable = "MENTORGRAPH_SHUTDOWN_TIMEOUT";

    private const string Usage = "Usage: mentorgraph serve [--urls URLS] [--db CONNECTION_STRING] [--migrations DIR] [--no-migrate]";

    private static readonly CliOptionParser Parser = new(["--urls", "--db", "--migrations"], ["--no-migrate"]);

    private readonly Func<string, string?> getEnvironmentVariable;

    public ServeCommand()
        : this(Environment.GetEnvironmentVariable)
    {
    }

    public ServeCommand(Func<string, string?> getEnvironmentVariable)
    {
        this.getEnvironmentVariable = getEnvironmentVariable;
    }

    public string Name => "serve";

    public string Summary => $"Serves the API over HTTP (--urls, default {ServeOptions.DefaultUrls}; migrates first unless --no-migrate).";

    public async Task<int> RunAsync(CliContext context, IReadOnlyList<string> args)
    {
        ServeOptions options;
        try
        {
            options = ParseOptions(args);
        }
        catch (UsageException ex)
        {
            context.Error.WriteLine($"mentorgraph serve: {ex.Message}");
            context.Error.WriteLine(Usage);
            return 2;
        }
        catch (Exception ex) when (ex is MigrationException or DatabaseConfigurationException)
        {
            context.Error.WriteLine($"mentorgraph serve: {ex.Message}");
            return 1;
        }

        await using var app = ApiHost.Build(options);
        app.Logger.LogInformation("Database: {Database} (from {Source})",
            ConnectionStringResolver.Describe(options.ConnectionString), options.ConnectionSource);
        // Before the host starts, no signal handler is installed: Ctrl-C or SIGTERM during the migrations
        // ends the process, and PostgreSQL rolls back the migration that was open.
        if (!await StartupMigrations.RunAsync(options, app.Logger, CancellationToken.None))
        {
            return 1;
        }

        try
        {
            await app.RunAsync();
            return 0;
        }
        catch (IOException ex)
        {
            app.Logger.LogError("Could not listen on {Urls}: {Reason}", options.Urls, ex.Message);
            return 1;
        }
    }

    /// <summary>Options from the arguments, then the environment, then defaults.</summary>
    /// <exception cref="UsageException">An argument or environment value is invalid.</exception>
    /// <exception cref="DatabaseConfigurationException">No usable database.</exception>
    /// <exception cref="MigrationException">No migrations folder was found.</exception>
    public ServeOptions ParseOptions(IReadOnlyList<string> args)
    {
        if (!Parser.TryParse(args, out var parsed, out var error))
        {
            throw new UsageException(error);
        }

        var urls = parsed.Value("--urls") ?? NonBlank(getEnvironmentVariable(UrlsVariable)) ?? ServeOptions.DefaultUrls;
        foreach (var url in urls.Split(';', StringSplitOptions.TrimEntries))
        {
            if (!url.StartsWith("http://", StringComparison.OrdinalIgnoreCase) && !url.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
            {
                throw new UsageException($"'{url}' is not an http:// or https:// address to listen on (--urls / {UrlsVariable}).");
            }
        }

        var migrate = !parsed.Flag("--no-migrate") && ReadBoolean(MigrateOnStartVariable, defaultValue: true);
        if (!migrate && parsed.Value("--migrations") is not null)
        {
            throw new UsageException("--migrations and --no-migrate contradict each other.");
        }

        var database = new ConnectionStringResolver(getEnvironmentVariable, [Directory.GetCurrentDirectory(), AppContext.BaseDirectory])
            .Resolve(parsed.Value("--db"));
        return new ServeOptions
        {
            Urls = urls,
            ConnectionString = database.Value,
            ConnectionSource = database.Source,
            MigrationsDirectory = migrate ? MigrationsLocation.Resolve(parsed.Value("--migrations"), "--migrations") : null,
            LogFormat = ReadLogFormat(),
            ShutdownTimeout = ReadShutdownTimeout(),
        };
    }

    private bool ReadBoolean(string variable, bool defaultValue)
    {
        return NonBlank(getEnvironmentVariable(variable))?.ToLowerInvariant() switch
        {
            null => defaultValue,
            "true" or "1" or "yes" => true,
            "false" or "0" or "no" => false,
            var other => throw new UsageException($"{variable} must be true or false, not '{other}'."),
        };
    }

    private LogFormat ReadLogFormat()
    {
        return NonBlank(getEnvironmentVariable(LogFormatVariable))?.ToLowerInvariant() switch
        {
            null or "json" => LogFormat.Json,
            "text" => LogFormat.Text,
            var other => throw new UsageException($"{LogFormatVariable} must be json or text, not '{other}'."),
        };
    }

    private TimeSpan ReadShutdownTimeout()
    {
        var text = NonBlank(getEnvironmentVariable(ShutdownTimeoutVariable));
        if (text is null)
        {
            return ServeOptions.DefaultShutdownTimeout;
        }

        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) || seconds > 3600)
        {
            throw new UsageException($"{ShutdownTimeoutVariable} must be a whole number of seconds from 0 to 3600, not '{text}'.");
        }

        return TimeSpan.FromSeconds(seconds);
    }

    private static string? NonBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>The command was called wrongly; the message says how.</summary>
    public sealed class UsageException(string message) : Exception(message);
}
