using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using MentorGraph.Api.Tests.Domain;
using MentorGraph.Api.Tests.Hosting;

namespace MentorGraph.Api.Tests.Insights;

/// <summary>Posts a GraphQL request to a test host, with a bearer token when given.</summary>
public static class GraphQLPost
{
    public static async Task<GraphQLResponse> RunAsync(ApiTestHost host, string query, string? token, object? variables = null)
    {
        var body = new JsonObject { ["query"] = query };
        if (variables is not null)
        {
            body["variables"] = JsonSerializer.SerializeToNode(variables);
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        using var response = await host.Client.SendAsync(request);
        return new GraphQLResponse((int)response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject());
    }
}
