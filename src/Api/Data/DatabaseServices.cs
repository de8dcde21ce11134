using MentorGraph.Api.Schema.Common;
using MentorGraph.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace MentorGraph.Api.Data;

/// <summary>
/// EF Core in the host: a pool of <see cref="MentorGraphDbContext"/>s over the process's one
/// <see cref="NpgsqlDataSource"/> (so contexts and the health check share one connection pool), one context per
/// request scope. Interceptors registered as <see cref="IInterceptor"/> services are added to every context (the
/// tests count SQL statements that way). The domain's resolvers reach the context through the request's
/// <see cref="RequestData"/>.
/// </summary>
public static class DatabaseServices
{
    public static IServiceCollection AddMentorGraphDatabase(this IServiceCollection services)
    {
        services.AddDbContextPool<MentorGraphDbContext>((provider, options) =>
        {
            MentorGraphDatabase.Configure(options, provider.GetRequiredService<NpgsqlDataSource>());
            var interceptors = provider.GetServices<IInterceptor>().ToList();
            if (interceptors.Count > 0)
            {
                options.AddInterceptors(interceptors);
            }
        });
        services.AddScoped<RequestData>();
        return services;
    }
}
