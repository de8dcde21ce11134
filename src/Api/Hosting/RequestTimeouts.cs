using MentorGraph.Api.Configuration;
using Microsoft.AspNetCore.Http.Timeouts;

namespace MentorGraph.Api.Hosting;

/// <summary>
/// A time limit per request (<see cref="ServerSettings.RequestTimeoutSeconds"/>), with ASP.NET Core's
/// request timeouts middleware: past it the request is cancelled and, if nothing was written yet, answered
/// 504 with a GraphQL error with code <c>TIMEOUT</c>.
/// </summary>
public static class RequestTimeouts
{
    public const string ErrorCode = "TIMEOUT";

    public static IServiceCollection AddApiRequestTimeouts(this IServiceCollection services, ServerSettings settings)
    {
        services.AddRequestTimeouts(timeouts =>
        {
            if (settings.RequestTimeoutSeconds > 0)
            {
                timeouts.DefaultPolicy = new RequestTimeoutPolicy
                {
                    Timeout = TimeSpan.FromSeconds(settings.RequestTimeoutSeconds),
                    TimeoutStatusCode = StatusCodes.Status504GatewayTimeout,
                    WriteTimeoutResponse = context => GraphQLErrorBody.WriteAsync(context, StatusCodes.Status504GatewayTimeout, ErrorCode,
                        $"The request took longer than the limit of {settings.RequestTimeoutSeconds} s and was stopped."),
                };
            }
        });
        return services;
    }
}
