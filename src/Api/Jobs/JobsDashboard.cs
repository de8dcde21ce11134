using Hangfire;
using Hangfire.Dashboard;
using MentorGraph.Api.Auth;
using MentorGraph.Api.Configuration;
using MentorGraph.Api.Schema.Viewer;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;

namespace MentorGraph.Api.Jobs;

/// <summary>
/// The Hangfire dashboard at <c>/hangfire</c>, for ADMIN only by the app's own authorization policy
/// (<see cref="PolicyName"/>: a token or cookie of a viewer with the ADMIN role) instead of Hangfire's
/// local-requests default. A browser cannot send a bearer header, so opening <c>/hangfire?access_token=TOKEN</c>
/// once with an ADMIN token sets a short-lived HttpOnly cookie (<c>Jobs:DashboardCookieMinutes</c>, path
/// <c>/hangfire</c>, SameSite strict) and redirects to the dashboard without the token in the address.
/// </summary>
public static class JobsDashboard
{
    public const string Path = "/hangfire";

    /// <summary>The dashboard cookie's authentication scheme.</summary>
    public const string CookieScheme = "JobsDashboardCookie";

    /// <summary>The authorization policy of the dashboard: the viewer has the ADMIN role.</summary>
    public const string PolicyName = "Admin";

    public static IServiceCollection AddJobsDashboard(this IServiceCollection services, JobsSettings settings, AuthSettings auth)
    {
        services.AddAuthentication().AddCookie(CookieScheme, cookie =>
        {
            cookie.Cookie.Name = "mentorgraph-dashboard";
            cookie.Cookie.Path = Path;
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Strict;
            cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            cookie.ExpireTimeSpan = TimeSpan.FromMinutes(settings.DashboardCookieMinutes);
            cookie.SlidingExpiration = false;
            cookie.Events.OnRedirectToLogin = context =>
            {
                context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                return Task.CompletedTask;
            };
        });
        services.AddAuthorization(authorization => authorization.AddPolicy(PolicyName, policy => policy
            .RequireAuthenticatedUser()
            .RequireAssertion(context => ViewerInfo.RolesOf(context.User, auth).Contains(Roles.Admin))));
        return services;
    }

    /// <summary>
    /// <c>/hangfire?access_token=TOKEN</c>: an ADMIN's valid token becomes the dashboard cookie (then a redirect to the
    /// same address without the token); an invalid one is 401, another viewer's 403. Other requests pass.
    /// </summary>
    public static IApplicationBuilder UseJobsDashboardSignIn(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (!context.Request.Path.StartsWithSegments(Path) || !context.Request.Query.ContainsKey("access_token"))
        {
            await next(context);
            return;
        }

        var bearer = await context.AuthenticateAsync(JwtBearerDefaults.AuthenticationScheme);
        if (!bearer.Succeeded)
        {
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            await context.Response.WriteAsync("The access token is invalid or expired; sign in again.");
            return;
        }

        var authorization = context.RequestServices.GetRequiredService<IAuthorizationService>();
        if (!(await authorization.AuthorizeAsync(bearer.Principal, PolicyName)).Succeeded)
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            await context.Response.WriteAsync("The jobs dashboard is for ADMIN only.");
            return;
        }

        var settings = context.RequestServices.GetRequiredService<JobsSettings>();
        var expires = context.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow().AddMinutes(settings.DashboardCookieMinutes);
        await context.SignInAsync(CookieScheme, bearer.Principal, new AuthenticationProperties { ExpiresUtc = expires, IsPersistent = true });
        var query = QueryString.Create(context.Request.Query.Where(q => q.Key != "access_token"));
        context.Response.Redirect($"{context.Request.PathBase}{context.Request.Path}{query}");
    });

    public static void MapJobsDashboard(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHangfireDashboard(Path, new DashboardOptions
        {
            DashboardTitle = "MentorGraph jobs",
            AppPath = null,
            Authorization = [],
            AsyncAuthorization = [new AdminOnly()],
        }, endpoints.ServiceProvider.GetRequiredService<JobStorage>());
    }

    /// <summary>The dashboard's check: the request's bearer token or the dashboard cookie belongs to an ADMIN.</summary>
    private sealed class AdminOnly : IDashboardAsyncAuthorizationFilter
    {
        public async Task<bool> AuthorizeAsync(DashboardContext context)
        {
            var http = context.GetHttpContext();
            var user = http.User;
            if (user.Identity?.IsAuthenticated != true)
            {
                var cookie = await http.AuthenticateAsync(CookieScheme);
                if (!cookie.Succeeded)
                {
                    return false;
                }

                user = cookie.Principal;
            }

            var authorization = http.RequestServices.GetRequiredService<IAuthorizationService>();
            return (await authorization.AuthorizeAsync(user, PolicyName)).Succeeded;
        }
    }
}
