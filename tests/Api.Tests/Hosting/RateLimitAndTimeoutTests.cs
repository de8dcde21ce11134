using System.Net;
using System.Text;
using System.Text.Json;
using MentorGraph.Tests.Support;

namespace MentorGraph.Api.Tests.Hosting;

/// <summary>Per-client rate limits (429) and request timeouts (504), each answered with a GraphQL error body.</summary>
[Collection(PostgresCollection.Name)]
public sealed class RateLimitAndTimeoutTests(FreshDatabaseFixture database) : IClassFixture<FreshDatabaseFixture>
{
    [Fact]
    public async Task OverTheRateLimit_429WithRetryAfterAndAGraphQLError()
    {
        await using var host = await ApiTestHost.StartAsync(database.ConnectionString, new Dictionary<string, string?>
        {
            ["RateLimiting:RequestsPerSecond"] = "1",
            ["RateLimiting:Burst"] = "2",
        });

        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? refused = null;
        for (var i = 0; i < 4; i++)
        {
            var response = await host.Client.PostAsync("/graphql", Query("{ __typename }"));
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                refused ??= response;
            }
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK], statuses.Take(2));
        Assert.NotNull(refused);
        Assert.True(refused.Headers.RetryAfter is not null);
        using var body = JsonDocument.Parse(await refused.Content.ReadAsStringAsync());
        var error = body.RootElement.GetProperty("errors")[0];
        Assert.Equal("RATE_LIMITED", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Contains("Too many requests", error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task RateLimit_DoesNotApplyToHealthChecks()
    {
        await using var host = await ApiTestHost.StartAsync(database.ConnectionString, new Dictionary<string, string?>
        {
            ["RateLimiting:RequestsPerSecond"] = "1",
            ["RateLimiting:Burst"] = "1",
        });

        for (var i = 0; i < 5; i++)
        {
            using var response = await host.Client.GetAsync("/health/live");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    [Fact]
    public async Task RateLimit_Disabled_NeverRefuses()
    {
        await using var host = await ApiTestHost.StartAsync(database.ConnectionString, new Dictionary<string, string?>
        {
            ["RateLimiting:Enabled"] = "false",
            ["RateLimiting:RequestsPerSecond"] = "1",
            ["RateLimiting:Burst"] = "1",
        });

        for (var i = 0; i < 5; i++)
        {
            using var response = await host.Client.PostAsync("/graphql", Query("{ __typename }"));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    [Fact]
    public async Task RequestOverTheTimeLimit_504WithATimeoutError()
    {
        // The classifier takes longer to load than the request may run; classifyNote waits for it.
        using var release = new ManualResetEventSlim();
        await using var host = await ApiTestHost.StartAsync(database.ConnectionString,
            new Dictionary<string, string?> { ["Server:RequestTimeoutSeconds"] = "1" },
            classifier: ApiTestHost.GatedClassifierSource(release));
        var releaseLater = Task.Delay(TimeSpan.FromSeconds(3)).ContinueWith(_ => release.Set(), TaskScheduler.Default);

        using var response = await host.Client.PostAsync("/graphql",
            Query("{ classifyNote(input: {text: \"We talked about budgets.\", authorRole: JUNIOR}) { classification { direction } } }"));
        await releaseLater;

        Assert.Equal(HttpStatusCode.GatewayTimeout, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("TIMEOUT", body.RootElement.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    private static StringContent Query(string query) =>
        new(JsonSerializer.Serialize(new { query }), Encoding.UTF8, "application/json");
}
