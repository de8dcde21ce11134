using System.Text;
using MentorGraph.Api.Configuration;
using Microsoft.IdentityModel.Tokens;

namespace MentorGraph.Api.Auth;

/// <summary>The key tokens are signed and checked with: the configured one, or in Development the checkout's own.</summary>
public static class SigningKeys
{
    /// <summary>
    /// The symmetric key, or null when tokens come from an OIDC <see cref="AuthSettings.Authority"/> only.
    /// </summary>
    /// <exception cref="SettingsException">Outside Development, neither a key nor an authority is configured.</exception>
    public static SymmetricSecurityKey? Resolve(AuthSettings settings, string environmentName)
    {
        if (!string.IsNullOrEmpty(settings.SigningKey))
        {
            return new SymmetricSecurityKey(Encoding.UTF8.GetBytes(settings.SigningKey));
        }

        if (!string.IsNullOrWhiteSpace(settings.Authority))
        {
            return null;
        }

        if (environmentName == AppEnvironment.Development)
        {
            return new SymmetricSecurityKey(Encoding.UTF8.GetBytes(DevelopmentSigningKey.LoadOrCreate()));
        }

        throw new SettingsException(
            $"Auth:SigningKey: set a signing key of at least {AuthSettings.MinimumKeyBytes} bytes (the environment variable Auth__SigningKey), " +
            "or Auth:Authority for an OpenID Connect provider; only the Development environment makes one up.");
    }
}
