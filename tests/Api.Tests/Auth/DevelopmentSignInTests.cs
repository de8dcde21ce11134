using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MentorGraph.Api.Tests.Domain;
using MentorGraph.Api.Tests.Hosting;
using MentorGraph.Persistence;
using MentorGraph.Persistence.Entities;
using MentorGraph.Tests.Support;

namespace MentorGraph.Api.Tests.Auth;

/// <summary>The Development sign-in endpoint: a token for a person of the directory in Development, and no such endpoint anywhere else.</summary>
[Collection(PostgresCollection.Name)]
public sealed class DevelopmentSignInTests(MigratedDatabaseFixture database) : IClassFixture<MigratedDatabaseFixture>
{
    [Fact]
    public async Task InDevelopment_GetAndPost_IssueATokenForAPersonInTheDirectory_ThatSignsTheViewerIn()
    {
        var person = await new TestWorld(database).PersonAsync(Band.Executive, "Dana Admin", email: "dana-dev@example.com");
        await using var host = await ApiTestHost.StartAsync(database.ConnectionString, new Dictionary<string, string?> { ["Database:MigrateOnStart"] = "false" }, environmentName: "Development");

        var viaGet = await host.Client.GetFromJsonAsync<JsonElement>("/dev/sign-in?email=DANA-DEV@example.com&role=ADMIN");
        using var post = await host.Client.PostAsJsonAsync("/dev/sign-in", new { email = "dana-dev@example.com", roles = new[] { "EXECUTIVE" } });
        var viaPost = await post.Content.ReadFromJsonAsync<JsonElement>();
        using var unknown = await host.Client.GetAsync("/dev/sign-in?email=nobody@example.com");

        Assert.Equal(["ADMIN", "MEMBER"], viaGet.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal(["EXECUTIVE", "MEMBER"], viaPost.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query = "{ viewer { person { name } roles } }" }) };
        request.Headers.Authorization = new("Bearer", viaGet.GetProperty("token").GetString());
        using var response = await host.Client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("\"name\":\"Dana Admin\"", body);
        Assert.Contains("\"ADMIN\"", body);
        Assert.Equal(person.Id, (await new TestWorld(database).ReloadAsync<Person>(person.Id)).Id);
    }

    [Theory]
    [InlineData("Production")]
    [InlineData("Staging")]
    public async Task OutsideDevelopment_TheEndpointIsNotMapped(string environment)
    {
        await new TestWorld(database).PersonAsync(Band.Executive, email: $"dana-{environment}@example.com");
        await using var host = await ApiTestHost.StartAsync(database.ConnectionString, new Dictionary<string, string?> { ["Database:MigrateOnStart"] = "false" }, environmentName: environment);

        using var get = await host.Client.GetAsync($"/dev/sign-in?email=dana-{environment}@example.com&role=ADMIN");
        using var post = await host.Client.PostAsJsonAsync("/dev/sign-in", new { email = $"dana-{environment}@example.com" });

        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        Assert.True(post.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.MethodNotAllowed, post.StatusCode.ToString());
        Assert.DoesNotContain("token", await get.Content.ReadAsStringAsync());
    }
}
