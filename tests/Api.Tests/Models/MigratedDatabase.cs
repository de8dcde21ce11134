using MentorGraph.Persistence.Migrations;
using MentorGraph.Tests.Support;
using Npgsql;

namespace MentorGraph.Api.Tests.Models;

/// <summary>A freshly migrated database of one test's own (the active model is a rule over a whole table).</summary>
internal sealed class MigratedDatabase : IAsyncDisposable
{
    private MigratedDatabase(TestDatabase database, NpgsqlDataSource dataSource)
    {
        Database = database;
        DataSource = dataSource;
    }

    public TestDatabase Database { get; }

    public NpgsqlDataSource DataSource { get; }

    public static async Task<MigratedDatabase> CreateAsync(PostgresServerFixture server)
    {
        var database = await server.CreateDatabaseAsync();
        await new MigrationRunner().RunAsync(database.ConnectionString, MigratedDatabaseFixture.MigrationsDirectory);
        return new MigratedDatabase(database, NpgsqlDataSource.Create(database.ConnectionString));
    }

    public async ValueTask DisposeAsync()
    {
        await DataSource.DisposeAsync();
        await Database.DisposeAsync();
    }
}
