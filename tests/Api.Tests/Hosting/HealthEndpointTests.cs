using System.Net;
using System.Text.Json;
using MentorGraph.Api.Hosting;
using MentorGraph.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace MentorGraph.Api.Tests.Hosting;

/// <summary>The composed host on a real Kestrel port with the real PostgreSQL (one database for the class).</summary>
[Collection(PostgresCollection.Name)]
public sealed class HealthEndpointTests(FreshDatabaseFixture database) : IClassFixture<FreshDatabaseFixture>
{
    [Fact]
    public async Task Health_DatabaseUp_200WithReachableTrue()
    {
        await using var app = await StartAsync(database.ConnectionString);
        using var client = new HttpClient { BaseAddress = new Uri(AddressOf(app)) };

        using var response = await client.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("healthy", body.RootElement.GetProperty("status").GetString());
        Assert.True(body.RootElement.GetProperty("database").GetProperty("reachable").GetBoolean());
        Assert.True(body.RootElement.GetProperty("database").GetProperty("latencyMs").GetInt64() >= 0);
    }

    [Fact]
    public async Task Health_DatabaseDown_503WithReachableFalseAndNoErrorText()
    {
        var port = FreePort();
        await using var app = await StartAsync($"Host=127.0.0.1;Port={port};Database=x;Username=u;Password=secret;Timeout=2");
        using var client = new HttpClient { BaseAddress = new Uri(AddressOf(app)) };

        using var response = await client.GetAsync("/health");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        Assert.Equal("""{"status":"unhealthy","database":{"reachable":false,"latencyMs":null}}""", text);
    }

    [Fact]
    public async Task UnmappedPath_404()
    {
        await using var app = await StartAsync(database.ConnectionString);
        using var client = new HttpClient { BaseAddress = new Uri(AddressOf(app)) };

        using var response = await client.GetAsync("/nothing-here");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static async Task<WebApplication> StartAsync(string connectionString)
    {
        var app = ApiHost.Build(new ServeOptions
        {
            Urls = "http://127.0.0.1:0",
            ConnectionString = connectionString,
            LogFormat = LogFormat.Text,
        });
        await app.StartAsync();
        return app;
    }

    private static string AddressOf(WebApplication app)
        => app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();

    private static int FreePort()
    {
        var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
