using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using MentorGraph.Api.Hosting;
using MentorGraph.Api.Tests.Domain;
using MentorGraph.Persistence.Entities;
using MentorGraph.Tests.Support;

namespace MentorGraph.Api.Tests.Hosting;

/// <summary>
/// The web app <c>serve</c> hands to browsers (built from web/ into wwwroot/ by the API's build): its pages, cache
/// headers, GraphiQL's development token and the development sign-in's people.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed partial class WebAppTests(MigratedDatabaseFixture database) : IClassFixture<MigratedDatabaseFixture>
{
    private static readonly Dictionary<string, string?> Settings = new() { ["Database:MigrateOnStart"] = "false" };

    [Theory]
    [InlineData("/")]
    [InlineData("/dashboard")]
    public async Task Page_IsTheBuiltApp_RevalidatedOnEveryLoad_WithAPolicyOfThisOriginOnly(string path)
    {
        await using var host = await ApiTestHost.StartAsync(database.ConnectionString, Settings);

        using var response = await host.Client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("no-cache", response.Headers.CacheControl?.ToString());
        Assert.Equal(WebApp.ContentSecurityPolicy, response.Headers.GetValues("Content-Security-Policy").Single());
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<div id=\"app\"", html);
        Assert.DoesNotContain("https://", html);
    }

    [Fact]
    public async Task Assets_HaveHashedNames_AndAreCachedForAYear()
    {
        await using var host = await ApiTestHost.StartAsync(database.ConnectionString, Settings);
        var html = await host.Client.GetStringAsync("/dashboard");
        var script = ScriptSource().Match(html).Groups[1].Value;

        using var response = await host.Client.GetAsync(script);

        Assert.StartsWith("/assets/index-", script, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/javascript", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("public, max-age=31536000, immutable", response.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task UnknownAsset_IsNotFound()
    {
        await using var host = await ApiTestHost.StartAsync(database.ConnectionString, Settings);

        using var response = await host.Client.GetAsync("/assets/none-such.js");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task GraphiQL_InDevelopment_PrefillsAnAdminTokenOfTheDemoAdmin_ThatSignsIn()
    {
        await new TestWorld(database).PersonAsync(Band.Senior, "Grace Manager", email: "grace-graphiql@example.com");
        await using var host = await ApiTestHost.StartAsync(database.ConnectionString, Settings, environmentName: "Development");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        request.Headers.TryAddWithoutValidation("Accept", "text/html");

        using var response = await host.Client.SendAsync(request);
        var html = await response.Content.ReadAsStringAsync();
        var token = DevelopmentToken().Match(html).Groups[1].Value;
        using var viewer = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query = "{ viewer { roles person { email } } }" }) };
        viewer.Headers.Authorization = new("Bearer", token);
        using var answer = await host.Client.SendAsync(viewer);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEmpty(token);
        var body = await answer.Content.ReadAsStringAsync();
        Assert.Contains("\"ADMIN\"", body);
        Assert.Contains("@example.com", body);
    }

    [Fact]
    public async Task Personas_InDevelopment_ListTheDemoPeople_AndAreNotMappedElsewhere()
    {
        await new TestWorld(database).PersonAsync(Band.Executive, "Erin Executive", email: "erin-personas@example.com");
        await using var development = await ApiTestHost.StartAsync(database.ConnectionString, Settings, environmentName: "Development");
        await using var production = await ApiTestHost.StartAsync(database.ConnectionString, Settings);

        var personas = await development.Client.GetFromJsonAsync<JsonElement>("/dev/personas");
        using var elsewhere = await production.Client.GetAsync("/dev/personas");

        Assert.Contains(personas.EnumerateArray(), p => p.GetProperty("role").GetString() == "EXECUTIVE");
        Assert.All(personas.EnumerateArray(), p => Assert.Contains("@", p.GetProperty("email").GetString()));
        Assert.Equal(HttpStatusCode.NotFound, elsewhere.StatusCode);
    }

    [GeneratedRegex("<script type=\"module\" crossorigin src=\"([^\"]+)\"")]
    private static partial Regex ScriptSource();

    [GeneratedRegex("<meta name=\"mentorgraph-dev-token\" content=\"([^\"]*)\">")]
    private static partial Regex DevelopmentToken();
}
