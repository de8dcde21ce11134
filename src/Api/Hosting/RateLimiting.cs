using System.Globalization;
using System.Threading.RateLimiting;
using MentorGraph.Api.Configuration;
using Microsoft.AspNetCore.RateLimiting;

namespace MentorGraph.Api.Hosting;

/// <summary>
/// Per-client limits on the GraphQL endpoints (<see cref="RateLimitSettings"/>), with ASP.NET Core's rate
/// limiting middleware: a token bucket per client, refilled every second. A refused request gets 429, a
/// <c>Retry-After</c> header and a GraphQL error with code <c>RATE_LIMITED</c>.
/// </summary>
public static class RateLimiting
{
    public const string PolicyName = "graphql";
    public const string ErrorCode = "RATE_LIMITED";

    public static IServiceCollection AddApiRateLimiting(this IServiceCollection services, RateLimitSettings settings)
    {
        services.AddRateLimiter(limiter =>
        {
            limiter.AddPolicy(PolicyName, context => settings.Enabled
                ? RateLimitPartition.GetTokenBucketLimiter(ClientKey(context), _ => new TokenBucketRateLimiterOptions
                {
                    TokenLimit = settings.Burst,
                    TokensPerPeriod = settings.RequestsPerSecond,
                    ReplenishmentPeriod = TimeSpan.FromSeconds(1),
                    QueueLimit = 0,
                    AutoReplenishment = true,
                })
                : RateLimitPartition.GetNoLimiter(""));
            limiter.OnRejected = async (rejected, _) =>
            {
                var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(1);
                var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
                rejected.HttpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                await GraphQLErrorBody.WriteAsync(rejected.HttpContext, StatusCodes.Status429TooManyRequests, ErrorCode,
                    $"Too many requests: this client may send {settings.RequestsPerSecond} per second (bursts of {settings.Burst}). Retry after {seconds} s.");
            };
        });
        return services;
    }

    /// <summary>The signed-in user when there is one, else the client's address.</summary>
    public static string ClientKey(HttpContext context) =>
        context.User.Identity is { IsAuthenticated: true, Name: { } name } ? "user:" + name
        : "ip:" + (context.Connection.RemoteIpAddress?.ToString() ?? "unknown");
}
