using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using MentorGraph.Api.Hosting;
using MentorGraph.Api.Schema;

namespace MentorGraph.Api.Tests.Hosting;

public class GraphQLEndpointTests
{
    [Fact]
    public async Task Post_TopicsQuery_AnswersWithTheGraphQLResponseMediaType()
    {
        await using var host = await GraphQLTestHost.StartAsync();

        using var response = await PostAsync(host, """{"query": "{ topics { slug } }"}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/graphql-response+json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(12, json.RootElement.GetProperty("data").GetProperty("topics").GetArrayLength());
    }

    [Fact]
    public async Task Get_FromABrowser_ServesGraphiQLFromOurOwnBuild()
    {
        await using var host = await GraphQLTestHost.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        request.Headers.TryAddWithoutValidation("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");

        using var response = await host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<title>MentorGraph · GraphiQL</title>", html);
        Assert.Contains("<script type=\"module\" crossorigin src=\"/assets/graphiql-", html);
        Assert.DoesNotContain("https://", html);
        // Outside Development the headers editor is not prefilled.
        Assert.Contains(GraphiQLPage.TokenPlaceholder, html);
        Assert.Contains("connect-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single());
    }

    [Fact]
    public async Task Get_FromABrowserWithAQuery_RunsTheQuery()
    {
        await using var host = await GraphQLTestHost.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString("{ topic(id: LEADERSHIP) { slug } }"));
        request.Headers.TryAddWithoutValidation("Accept", "text/html,*/*;q=0.8");

        using var response = await host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("\"leadership\"", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Get_WithoutQueryFromAGraphQLClient_IsABadRequest()
    {
        await using var host = await GraphQLTestHost.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/graphql-response+json"));

        using var response = await host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var error = Assert.Single(json.RootElement.GetProperty("errors").EnumerateArray());
        Assert.Equal("The 'query' parameter is required.", error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task GetSchemaGraphql_ReturnsTheServedSdl()
    {
        await using var host = await GraphQLTestHost.StartAsync();

        using var response = await host.Client.GetAsync("/graphql/schema.graphql");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(GraphQL.Types.SchemaPrinter.Print(ApiSchema.BuildDefault()) + "\n", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ResolverException_IsLoggedWithItsPath_AndTheClientSeesOnlyInternalServerError()
    {
        await using var host = await GraphQLTestHost.StartAsync(loadClassifier: () => throw new IOException("model file vanished"));

        using var response = await PostAsync(host, """{"query": "{ classifier { modelVersion } }"}""");

        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("INTERNAL_SERVER_ERROR", body);
        Assert.DoesNotContain("vanished", body);
        var log = Assert.Single(host.Logs, l => l.Category == "MentorGraph.GraphQL");
        Assert.IsType<IOException>(log.Exception);
        Assert.Contains("classifier", log.Message);
    }

    [Fact]
    public async Task Configuration_MaxQueryDepth_IsEnforced()
    {
        await using var host = await GraphQLTestHost.StartAsync(new Dictionary<string, string?> { ["GraphQL:MaxQueryDepth"] = "1" });

        using var response = await PostAsync(host, """{"query": "{ topics { slug } }"}""");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("GRAPHQL_VALIDATION_FAILED", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Configuration_MaxRequestBytes_IsEnforced()
    {
        await using var host = await GraphQLTestHost.StartAsync(new Dictionary<string, string?> { ["GraphQL:MaxRequestBytes"] = "64" });

        using var response = await PostAsync(host, JsonSerializer.Serialize(new { query = "{ topics { slug title covers } } " + new string(' ', 100) }));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Configuration_UnknownKey_StopsTheHostWithItsName()
    {
        var error = await Assert.ThrowsAsync<MentorGraph.Api.Configuration.SettingsException>(() =>
            GraphQLTestHost.StartAsync(new Dictionary<string, string?> { ["GraphQL:MaxDepth"] = "3" }));

        Assert.Contains("MaxDepth", error.Message);
    }

    [Fact]
    public async Task Configuration_NegativeLimit_StopsTheHostWithItsName()
    {
        var error = await Assert.ThrowsAsync<MentorGraph.Api.Configuration.SettingsException>(() =>
            GraphQLTestHost.StartAsync(new Dictionary<string, string?> { ["GraphQL:MaxQueryCost"] = "-1" }));

        Assert.Contains("GraphQL:MaxQueryCost must be 0 (off) or more", error.Message);
    }

    [Fact]
    public void FormatPath_WritesNamesAndIndices()
    {
        Assert.Equal("classifyNote.classification.topics[2].topic", GraphQLEndpoint.FormatPath(["classifyNote", "classification", "topics", 2, "topic"]));
    }

    private static Task<HttpResponseMessage> PostAsync(GraphQLTestHost host, string json)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(json, Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/graphql-response+json"));
        return host.Client.SendAsync(request);
    }
}
