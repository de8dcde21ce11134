using MentorGraph.Api.Configuration;

namespace MentorGraph.Api.Hosting;

/// <summary>
/// Cross-origin requests from browsers (<see cref="CorsSettings"/>): an allowed origin is echoed in
/// <c>Access-Control-Allow-Origin</c> (never <c>*</c>; no cookies are used, so credentials are not allowed),
/// with GET and POST and the <c>content-type</c> and <c>authorization</c> request headers. A preflight is
/// answered 204 by the CORS middleware before routing, so it never reaches the GraphQL endpoint's 405.
/// </summary>
public static class CorsSetup
{
    public static IServiceCollection AddApiCors(this IServiceCollection services, CorsSettings settings)
    {
        services.AddCors(cors => cors.AddDefaultPolicy(policy => policy
            .SetIsOriginAllowed(settings.Allows)
            .WithMethods("GET", "POST")
            .WithHeaders("content-type", "authorization")
            .SetPreflightMaxAge(TimeSpan.FromSeconds(settings.PreflightMaxAgeSeconds))));
        return services;
    }
}
