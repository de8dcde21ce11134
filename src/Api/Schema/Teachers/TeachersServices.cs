using MentorGraph.Persistence.Matching;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Npgsql;

namespace MentorGraph.Api.Schema.Teachers;

/// <summary>Registers <see cref="TeacherRankingQuery"/> over the process's <see cref="NpgsqlDataSource"/>.</summary>
public static class TeachersServices
{
    public static IServiceCollection AddTeachersServices(this IServiceCollection services)
    {
        services.TryAddSingleton(provider => new TeacherRankingQuery(provider.GetRequiredService<NpgsqlDataSource>()));
        return services;
    }
}
