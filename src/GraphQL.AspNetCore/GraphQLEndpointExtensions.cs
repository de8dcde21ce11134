using MentorGraph.GraphQL.Execution;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace MentorGraph.GraphQL.AspNetCore;

public static class GraphQLEndpointExtensions
{
    /// <summary>
    /// Registers the HTTP handler. The host registers its <see cref="IGraphQLExecutor"/> and
    /// <see cref="GraphQLOptions"/> itself.
    /// </summary>
    public static IServiceCollection AddGraphQLHttp(this IServiceCollection services, Action<GraphQLHttpOptions>? configure = null)
    {
        var httpOptions = new GraphQLHttpOptions();
        configure?.Invoke(httpOptions);
        services.TryAddSingleton(httpOptions);
        services.TryAddSingleton<GraphQLHttpHandler>();
        return services;
    }

    /// <summary>Maps GraphQL over HTTP at <paramref name="pattern"/>: GET and POST are served, other methods get 405.</summary>
    public static IEndpointConventionBuilder MapGraphQL(this IEndpointRouteBuilder endpoints, string pattern = "/graphql") =>
        endpoints.Map(pattern, (HttpContext context) => context.RequestServices.GetRequiredService<GraphQLHttpHandler>().HandleAsync(context));
}
