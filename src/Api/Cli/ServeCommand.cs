using System.CommandLine;
using MentorGraph.Api.Configuration;
using MentorGraph.Api.Hosting;

namespace MentorGraph.Api.Cli;

/// <summary>
/// <c>mentorgraph serve</c>: checks the settings, applies the migrations (unless turned off), then serves HTTP
/// until SIGTERM or Ctrl-C, letting requests in flight finish. Its options are settings
/// (<c>--urls</c> is <c>Server:Urls</c>, …) and win over the settings files and the environment.
/// </summary>
public static class ServeCommand
{
    public static readonly Option<string?> Urls = CliOptions.Text("--urls", "URLS",
        $"Addresses to listen on, ';'-separated (Server:Urls; default {ServerSettings.DefaultUrls}).");

    public static readonly Option<string?> Database = CliOptions.Text("--db", "CONNECTION_STRING",
        "The Npgsql connection string (Database:ConnectionString; default: MENTORGRAPH_DB, else the dev cluster of scripts/pg).");

    public static readonly Option<string?> Migrations = CliOptions.Text("--migrations", "DIR",
        "The migrations folder (Database:MigrationsDirectory; default: db/migrations of the checkout or beside the program).");

    public static readonly Option<bool> NoMigrate = CliOptions.Flag("--no-migrate",
        "Do not apply migrations on start (Database:MigrateOnStart=false).");

    public static readonly Option<string[]> Set = new("--set")
    {
        Description = "Any other setting, e.g. --set RateLimiting:RequestsPerSecond=100 (repeatable).",
        HelpName = "KEY=VALUE",
        AllowMultipleArgumentsPerToken = false,
    };

    public static Command Create(CliContext context)
    {
        var command = new Command("serve", "Serves the API over HTTP, after applying the database migrations.")
        {
            Urls, Database, Migrations, NoMigrate, Set,
        };
        command.Validators.Add(result =>
        {
            if (result.GetValue(NoMigrate) && result.GetResult(Migrations) is not null)
            {
                result.AddError("--migrations and --no-migrate contradict each other.");
            }
        });
        command.SetAction((parsed, cancellationToken) => RunAsync(context, SettingsFrom(parsed), cancellationToken));
        return command;
    }

    /// <summary>The settings the command line sets: each option's key and value.</summary>
    /// <exception cref="UsageException">A <c>--set</c> is not KEY=VALUE.</exception>
    public static Dictionary<string, string?> SettingsFrom(ParseResult parsed)
    {
        var settings = SetPairs(parsed.GetValue(Set));
        if (parsed.GetValue(Urls) is { } urls)
        {
            settings["Server:Urls"] = urls;
        }

        if (parsed.GetValue(Database) is { } database)
        {
            settings[DatabaseConnection.Key] = database;
        }

        if (parsed.GetValue(Migrations) is { } migrations)
        {
            settings["Database:MigrationsDirectory"] = Path.GetFullPath(migrations);
        }

        if (parsed.GetValue(NoMigrate))
        {
            settings["Database:MigrateOnStart"] = "false";
        }

        return settings;
    }

    /// <summary>The settings of <c>--set KEY=VALUE</c> options (<c>__</c> in a key is <c>:</c>, as in environment variables).</summary>
    /// <exception cref="UsageException">One is not KEY=VALUE.</exception>
    public static Dictionary<string, string?> SetPairs(IEnumerable<string>? pairs)
    {
        var settings = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach (var pair in pairs ?? [])
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                throw new UsageException($"--set needs KEY=VALUE, e.g. Server:RequestTimeoutSeconds=60, not '{pair}'.");
            }

            settings[pair[..equals].Trim().Replace("__", ":", StringComparison.Ordinal)] = pair[(equals + 1)..];
        }

        return settings;
    }

    private static async Task<int> RunAsync(CliContext context, IReadOnlyDictionary<string, string?> settings, CancellationToken cancellationToken)
    {
        await using var app = ApiHost.Build(new ApiHostOptions
        {
            EnvironmentName = AppEnvironment.Resolve(context.GetEnvironmentVariable),
            Settings = settings,
            EnvironmentVariables = context.EnvironmentVariables,
            SettingsDirectory = context.SettingsDirectory,
        });

        // Every setting is checked before anything touches the database.
        SettingsRegistration.ValidateAll(app.Services);
        var database = app.Services.GetRequiredService<DatabaseConnection>();
        app.Logger.LogInformation("Environment: {Environment}; database: {Database}", app.Environment.EnvironmentName, database);

        // Before the host starts no signal handler is installed: Ctrl-C or SIGTERM during the migrations
        // ends the process, and PostgreSQL rolls back the migration that was open.
        if (!await StartupMigrations.RunAsync(app.Services.GetRequiredService<DatabaseSettings>(), database, app.Services.GetRequiredService<JobsSettings>().SchemaName, app.Logger, cancellationToken))
        {
            return ExitCodes.Failed;
        }

        try
        {
            await app.RunAsync();
            return ExitCodes.Success;
        }
        catch (IOException ex)
        {
            app.Logger.LogError("Could not listen on {Urls}: {Reason}", app.Services.GetRequiredService<ServerSettings>().Urls, ex.Message);
            return ExitCodes.Failed;
        }
    }
}
