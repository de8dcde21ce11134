using MentorGraph.Persistence.Matching;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Npgsql;

namespace MentorGraph.Api.Schema.Suggestions;

/// <summary>Registers <see cref="PairingEvidenceQuery"/> over the process's <see cref="NpgsqlDataSource"/>.</summary>
public static class SuggestionsServices
{
    public static IServiceCollection AddSuggestionsServices(this IServiceCollection services)
    {
        services.TryAddSingleton(provider => new PairingEvidenceQuery(provider.GetRequiredService<NpgsqlDataSource>()));
        return services;
    }
}
