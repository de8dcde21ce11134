namespace MentorGraph.Tests.Support;

/// <summary>A database made for one test or test class; disposing it drops it (closing any connections left open).</summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly PostgresServerFixture server;

    internal TestDatabase(string name, string connectionString, PostgresServerFixture server)
    {
        Name = name;
        ConnectionString = connectionString;
        this.server = server;
    }

    public string Name { get; }

    public string ConnectionString { get; }

    public ValueTask DisposeAsync() => new(server.DropDatabaseAsync(this));
}
