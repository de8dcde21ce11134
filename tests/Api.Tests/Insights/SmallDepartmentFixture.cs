using MentorGraph.Api.Auth;
using MentorGraph.Api.Seed;
using MentorGraph.Api.Tests.Domain;
using MentorGraph.Api.Tests.Hosting;
using MentorGraph.Api.Tests.Seed;
using MentorGraph.Persistence.Insights;
using MentorGraph.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace MentorGraph.Api.Tests.Insights;

/// <summary>
/// A class fixture for the privacy rules of engagement and participation: a small labelled organisation (about 600
/// sessions) in which two juniors who took part in pairings were moved into a department of their own, "Tiny" — a group
/// too small to show — with the trend tables and engagement rollup refreshed after the move, and the host of <c>serve</c>.
/// </summary>
public sealed class SmallDepartmentFixture(PostgresServerFixture server) : IAsyncLifetime
{
    private TestDatabase? _database;
    private ApiTestHost? _host;

    public string ConnectionString => _database?.ConnectionString ?? throw new InvalidOperationException("Not initialized.");

    public ApiTestHost Host => _host ?? throw new InvalidOperationException("Not initialized.");

    /// <summary>The database key of the department "Tiny".</summary>
    public long TinyDepartmentId { get; private set; }

    public async Task InitializeAsync()
    {
        _database = await SeedDatabase.CreateMigratedAsync(server);
        await SeedRunner.RunAsync(_database.ConnectionString, new SeedOptions(7, GeneratedSeed.Today, 600, null, SeedOptions.DefaultRisingTopics) { Labels = true }, SeedMode.Refuse);
        await using (var dataSource = NpgsqlDataSource.Create(_database.ConnectionString))
        {
            await new EngagementDays(dataSource).RefreshAsync("UTC", default);
            await using (var command = dataSource.CreateCommand("""
                WITH tiny AS (INSERT INTO departments (name) VALUES ('Tiny') RETURNING id),
                     movers AS (
                         SELECT junior_id FROM pairings WHERE started_at IS NOT NULL
                         GROUP BY junior_id ORDER BY junior_id LIMIT 2)
                UPDATE people SET department_id = (SELECT id FROM tiny) WHERE id IN (SELECT junior_id FROM movers)
                RETURNING department_id
                """))
            {
                TinyDepartmentId = (long)(await command.ExecuteScalarAsync())!;
            }

            // The move re-files history: the refresh rebuilds the rollup (what the recurring job does within a minute).
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

    public string Token(params string[] roles) =>
        Host.App.Services.GetRequiredService<TokenIssuer>().Issue($"small-{string.Join('-', roles).ToLowerInvariant()}@example.com", roles, TimeSpan.FromMinutes(10));

    public Task<GraphQLResponse> RunAsync(string query, string? token, object? variables = null) => GraphQLPost.RunAsync(Host, query, token, variables);
}
