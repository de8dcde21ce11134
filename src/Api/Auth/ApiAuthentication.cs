using MentorGraph.Api.Configuration;
using MentorGraph.Api.Hosting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.Tokens;

namespace MentorGraph.Api.Auth;

/// <summary>
/// Sign-in with JWT bearer tokens (ASP.NET Core's JwtBearer handler): signed with the configured or
/// Development key, or by an OIDC authority. A request without a token is anonymous (GraphQL then refuses
/// what needs a viewer, field by field); a request whose <c>Authorization</c> header carries an invalid,
/// expired or non-bearer credential is refused whole on the endpoints that ask for it
/// (<see cref="RefuseInvalidCredentials"/>): 401, <c>WWW-Authenticate: Bearer</c>, and a GraphQL error with code
/// <c>UNAUTHENTICATED</c>.
/// </summary>
public static class ApiAuthentication
{
    public static IServiceCollection AddApiAuthentication(this IServiceCollection services, AuthSettings settings, string environmentName)
    {
        var key = SigningKeys.Resolve(settings, environmentName);
        services.AddSingleton(settings);
        services.AddSingleton(provider => new ViewerDirectory(settings, provider.GetService<TimeProvider>() ?? TimeProvider.System));
        services.AddSingleton(provider => new ValidatedTokens(settings, provider.GetService<TimeProvider>() ?? TimeProvider.System));
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme).Configure<ValidatedTokens>((jwt, tokens) =>
        {
            // A token validated once is remembered until it expires (Auth:TokenCacheSeconds at most; failures never).
            jwt.TokenHandlers.Clear();
            jwt.TokenHandlers.Add(new CachingTokenHandler(tokens));
        });
        if (key is not null)
        {
            services.AddSingleton(provider => new TokenIssuer(settings, key, provider.GetRequiredService<TimeProvider>()));
        }

        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer(jwt =>
        {
            jwt.MapInboundClaims = false;
            if (!string.IsNullOrWhiteSpace(settings.Authority))
            {
                jwt.Authority = settings.Authority;
                jwt.RequireHttpsMetadata = settings.Authority.StartsWith("https://", StringComparison.OrdinalIgnoreCase);
            }

            jwt.TokenValidationParameters = new TokenValidationParameters
            {
                ValidateIssuer = string.IsNullOrWhiteSpace(settings.Authority),
                ValidIssuer = settings.Issuer,
                ValidateAudience = true,
                ValidAudience = settings.Audience,
                ValidateLifetime = true,
                RequireExpirationTime = true,
                ClockSkew = TimeSpan.FromSeconds(settings.ClockSkewSeconds),
                IssuerSigningKey = key,
                ValidateIssuerSigningKey = true,
                NameClaimType = settings.EmailClaim,
                RoleClaimType = settings.RoleClaim,
            };

            // The jobs dashboard is opened by a browser, which cannot send the header: /hangfire?access_token=TOKEN.
            jwt.Events = new JwtBearerEvents
            {
                OnMessageReceived = context =>
                {
                    if (context.Request.Path.StartsWithSegments(Jobs.JobsDashboard.Path) && context.Request.Query["access_token"] is [{ } token])
                    {
                        context.Token = token;
                    }

                    return Task.CompletedTask;
                },
            };
        });
        return services;
    }

    /// <summary>The endpoint metadata that asks for requests with bad credentials to be refused whole.</summary>
    public sealed class RefuseInvalidCredentials;

    /// <summary>
    /// After authentication: on an endpoint marked <see cref="RefuseInvalidCredentials"/>, a request that sent an
    /// <c>Authorization</c> header which did not authenticate gets 401 with a GraphQL error body.
    /// </summary>
    public static IApplicationBuilder UseInvalidCredentialRefusal(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (context.GetEndpoint()?.Metadata.GetMetadata<RefuseInvalidCredentials>() is not null
            && context.Request.Headers.Authorization.Count > 0)
        {
            var result = await context.AuthenticateAsync(JwtBearerDefaults.AuthenticationScheme);
            if (!result.Succeeded)
            {
                var message = context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? "The bearer token is invalid or expired; sign in again."
                    : "Only bearer tokens are accepted: send 'Authorization: Bearer <token>'.";
                context.Response.Headers.WWWAuthenticate = "Bearer";
                await GraphQLErrorBody.WriteAsync(context, StatusCodes.Status401Unauthorized, "UNAUTHENTICATED", message);
                return;
            }
        }

        await next(context);
    });
}
