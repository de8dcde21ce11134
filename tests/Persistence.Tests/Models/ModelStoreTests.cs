using MentorGraph.Persistence.Entities;
using MentorGraph.Persistence.Migrations;
using MentorGraph.Persistence.Models;
using MentorGraph.Tests.Support;
using Npgsql;

namespace MentorGraph.Persistence.Tests.Models;

/// <summary>
/// <see cref="ModelStore"/> on the real PostgreSQL. "At most one ACTIVE" is a rule over the whole table, so
/// each test gets its own freshly migrated database.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class ModelStoreTests(PostgresServerFixture server) : IAsyncLifetime
{
    private TestDatabase? database;
    private NpgsqlDataSource? dataSource;

    private NpgsqlDataSource DataSource => dataSource!;

    private ModelStore Store => new(DataSource);

    public async Task InitializeAsync()
    {
        database = await server.CreateDatabaseAsync();
        await new MigrationRunner().RunAsync(database.ConnectionString, MigratedDatabaseFixture.MigrationsDirectory);
        dataSource = NpgsqlDataSource.Create(database.ConnectionString);
    }

    public async Task DisposeAsync()
    {
        await dataSource!.DisposeAsync();
        await database!.DisposeAsync();
    }

    private static NewModel Model(string version, string? comparedWith = null, double topic = 0.9) => new(
        version,
        Package: [1, 2, 3, (byte)version.Length, 0, 255],
        Metadata: $$"""{"modelVersion": "test", "name": "{{version}}"}""",
        TrainingNotes: 100,
        PersonLabels: 3,
        Reason: $"reason of {version}",
        Development: new StoredScores(topic, 0.8, 240),
        HeldOut: comparedWith is null ? null : new StoredScores(0.7, 0.6, 12),
        ComparedWith: comparedWith);

    [Fact]
    public async Task EnsureActive_NoModel_StoresItActive_AndLoadReturnsEveryField()
    {
        var (version, stored) = await Store.EnsureActiveAsync(() => Model("builtin-a"));

        Assert.Equal(("builtin-a", true), (version, stored));
        Assert.Equal("builtin-a", await Store.GetActiveVersionAsync());
        var loaded = await Store.LoadAsync("builtin-a");
        Assert.NotNull(loaded);
        Assert.Equal(Model("builtin-a").Package, loaded.Package);
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(loaded.Package)), loaded.PackageSha256);
        Assert.Contains("\"name\": \"builtin-a\"", loaded.Metadata);
        Assert.Equal((ModelStatus.Active, "reason of builtin-a", 100, 3), (loaded.Status, loaded.Reason, loaded.TrainingNotes, loaded.PersonLabels));
        Assert.Equal((0.9, 0.8, 240), (loaded.DevTopicMacroF1, loaded.DevDirectionAccuracy, loaded.DevNotes));
        Assert.Null(loaded.HeldOutNotes);
        Assert.NotNull(loaded.ActivatedAt);
        Assert.Null(loaded.RetiredAt);
        Assert.Null(await Store.LoadAsync("no-such-version"));
    }

    [Fact]
    public async Task EnsureActive_AModelIsActive_KeepsIt_WithoutBuildingTheFirst()
    {
        await Store.EnsureActiveAsync(() => Model("builtin-a"));
        var (version, stored) = await Store.EnsureActiveAsync(() => throw new InvalidOperationException("must not be built"));
        Assert.Equal(("builtin-a", false), (version, stored));
    }

    [Fact]
    public async Task EnsureActive_ManyProcessesAtOnce_StoreOneModel()
    {
        var calls = 0;
        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => new ModelStore(DataSource).EnsureActiveAsync(() =>
        {
            Interlocked.Increment(ref calls);
            return Model("builtin-a");
        }))));

        Assert.All(results, r => Assert.Equal("builtin-a", r.Version));
        Assert.Single(results, r => r.Stored);
        Assert.Equal(1, calls);
        Assert.Single(await Store.ListAsync());
    }

    [Fact]
    public async Task AddActive_RetiresTheModelItBeat_LeavingOneActive()
    {
        await Store.EnsureActiveAsync(() => Model("builtin-a"));

        Assert.True(await Store.AddActiveAsync(Model("retrained-b", comparedWith: "builtin-a")));

        Assert.Equal("retrained-b", await Store.GetActiveVersionAsync());
        var list = await Store.ListAsync();
        Assert.Single(list, m => m.Status == ModelStatus.Active);
        var old = Assert.Single(list, m => m.Version == "builtin-a");
        Assert.Equal(ModelStatus.Retired, old.Status);
        Assert.NotNull(old.RetiredAt);
        Assert.EndsWith("Retired: retrained-b replaced it.", old.Reason);
        var active = list.Single(m => m.Version == "retrained-b");
        Assert.Equal(("builtin-a", 12), (active.ComparedWith, active.HeldOutNotes));
    }

    [Fact]
    public async Task AddActive_JudgedAgainstAModelNoLongerActive_IsStoredRejected()
    {
        await Store.EnsureActiveAsync(() => Model("builtin-a"));
        await Store.AddActiveAsync(Model("retrained-b", comparedWith: "builtin-a"));

        Assert.False(await Store.AddActiveAsync(Model("retrained-c", comparedWith: "builtin-a")));

        Assert.Equal("retrained-b", await Store.GetActiveVersionAsync());
        var late = (await Store.ListAsync()).Single(m => m.Version == "retrained-c");
        Assert.Equal(ModelStatus.Rejected, late.Status);
        Assert.Contains("retrained-b became active meanwhile", late.Reason);
        Assert.Null(late.ActivatedAt);
    }

    [Fact]
    public async Task AddRejected_KeepsTheActiveModel_AndListsNewestFirstWithoutPackages()
    {
        await Store.EnsureActiveAsync(() => Model("builtin-a"));
        await Store.AddRejectedAsync(Model("retrained-b", comparedWith: "builtin-a", topic: 0.5));

        Assert.Equal("builtin-a", await Store.GetActiveVersionAsync());
        var list = await Store.ListAsync();
        Assert.Equal(["retrained-b", "builtin-a"], list.Select(m => m.Version));
        Assert.All(list, m => Assert.Empty(m.Package));
        Assert.Equal((ModelStatus.Rejected, 0.5), (list[0].Status, list[0].DevTopicMacroF1));
    }

    [Fact]
    public async Task Database_RefusesASecondActiveModel()
    {
        await Store.EnsureActiveAsync(() => Model("builtin-a"));
        await using var command = DataSource.CreateCommand(
            "INSERT INTO classifier_models (version, package, package_sha256, metadata, training_notes, status, reason, activated_at) " +
            "VALUES ('x', '\\x00', 'x', '{}', 1, 'ACTIVE', 'r', now())");
        var error = await Assert.ThrowsAsync<PostgresException>(() => command.ExecuteNonQueryAsync());
        Assert.Equal(("23505", "classifier_models_one_active"), (error.SqlState, error.ConstraintName));
    }

    [Fact]
    public async Task AddActive_TheSameChangeByTwoProcesses_StoresItOnce()
    {
        await Store.EnsureActiveAsync(() => Model("builtin-a"));
        await Store.AddActiveAsync(Model("retrained-b", comparedWith: "builtin-a"));

        Assert.False(await Store.AddActiveAsync(Model("retrained-b", comparedWith: "builtin-a")));

        var models = await Store.ListAsync();
        Assert.Equal(2, models.Count);
        Assert.Equal(ModelStatus.Active, models.Single(m => m.Version == "retrained-b").Status);
    }
}
