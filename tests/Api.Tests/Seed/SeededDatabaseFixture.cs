using MentorGraph.Api.Seed;
using MentorGraph.Tests.Support;

namespace MentorGraph.Api.Tests.Seed;

/// <summary>A class fixture: a migrated database seeded once with the default organisation as of <see cref="GeneratedSeed.Today"/>.</summary>
public sealed class SeededDatabaseFixture(PostgresServerFixture server) : IAsyncLifetime
{
    private TestDatabase? database;

    public string ConnectionString => database?.ConnectionString ?? throw new InvalidOperationException("Not initialized.");

    /// <summary>The test server, for more databases beside the seeded one.</summary>
    public PostgresServerFixture Server => server;

    public SeedOptions Options { get; } = SeedOptions.Default(GeneratedSeed.Today);

    public SeedResult Result { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        database = await SeedDatabase.CreateMigratedAsync(server);
        Result = await SeedRunner.RunAsync(database.ConnectionString, Options, SeedMode.Refuse);
    }

    public async Task DisposeAsync()
    {
        if (database is not null)
        {
            await database.DisposeAsync();
        }
    }
}
