using System.Net;
using System.Net.Http.Headers;
using MentorGraph.Api.Tests.Hosting;
using MentorGraph.Tests.Support;
using static MentorGraph.Api.Tests.Pipeline.PipelineTestSupport;

namespace MentorGraph.Api.Tests.Pipeline;

/// <summary>
/// <c>/hangfire</c>: ADMIN only, by bearer header or by the short-lived HttpOnly cookie that
/// <c>/hangfire?access_token=</c> sets; everyone else is refused.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class JobsDashboardTests(JobsDashboardTests.Fixture fixture) : IClassFixture<JobsDashboardTests.Fixture>
{
    [Fact]
    public async Task Dashboard_WithoutCredentials_Is401()
    {
        using var response = await SendAsync("/hangfire");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Dashboard_WithAdminBearer_IsServed_AndAMembersBearerIsForbidden()
    {
        using var admin = await SendAsync("/hangfire", Token(fixture.Host, "ops@example.com", "ADMIN"));
        using var member = await SendAsync("/hangfire", Token(fixture.Host, "someone@example.com", "EXECUTIVE"));

        Assert.Equal(HttpStatusCode.OK, admin.StatusCode);
        Assert.Contains("MentorGraph jobs", await admin.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Forbidden, member.StatusCode);
    }

    [Fact]
    public async Task AccessToken_OfAnAdmin_SetsAnHttpOnlyCookieAndRedirects_TheCookieOpensTheDashboard()
    {
        using var signIn = await SendAsync("/hangfire?access_token=" + Token(fixture.Host, "ops@example.com", "ADMIN"));

        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Equal("/hangfire", signIn.Headers.Location!.OriginalString);
        var cookie = Assert.Single(signIn.Headers.GetValues("Set-Cookie"));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("path=/hangfire", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("expires=", cookie, StringComparison.OrdinalIgnoreCase);

        using var page = await SendAsync("/hangfire/jobs/enqueued", cookie: cookie.Split(';')[0]);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }

    [Fact]
    public async Task AccessToken_OfAMember_Is403_AnInvalidOne401_NeitherSetsACookie()
    {
        using var member = await SendAsync("/hangfire?access_token=" + Token(fixture.Host, "someone@example.com"));
        using var invalid = await SendAsync("/hangfire?access_token=not-a-token");

        Assert.Equal(HttpStatusCode.Forbidden, member.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, invalid.StatusCode);
        Assert.False(member.Headers.Contains("Set-Cookie"));
        Assert.False(invalid.Headers.Contains("Set-Cookie"));
    }

    private async Task<HttpResponseMessage> SendAsync(string path, string? bearer = null, string? cookie = null)
    {
        using var handler = new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false };
        using var client = new HttpClient(handler) { BaseAddress = fixture.Host.Client.BaseAddress };
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (bearer is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }

        if (cookie is not null)
        {
            request.Headers.Add("Cookie", cookie);
        }

        var response = await client.SendAsync(request);
        await response.Content.LoadIntoBufferAsync();
        return response;
    }

    /// <summary>The host of serve over a migrated database (no job server needed for the dashboard).</summary>
    public sealed class Fixture(PostgresServerFixture server) : IAsyncLifetime
    {
        private readonly MigratedDatabaseFixture database = new(server);

        public ApiTestHost Host { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            await database.InitializeAsync();
            Host = await StartAsync(database.ConnectionString, new Dictionary<string, string?> { ["Database:MigrateOnStart"] = "false" });
        }

        public async Task DisposeAsync()
        {
            await Host.DisposeAsync();
            await database.DisposeAsync();
        }
    }
}
