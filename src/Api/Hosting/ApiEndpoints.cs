namespace MentorGraph.Api.Hosting;

/// <summary>The one place where the API's HTTP endpoints are mapped.</summary>
public static class ApiEndpoints
{
    public static void MapApiEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthEndpoint();

        // The GraphQL endpoint (/graphql) is mapped here, from the engine's Http layer (src/GraphQL/Http),
        // once the engine and the served schema exist.
    }
}
