using MentorGraph.Api.Configuration;
using MentorGraph.Api.Schema;
using MentorGraph.Api.Schema.Classification;
using MentorGraph.GraphQL;
using MentorGraph.GraphQL.Execution;
using MentorGraph.GraphQL.AspNetCore;
using MentorGraph.GraphQL.Types;
using Microsoft.Extensions.DependencyInjection.Extensions;
using GraphQLSchema = MentorGraph.GraphQL.Types.Schema;

namespace MentorGraph.Api.Hosting;

/// <summary>
/// The API's GraphQL endpoint: the served schema (<see cref="ApiSchema"/>) behind the engine's GraphQL over
/// HTTP at <c>/graphql</c>, GraphiQL for browsers at the same address (<see cref="GraphiQLPage"/>), and the SDL at
/// <c>/graphql/schema.graphql</c>.
/// </summary>
public static class GraphQLEndpoint
{
    public const string Path = "/graphql";
    public const string SchemaPath = "/graphql/schema.graphql";

    /// <summary>
    /// Registers the engine's options (from the <c>GraphQL</c> configuration section), the served schema, one
    /// executor for all requests (resolver exceptions logged under the category <c>MentorGraph.GraphQL</c>) and
    /// the HTTP handler, and loads the classifier in the background at startup. A <see cref="TimeProvider"/> or <see cref="ClassifierSource"/> registered earlier is used.
    /// </summary>
    public static IServiceCollection AddMentorGraphGraphQL(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddSingleton(GraphQLConfiguration.Read(configuration));
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(provider => ClassifierSource.FromSettings(
            provider.GetRequiredService<TimeProvider>(), SettingsBinder.Read<ClassifierSettings>(configuration)));
        var paging = SettingsBinder.Read<PagingSettings>(configuration);
        services.AddSingleton<GraphQLSchema>(provider =>
            ApiSchema.Build(provider.GetRequiredService<ClassifierSource>(), provider.GetRequiredService<TimeProvider>(), paging));
        services.AddSingleton<IGraphQLExecutor>(provider =>
        {
            var logger = provider.GetRequiredService<ILoggerFactory>().CreateLogger("MentorGraph.GraphQL");
            return new GraphQLExecutor(
                provider.GetRequiredService<GraphQLSchema>(),
                provider.GetRequiredService<GraphQLOptions>(),
                new ExecutionOptions
                {
                    UnexpectedErrorLogger = (exception, path) =>
                        logger.LogError(exception, "A resolver failed at {Path}; the client was told \"Internal server error\".", FormatPath(path)),
                });
        });
        services.AddHostedService<ClassifierWarmup>();
        services.AddGraphQLHttp(http =>
        {
            http.HtmlPage = GraphiQLPage.WriteAsync;
            http.CreateUserContext = Auth.ViewerUser.UserContextOf;
        });
        return services;
    }

    /// <summary>
    /// Maps <c>/graphql</c> (GET, POST) and <c>/graphql/schema.graphql</c> (GET); returns both endpoints'
    /// conventions so the host can add its rate limits.
    /// </summary>
    public static IEndpointConventionBuilder MapMentorGraphGraphQL(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var schema = endpoints.MapGet(SchemaPath, (GraphQLSchema schema) =>
            Results.Text(SchemaPrinter.Print(schema) + "\n", "text/plain; charset=utf-8"));
        var graphql = endpoints.MapGraphQL(Path).WithMetadata(new Auth.ApiAuthentication.RefuseInvalidCredentials());
        return new CombinedConventions(schema, graphql);
    }

    /// <summary>Applies a convention (e.g. a rate-limit policy) to several endpoints.</summary>
    private sealed class CombinedConventions(params IEndpointConventionBuilder[] builders) : IEndpointConventionBuilder
    {
        public void Add(Action<EndpointBuilder> convention)
        {
            foreach (var builder in builders)
            {
                builder.Add(convention);
            }
        }

        public void Finally(Action<EndpointBuilder> finallyConvention)
        {
            foreach (var builder in builders)
            {
                builder.Finally(finallyConvention);
            }
        }
    }

    /// <summary>A response path as <c>classifyNote.classification.topics[2]</c>.</summary>
    internal static string FormatPath(IReadOnlyList<object> path) =>
        string.Concat(path.Select((segment, i) => segment is int index ? $"[{index}]" : (i == 0 ? "" : ".") + segment));
}
