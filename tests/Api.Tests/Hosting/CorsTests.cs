using System.Net;
using MentorGraph.Tests.Support;

namespace MentorGraph.Api.Tests.Hosting;

/// <summary>CORS preflights on the composed host: localhost dev servers in Development, a configured list in production.</summary>
[Collection(PostgresCollection.Name)]
public sealed class CorsTests(FreshDatabaseFixture database) : IClassFixture<FreshDatabaseFixture>
{
    [Theory]
    [InlineData("http://localhost:5173")]
    [InlineData("http://localhost:3000")]
    [InlineData("http://127.0.0.1:8080")]
    public async Task Preflight_Development_LocalhostOriginEchoedWithPostAndHeaders(string origin)
    {
        await using var host = await ApiTestHost.StartAsync(database.ConnectionString, environmentName: "Development");

        using var response = await host.Client.SendAsync(Preflight(origin));

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(origin, Header(response, "Access-Control-Allow-Origin"));
        Assert.Contains("POST", Header(response, "Access-Control-Allow-Methods"));
        var headers = Header(response, "Access-Control-Allow-Headers")!.ToLowerInvariant();
        Assert.Contains("content-type", headers);
        Assert.Contains("authorization", headers);
    }

    [Theory]
    [InlineData("http://evil.example")]
    [InlineData("https://localhost:5173")]
    [InlineData("http://localhost.evil.example:5173")]
    public async Task Preflight_Development_OtherOriginGetsNoCorsHeaders(string origin)
    {
        await using var host = await ApiTestHost.StartAsync(database.ConnectionString, environmentName: "Development");

        using var response = await host.Client.SendAsync(Preflight(origin));

        Assert.NotEqual(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Null(Header(response, "Access-Control-Allow-Origin"));
        Assert.Null(Header(response, "Access-Control-Allow-Methods"));
    }

    [Fact]
    public async Task Preflight_Production_OnlyConfiguredOrigins()
    {
        await using var host = await ApiTestHost.StartAsync(database.ConnectionString, new Dictionary<string, string?>
        {
            ["Cors:AllowedOrigins:0"] = "https://app.example.com",
        });

        using var allowed = await host.Client.SendAsync(Preflight("https://app.example.com"));
        using var localhost = await host.Client.SendAsync(Preflight("http://localhost:5173"));

        Assert.Equal("https://app.example.com", Header(allowed, "Access-Control-Allow-Origin"));
        Assert.Null(Header(localhost, "Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task ActualRequest_AllowedOrigin_GetsTheOriginEchoed()
    {
        await using var host = await ApiTestHost.StartAsync(database.ConnectionString, environmentName: "Development");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent("""{"query":"{ __typename }"}""", System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("Origin", "http://localhost:5173");

        using var response = await host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("http://localhost:5173", Header(response, "Access-Control-Allow-Origin"));
    }

    private static HttpRequestMessage Preflight(string origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Options, "/graphql");
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "content-type,authorization");
        return request;
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(",", values) : null;
}
