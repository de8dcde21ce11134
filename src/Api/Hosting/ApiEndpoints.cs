using MentorGraph.Api.Auth;
using MentorGraph.Api.Exports;
using MentorGraph.Api.Hosting.Health;
using MentorGraph.Api.Jobs;
using MentorGraph.Api.TrustedDocuments;

namespace MentorGraph.Api.Hosting;

/// <summary>The one place where the API's HTTP endpoints are mapped.</summary>
public static class ApiEndpoints
{
    public static void MapApiEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapApiHealthChecks();
        endpoints.MapMentorGraphGraphQL().RequireRateLimiting(RateLimiting.PolicyName);
        endpoints.MapJobsDashboard();
        endpoints.MapExports();
        endpoints.MapWebAppPages();
        endpoints.MapTrustedDocuments();
        if (endpoints.ServiceProvider.GetRequiredService<IHostEnvironment>().IsDevelopment())
        {
            endpoints.MapDevelopmentSignIn();
        }
    }
}
