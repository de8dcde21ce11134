using System.CommandLine;
using System.Globalization;
using MentorGraph.Api.Configuration;
using MentorGraph.Api.Hosting;
using MentorGraph.Persistence.Migrations;

namespace MentorGraph.Api.Cli;

/// <summary><c>mentorgraph migrate [--dir DIR] [--db CONNECTION_STRING]</c>: brings the database schema up to date.</summary>
public static class MigrateCommand
{
    public static Command Create(CliContext context)
    {
        var directory = CliOptions.Text("--dir", "DIR",
            "The migrations folder (Database:MigrationsDirectory; default: db/migrations of the checkout or beside the program).");
        var database = CliOptions.Text("--db", "CONNECTION_STRING",
            "The Npgsql connection string (Database:ConnectionString; default: MENTORGRAPH_DB, else the dev cluster of scripts/pg).");
        var command = new Command("migrate", "Applies new migrations (db/migrations/*.sql) to the database.")
        {
            directory, database,
        };
        command.SetAction((parsed, cancellationToken) =>
        {
            var settings = new Dictionary<string, string?>();
            if (parsed.GetValue(database) is { } db)
            {
                settings[DatabaseConnection.Key] = db;
            }

            if (parsed.GetValue(directory) is { } dir)
            {
                settings["Database:MigrationsDirectory"] = Path.GetFullPath(dir);
            }

            return RunAsync(context, settings, cancellationToken);
        });
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, Dictionary<string, string?> overrides, CancellationToken cancellationToken)
    {
        var configuration = CommandSettings.Build(context, overrides);
        var settings = SettingsBinder.Read<DatabaseSettings>(configuration);
        var folder = MigrationsLocation.Resolve(settings.MigrationsDirectory, "--dir");
        var database = DatabaseConnection.Resolve(settings, configuration);
        await context.Out.WriteLineAsync($"Database: {database}");
        await context.Out.WriteLineAsync($"Migrations: {folder}");
        try
        {
            var result = await new MigrationRunner().RunAsync(database.ConnectionString, folder, cancellationToken);
            foreach (var applied in result.Applied)
            {
                await context.Out.WriteLineAsync(string.Create(
                    CultureInfo.InvariantCulture, $"Applied {applied.Migration.FileName} ({applied.Duration.TotalMilliseconds:0} ms)"));
            }

            await context.Out.WriteLineAsync($"Up to date: {result.Applied.Count} applied now, {result.AlreadyApplied} already applied.");
            var jobs = SettingsBinder.Read<JobsSettings>(configuration);
            Jobs.HangfireSchema.Install(database.ConnectionString, jobs.SchemaName);
            await context.Out.WriteLineAsync($"Hangfire's tables (schema {jobs.SchemaName}) up to date.");
            return ExitCodes.Success;
        }
        catch (OperationCanceledException)
        {
            throw new CommandFailedException("cancelled; the migration in progress was rolled back.");
        }
    }
}
