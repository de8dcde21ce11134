using MentorGraph.GraphQL;
using MentorGraph.GraphQL.AspNetCore;
using MentorGraph.Persistence.TrustedDocuments;
using Npgsql;

namespace MentorGraph.Api.TrustedDocuments;

/// <summary>Registers the persisted document store the GraphQL endpoint reads ids from (needs the process's <see cref="NpgsqlDataSource"/>).</summary>
public static class TrustedDocumentServices
{
    public static IServiceCollection AddTrustedDocuments(this IServiceCollection services)
    {
        services.AddSingleton(provider => new PersistedDocumentTable(provider.GetRequiredService<NpgsqlDataSource>()));
        services.AddSingleton<IPersistedDocumentStore>(provider => new DatabaseDocumentStore(
            provider.GetRequiredService<PersistedDocumentTable>(), provider.GetRequiredService<GraphQLOptions>().PersistedDocumentCacheSize));
        return services;
    }
}
