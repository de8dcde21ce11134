using System.CommandLine;
using MentorGraph.Api.Configuration;
using MentorGraph.Api.Hosting;

namespace MentorGraph.Api.Cli;

/// <summary>
/// <c>mentorgraph jobs</c>: a Hangfire job server alone, without HTTP — for scale-out beside <c>serve</c> (which runs one
/// too unless <c>Jobs:RunServerInServe</c> is false). Checks the settings, applies the migrations (unless turned off),
/// then runs jobs until SIGTERM or Ctrl-C, giving running jobs <c>Jobs:ShutdownTimeoutSeconds</c> to finish.
/// </summary>
public static class JobsCommand
{
    public static Command Create(CliContext context)
    {
        var database = CliOptions.Text("--db", "CONNECTION_STRING",
            "The Npgsql connection string (Database:ConnectionString; default: MENTORGRAPH_DB, else the dev cluster of scripts/pg).");
        var migrations = CliOptions.Text("--migrations", "DIR",
            "The migrations folder (Database:MigrationsDirectory; default: db/migrations of the checkout or beside the program).");
        var noMigrate = CliOptions.Flag("--no-migrate", "Do not apply migrations on start (Database:MigrateOnStart=false).");
        var workers = CliOptions.Text("--workers", "N", "Jobs run at once (Jobs:WorkerCount; default: one per processor, at least 2).");
        var set = new Option<string[]>("--set")
        {
            Description = "Any other setting, e.g. --set Jobs:BatchSize=128 (repeatable).",
            HelpName = "KEY=VALUE",
            AllowMultipleArgumentsPerToken = false,
        };
        var command = new Command("jobs", "Runs background jobs (note classification) without serving HTTP, beside any number of serve processes.")
        {
            database, migrations, noMigrate, workers, set,
        };
        command.Validators.Add(result =>
        {
            if (result.GetValue(noMigrate) && result.GetResult(migrations) is not null)
            {
                result.AddError("--migrations and --no-migrate contradict each other.");
            }
        });
        command.SetAction((parsed, cancellationToken) =>
        {
            var settings = ServeCommand.SetPairs(parsed.GetValue(set));
            if (parsed.GetValue(database) is { } db)
            {
                settings[DatabaseConnection.Key] = db;
            }

            if (parsed.GetValue(migrations) is { } dir)
            {
                settings["Database:MigrationsDirectory"] = Path.GetFullPath(dir);
            }

            if (parsed.GetValue(noMigrate))
            {
                settings["Database:MigrateOnStart"] = "false";
            }

            if (parsed.GetValue(workers) is { } count)
            {
                settings["Jobs:WorkerCount"] = count;
            }

            return RunAsync(context, settings, cancellationToken);
        });
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, IReadOnlyDictionary<string, string?> settings, CancellationToken cancellationToken)
    {
        using var host = JobsHost.Build(new ApiHostOptions
        {
            EnvironmentName = AppEnvironment.Resolve(context.GetEnvironmentVariable),
            Settings = settings,
            EnvironmentVariables = context.EnvironmentVariables,
            SettingsDirectory = context.SettingsDirectory,
        });
        SettingsRegistration.ValidateAll(host.Services);
        var logger = host.Services.GetRequiredService<ILoggerFactory>().CreateLogger("MentorGraph.Jobs");
        var database = host.Services.GetRequiredService<DatabaseConnection>();
        var jobs = host.Services.GetRequiredService<JobsSettings>();
        logger.LogInformation("Job server: {Workers} workers on the queues {Queues}; database: {Database}",
            jobs.EffectiveWorkerCount, string.Join(", ", Pipeline.JobQueues.All), database);
        if (!await StartupMigrations.RunAsync(host.Services.GetRequiredService<DatabaseSettings>(), database, jobs.SchemaName, logger, cancellationToken))
        {
            return ExitCodes.Failed;
        }

        await host.RunAsync();
        return ExitCodes.Success;
    }
}
