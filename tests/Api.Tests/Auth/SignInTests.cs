using System.Net;
using System.Text;
using System.Text.Json;
using MentorGraph.Api.Auth;
using MentorGraph.Api.Tests.Hosting;
using MentorGraph.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Tokens;

namespace MentorGraph.Api.Tests.Auth;

/// <summary>Bearer tokens on the composed host: none is anonymous, a bad one refuses the whole request.</summary>
[Collection(PostgresCollection.Name)]
public sealed class SignInTests(FreshDatabaseFixture database) : IClassFixture<FreshDatabaseFixture>
{
    private const string Topics = """{"query":"{ topics { id } }"}""";

    [Fact]
    public async Task NoToken_OpenFieldsAnswer()
    {
        await using var host = await ApiTestHost.StartAsync(database.ConnectionString);

        using var response = await host.Client.PostAsync("/graphql", Json(Topics));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("SOCIAL_MEDIA", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ValidToken_Accepted()
    {
        await using var host = await ApiTestHost.StartAsync(database.ConnectionString);
        var token = host.App.Services.GetRequiredService<TokenIssuer>().Issue("ana@example.com", [Roles.Admin], TimeSpan.FromMinutes(5));

        using var response = await host.Client.SendAsync(Request(Topics, $"Bearer {token}"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("Bearer not-a-token", "The bearer token is invalid or expired")]
    [InlineData("Basic dXNlcjpwYXNz", "Only bearer tokens are accepted")]
    public async Task BadCredentials_RefuseTheWholeRequestWith401AndAGraphQLError(string authorization, string message)
    {
        await using var host = await ApiTestHost.StartAsync(database.ConnectionString);

        using var response = await host.Client.SendAsync(Request(Topics, authorization));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.ToString());
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var error = body.RootElement.GetProperty("errors")[0];
        Assert.Equal("UNAUTHENTICATED", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.StartsWith(message, error.GetProperty("message").GetString());
        Assert.False(body.RootElement.TryGetProperty("data", out _));
    }

    [Fact]
    public async Task ExpiredToken_Refused()
    {
        await using var host = await ApiTestHost.StartAsync(database.ConnectionString);
        var past = new ShiftedTime(TimeSpan.FromHours(-2));
        var settings = host.App.Services.GetRequiredService<AuthSettings>();
        var key = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(ApiTestHost.SigningKey));
        var expired = new TokenIssuer(settings, key, past).Issue("ana@example.com", [], TimeSpan.FromHours(1));

        using var response = await host.Client.SendAsync(Request(Topics, $"Bearer {expired}"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task TokenSignedWithAnotherKey_Refused()
    {
        await using var host = await ApiTestHost.StartAsync(database.ConnectionString);
        var settings = host.App.Services.GetRequiredService<AuthSettings>();
        var otherKey = new SymmetricSecurityKey(Encoding.UTF8.GetBytes("another-key-that-is-also-long-enough-0123456789"));
        var forged = new TokenIssuer(settings, otherKey, TimeProvider.System).Issue("ana@example.com", [Roles.Admin], TimeSpan.FromHours(1));

        using var response = await host.Client.SendAsync(Request(Topics, $"Bearer {forged}"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task BadToken_OnHealthChecks_IsIgnored()
    {
        await using var host = await ApiTestHost.StartAsync(database.ConnectionString);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/health/live");
        request.Headers.TryAddWithoutValidation("Authorization", "Bearer nonsense");

        using var response = await host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Production_WithoutAKeyOrAuthority_RefusesToStartNamingTheSetting()
    {
        var error = await Assert.ThrowsAsync<MentorGraph.Api.Configuration.SettingsException>(() =>
            ApiTestHost.StartAsync(database.ConnectionString, new Dictionary<string, string?> { ["Auth:SigningKey"] = null }));

        Assert.StartsWith("Auth:SigningKey", error.Message);
    }

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    private static HttpRequestMessage Request(string body, string authorization)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = Json(body) };
        request.Headers.TryAddWithoutValidation("Authorization", authorization);
        return request;
    }

    private sealed class ShiftedTime(TimeSpan shift) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + shift;
    }
}
