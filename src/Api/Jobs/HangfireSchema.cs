using Hangfire.PostgreSql;
using MentorGraph.Persistence.Migrations;
using Npgsql;

namespace MentorGraph.Api.Jobs;

/// <summary>
/// Creates or upgrades Hangfire's tables (in their own schema, <c>Jobs:SchemaName</c>) with Hangfire.PostgreSql's
/// own installer, under the migrations' advisory lock, right after the migrations (<c>migrate</c>, and <c>serve</c> and
/// <c>jobs</c> on start): any number of processes may start at once against one database, and one of them installs
/// while the others wait. Hangfire owns these tables, so
/// they are not in <c>db/migrations</c>; a Hangfire.PostgreSql upgrade brings its own scripts.
/// </summary>
public static class HangfireSchema
{
    public static void Install(string connectionString, string schemaName)
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using (var take = new NpgsqlCommand($"SELECT pg_advisory_lock({MigrationRunner.AdvisoryLockKey})", connection))
        {
            take.ExecuteNonQuery();
        }

        try
        {
            PostgreSqlObjectsInstaller.Install(connection, schemaName);
        }
        finally
        {
            using var release = new NpgsqlCommand($"SELECT pg_advisory_unlock({MigrationRunner.AdvisoryLockKey})", connection);
            release.ExecuteNonQuery();
        }
    }
}
