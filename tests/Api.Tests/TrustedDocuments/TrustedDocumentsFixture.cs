using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using MentorGraph.Api.Auth;
using MentorGraph.Api.Tests.Hosting;
using MentorGraph.Api.Tests.Seed;
using MentorGraph.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace MentorGraph.Api.Tests.TrustedDocuments;

/// <summary>
/// A class fixture: one migrated database (the taxonomy only) and two hosts of <c>serve</c> over it — one as
/// configured by default, one with <c>GraphQL:TrustedDocumentsOnly</c>.
/// </summary>
public sealed class TrustedDocumentsFixture(PostgresServerFixture server) : IAsyncLifetime
{
    private TestDatabase? _database;

    public string ConnectionString => _database?.ConnectionString ?? throw new InvalidOperationException("Not initialized.");

    public ApiTestHost Open { get; private set; } = null!;

    public ApiTestHost TrustedOnly { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _database = await SeedDatabase.CreateMigratedAsync(server);
        var settings = new Dictionary<string, string?> { ["Database:MigrateOnStart"] = "false", ["RateLimiting:Enabled"] = "false" };
        Open = await ApiTestHost.StartAsync(_database.ConnectionString, settings);
        TrustedOnly = await ApiTestHost.StartAsync(_database.ConnectionString, new Dictionary<string, string?>(settings) { ["GraphQL:TrustedDocumentsOnly"] = "true" });
    }

    public async Task DisposeAsync()
    {
        await Open.DisposeAsync();
        await TrustedOnly.DisposeAsync();
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }

    /// <summary>A token for a made-up email with <paramref name="roles"/> (none: a plain member).</summary>
    public string Token(params string[] roles) =>
        Open.App.Services.GetRequiredService<TokenIssuer>().Issue($"trusted-{string.Join('-', roles).ToLowerInvariant()}@example.com", roles, TimeSpan.FromMinutes(10));

    /// <summary>POSTs a JSON body to <paramref name="path"/> of <paramref name="host"/>; the status and the parsed answer.</summary>
    public static async Task<(int Status, JsonObject Body)> PostAsync(ApiTestHost host, string path, JsonObject body, string? token = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path)
        {
            Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        using var response = await host.Client.SendAsync(request);
        return ((int)response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject());
    }
}
