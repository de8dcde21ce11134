using MentorGraph.Api.Cli;
using MentorGraph.Api.Configuration;
using MentorGraph.Persistence.Migrations;

namespace MentorGraph.Api.Hosting;

/// <summary>
/// Applies the migrations, then installs or upgrades Hangfire's tables, before <c>serve</c> starts listening or <c>jobs</c>
/// starts working, so neither meets an old schema. With <c>Database:MigrateOnStart=false</c> both are assumed up to date.
/// </summary>
public static class StartupMigrations
{
    /// <summary>Returns false (after logging why) when the database could not be brought up to date.</summary>
    /// <param name="hangfireSchema">Jobs:SchemaName: Hangfire's tables are installed or upgraded after the migrations, under the same lock.</param>
    public static async Task<bool> RunAsync(DatabaseSettings settings, DatabaseConnection database, string hangfireSchema, ILogger logger, CancellationToken cancellationToken)
    {
        if (!settings.MigrateOnStart)
        {
            logger.LogInformation("Migrations on start are off; the schema is assumed up to date");
            return true;
        }

        try
        {
            var directory = MigrationsLocation.Resolve(settings.MigrationsDirectory, "--migrations (Database:MigrationsDirectory)");
            var result = await new MigrationRunner().RunAsync(database.ConnectionString, directory, cancellationToken);
            foreach (var applied in result.Applied)
            {
                logger.LogInformation(
                    "Applied migration {Migration} in {DurationMs} ms", applied.Migration.FileName, (long)applied.Duration.TotalMilliseconds);
            }

            logger.LogInformation(
                "Database schema up to date: {AppliedNow} applied now, {AlreadyApplied} already applied, from {MigrationsDirectory}",
                result.Applied.Count, result.AlreadyApplied, directory);
            Jobs.HangfireSchema.Install(database.ConnectionString, hangfireSchema);
            return true;
        }
        catch (MigrationException ex)
        {
            logger.LogError("Migrations failed, not starting: {Reason}", ex.Message);
            return false;
        }
        catch (Npgsql.NpgsqlException ex)
        {
            logger.LogError("Hangfire's tables could not be installed, not starting: {Reason}", ex.Message);
            return false;
        }
    }
}
