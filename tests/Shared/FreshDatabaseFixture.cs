namespace MentorGraph.Tests.Support;

/// <summary>
/// A class fixture: one fresh, empty database for all tests of a test class, dropped after the class.
/// Use it as <c>IClassFixture&lt;FreshDatabaseFixture&gt;</c> on a class in <see cref="PostgresCollection"/>.
/// </summary>
public sealed class FreshDatabaseFixture(PostgresServerFixture server) : IAsyncLifetime
{
    private TestDatabase? database;

    public string ConnectionString =>
        database?.ConnectionString ?? throw new InvalidOperationException("The database fixture was not initialized.");

    public async Task InitializeAsync() => database = await server.CreateDatabaseAsync();

    public async Task DisposeAsync()
    {
        if (database is not null)
        {
            await database.DisposeAsync();
        }
    }
}
