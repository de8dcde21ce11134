using MentorGraph.Persistence.Migrations;
using Npgsql;

namespace MentorGraph.Tests.Support;

/// <summary>
/// A class fixture: one fresh database with every migration of the checkout's <c>db/migrations</c> applied,
/// shared by the tests of a class (each test makes its own rows, so they do not meet), dropped after the
/// class. <see cref="DataSource"/> is its connection pool. Use it as
/// <c>IClassFixture&lt;MigratedDatabaseFixture&gt;</c> on a class in <see cref="PostgresCollection"/>.
/// </summary>
public sealed class MigratedDatabaseFixture(PostgresServerFixture server) : IAsyncLifetime
{
    private TestDatabase? database;
    private NpgsqlDataSource? dataSource;

    public string ConnectionString =>
        database?.ConnectionString ?? throw new InvalidOperationException("The database fixture was not initialized.");

    public NpgsqlDataSource DataSource =>
        dataSource ?? throw new InvalidOperationException("The database fixture was not initialized.");

    /// <summary>The checkout's <c>db/migrations</c>, found from the test's folder upwards.</summary>
    public static string MigrationsDirectory { get; } = FindMigrations();

    public async Task InitializeAsync()
    {
        database = await server.CreateDatabaseAsync();
        await new MigrationRunner().RunAsync(database.ConnectionString, MigrationsDirectory);
        dataSource = NpgsqlDataSource.Create(database.ConnectionString);
    }

    public async Task DisposeAsync()
    {
        if (dataSource is not null)
        {
            await dataSource.DisposeAsync();
        }

        if (database is not null)
        {
            await database.DisposeAsync();
        }
    }

    private static string FindMigrations()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var migrations = Path.Combine(directory.FullName, "db", "migrations");
            if (File.Exists(Path.Combine(directory.FullName, "MentorGraph.sln")) && Directory.Exists(migrations))
            {
                return migrations;
            }
        }

        throw new InvalidOperationException($"No checkout (MentorGraph.sln with db/migrations) above {AppContext.BaseDirectory}.");
    }
}
