using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using MentorGraph.Api.Auth;
using MentorGraph.Api.Data;
using MentorGraph.Api.Seed;
using MentorGraph.Api.Tests.Hosting;
using MentorGraph.Api.Tests.Seed;
using MentorGraph.Persistence.Insights;
using MentorGraph.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace MentorGraph.Api.Tests.Insights;

/// <summary>
/// <c>Database:ReadOnlyConnectionString</c>: insight queries and exports read the replica, everything else the primary.
/// The "replica" is a second database with the demo organisation and its trend tables; the primary is migrated and
/// empty — so any insight number the API returns can only have come from the replica.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class ReadReplicaTests(PostgresServerFixture server) : IAsyncLifetime
{
    private TestDatabase primary = null!;
    private TestDatabase replica = null!;

    public async Task InitializeAsync()
    {
        primary = await SeedDatabase.CreateMigratedAsync(server);
        replica = await SeedDatabase.CreateMigratedAsync(server);
        await SeedRunner.RunAsync(replica.ConnectionString, SeedOptions.Default(GeneratedSeed.Today) with { Labels = true }, SeedMode.Refuse);
        await using var dataSource = NpgsqlDataSource.Create(replica.ConnectionString);
        await new TopicTrendTables(dataSource).RefreshAsync("UTC", default);
    }

    public async Task DisposeAsync()
    {
        await primary.DisposeAsync();
        await replica.DisposeAsync();
    }

    private Task<ApiTestHost> StartAsync(string? readOnly) => ApiTestHost.StartAsync(primary.ConnectionString, new Dictionary<string, string?>
    {
        ["Database:MigrateOnStart"] = "false",
        ["RateLimiting:Enabled"] = "false",
        ["Database:ReadOnlyConnectionString"] = readOnly,
    });

    [Fact]
    public async Task Insights_WithAReadOnlyConnectionString_ReadTheReplica_AndTheRestThePrimary()
    {
        await using var host = await StartAsync(replica.ConnectionString);
        var token = Token(host, "ANALYST", "ADMIN");

        var data = await RunAsync(host, token, """
            { knowledgeFlow(period: { from: "2025-06-17", to: "2026-06-16" }, groupBy: [TOPIC]) { key total }
              people(first: 1) { totalCount } }
            """);

        var total = data["knowledgeFlow"]!.AsArray().Sum(g => (int)g!["total"]!);
        Assert.Equal(await SeedDatabase.CountAsync(replica.ConnectionString,
            "SELECT count(*) FROM session_notes WHERE topic_id IS NOT NULL AND created_at >= '2025-06-17T00:00:00Z' AND created_at < '2026-06-17T00:00:00Z'"), total);
        Assert.True(total > 0);
        Assert.Equal(0, (int)data["people"]!["totalCount"]!);
        Assert.True(host.App.Services.GetRequiredService<ReadDatabase>().IsReplica);

        using var request = new HttpRequestMessage(HttpMethod.Get, "/exports/topic-trends.csv?from=2025-06-17&to=2026-06-16");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var export = await host.Client.SendAsync(request);
        var lines = (await export.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(200, (int)export.StatusCode);
        Assert.True(lines.Length > 1, "the replica's trend rows are exported");
    }

    [Fact]
    public async Task Insights_WithoutAReadOnlyConnectionString_ReadThePrimary()
    {
        await using var host = await StartAsync(null);

        var data = await RunAsync(host, Token(host, "ANALYST"), """
            { knowledgeFlow(period: { from: "2025-06-17", to: "2026-06-16" }, groupBy: [TOPIC]) { key total } }
            """);

        Assert.All(data["knowledgeFlow"]!.AsArray(), g => Assert.Equal(0, (int)g!["total"]!));
        Assert.False(host.App.Services.GetRequiredService<ReadDatabase>().IsReplica);
    }

    private static string Token(ApiTestHost host, params string[] roles) =>
        host.App.Services.GetRequiredService<TokenIssuer>().Issue("replica@example.com", roles, TimeSpan.FromMinutes(10));

    private static async Task<JsonNode> RunAsync(ApiTestHost host, string token, string query)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(new JsonObject { ["query"] = query }.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await host.Client.SendAsync(request);
        var json = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.True(json["errors"] is null, json.ToJsonString());
        return json["data"]!;
    }
}
