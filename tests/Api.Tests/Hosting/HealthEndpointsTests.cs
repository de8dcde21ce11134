using System.Net;
using System.Text.Json;
using MentorGraph.Tests.Support;

namespace MentorGraph.Api.Tests.Hosting;

/// <summary>/health/live, /health/ready and /health on the composed host, with the real PostgreSQL.</summary>
[Collection(PostgresCollection.Name)]
public sealed class HealthEndpointsTests(FreshDatabaseFixture database) : IClassFixture<FreshDatabaseFixture>
{
    [Theory]
    [InlineData("/health/ready")]
    [InlineData("/health")]
    public async Task Ready_DatabaseUpAndClassifierLoaded_200Healthy(string path)
    {
        await using var host = await ApiTestHost.StartAsync(database.ConnectionString);
        await WaitUntilAsync(host, path, HttpStatusCode.OK);

        using var response = await host.Client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("healthy", body.RootElement.GetProperty("status").GetString());
        Assert.True(body.RootElement.GetProperty("database").GetProperty("reachable").GetBoolean());
        Assert.True(body.RootElement.GetProperty("database").GetProperty("latencyMs").GetInt64() >= 0);
        Assert.True(body.RootElement.GetProperty("classifier").GetProperty("ready").GetBoolean());
    }

    [Fact]
    public async Task Ready_WhileTheClassifierLoads_503ThenHealthyOnceLoaded()
    {
        using var release = new ManualResetEventSlim();
        await using var host = await ApiTestHost.StartAsync(database.ConnectionString, classifier: ApiTestHost.GatedClassifierSource(release));

        using (var loading = await host.Client.GetAsync("/health/ready"))
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, loading.StatusCode);
            using var body = JsonDocument.Parse(await loading.Content.ReadAsStringAsync());
            Assert.Equal("unhealthy", body.RootElement.GetProperty("status").GetString());
            Assert.True(body.RootElement.GetProperty("database").GetProperty("reachable").GetBoolean());
            Assert.False(body.RootElement.GetProperty("classifier").GetProperty("ready").GetBoolean());
            Assert.Equal("loading", body.RootElement.GetProperty("classifier").GetProperty("state").GetString());
            Assert.Equal("training, direction model trained", body.RootElement.GetProperty("classifier").GetProperty("stage").GetString());
            Assert.Equal(0.5, body.RootElement.GetProperty("classifier").GetProperty("progress").GetDouble());
        }

        using (var live = await host.Client.GetAsync("/health/live"))
        {
            Assert.Equal(HttpStatusCode.OK, live.StatusCode);
            Assert.Equal("""{"status":"healthy"}""", await live.Content.ReadAsStringAsync());
        }

        release.Set();
        await WaitUntilAsync(host, "/health/ready", HttpStatusCode.OK);
    }

    [Fact]
    public async Task Ready_DatabaseDown_503WithReachableFalseAndNoErrorText()
    {
        var port = FreePorts.Next();
        await using var host = await ApiTestHost.StartAsync($"Host=127.0.0.1;Port={port};Database=x;Username=u;Password=secret;Timeout=2");

        using var response = await host.Client.GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        Assert.StartsWith("""{"status":"unhealthy","database":{"reachable":false,"latencyMs":null}""", text);
        Assert.DoesNotContain("secret", text);
        Assert.DoesNotContain("Exception", text);
    }

    [Fact]
    public async Task Live_DatabaseDown_StillHealthy()
    {
        await using var host = await ApiTestHost.StartAsync($"Host=127.0.0.1;Port={FreePorts.Next()};Database=x;Username=u;Password=p;Timeout=2");

        using var response = await host.Client.GetAsync("/health/live");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task UnmappedPath_404()
    {
        await using var host = await ApiTestHost.StartAsync(database.ConnectionString);

        using var response = await host.Client.GetAsync("/nothing-here");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static async Task WaitUntilAsync(ApiTestHost host, string path, HttpStatusCode expected)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            using var response = await host.Client.GetAsync(path);
            if (response.StatusCode == expected || DateTime.UtcNow > deadline)
            {
                Assert.Equal(expected, response.StatusCode);
                return;
            }

            await Task.Delay(50);
        }
    }

}
