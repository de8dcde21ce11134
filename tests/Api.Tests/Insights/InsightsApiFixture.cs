using MentorGraph.Api.Auth;
using MentorGraph.Api.Seed;
using MentorGraph.Api.Tests.Domain;
using MentorGraph.Api.Tests.Hosting;
using MentorGraph.Api.Tests.Seed;
using MentorGraph.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace MentorGraph.Api.Tests.Insights;

/// <summary>
/// A class fixture: the default demo organisation as of <see cref="GeneratedSeed.Today"/> with the seed's labels
/// stored (model <c>seed</c>), its trend tables and engagement rollup refreshed, and the composed host of <c>serve</c> over it.
/// </summary>
public sealed class InsightsApiFixture(PostgresServerFixture server) : IAsyncLifetime
{
    private TestDatabase? _database;
    private ApiTestHost? _host;

    public string ConnectionString => _database?.ConnectionString ?? throw new InvalidOperationException("Not initialized.");

    public ApiTestHost Host => _host ?? throw new InvalidOperationException("Not initialized.");

    public async Task InitializeAsync()
    {
        _database = await SeedDatabase.CreateMigratedAsync(server);
        await SeedRunner.RunAsync(_database.ConnectionString, SeedOptions.Default(GeneratedSeed.Today) with { Labels = true }, SeedMode.Refuse);
        await using (var dataSource = NpgsqlDataSource.Create(_database.ConnectionString))
        {
            await InsightRollups.RefreshAsync(dataSource);
        }

        _host = await ApiTestHost.StartAsync(
            _database.ConnectionString,
            new Dictionary<string, string?> { ["Database:MigrateOnStart"] = "false", ["RateLimiting:Enabled"] = "false" });
    }

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }

        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }

    /// <summary>A token for a made-up email with <paramref name="roles"/> (none: a plain member).</summary>
    public string Token(params string[] roles) =>
        Host.App.Services.GetRequiredService<TokenIssuer>().Issue($"insights-{string.Join('-', roles).ToLowerInvariant()}@example.com", roles, TimeSpan.FromMinutes(10));

    public Task<GraphQLResponse> RunAsync(string query, string? token, object? variables = null) => GraphQLPost.RunAsync(Host, query, token, variables);
}
