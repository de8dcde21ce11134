using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace MentorGraph.Api.Auth;

/// <summary>Issues the tokens <c>mentorgraph token</c> prints (and the Development sign-in hands out).</summary>
public sealed class TokenIssuer(AuthSettings settings, SymmetricSecurityKey key, TimeProvider time)
{
    /// <summary>The longest lifetime a token may be given.</summary>
    public static readonly TimeSpan MaximumLifetime = TimeSpan.FromDays(30);

    /// <summary>A signed token for <paramref name="email"/> with <paramref name="roles"/>, valid for <paramref name="lifetime"/>.</summary>
    public string Issue(string email, IReadOnlyCollection<string> roles, TimeSpan lifetime, string? name = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(email);
        if (lifetime <= TimeSpan.Zero || lifetime > MaximumLifetime)
        {
            throw new ArgumentOutOfRangeException(nameof(lifetime), lifetime, $"A token lives from 1 second to {MaximumLifetime.TotalDays} days.");
        }

        var claims = new List<Claim> { new(settings.EmailClaim, email), new(JwtRegisteredClaimNames.Sub, email) };
        if (!string.IsNullOrWhiteSpace(name))
        {
            claims.Add(new Claim(JwtRegisteredClaimNames.Name, name));
        }

        claims.AddRange(roles.Select(role => new Claim(settings.RoleClaim, role)));
        var now = time.GetUtcNow().UtcDateTime;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = settings.Issuer,
            Audience = settings.Audience,
            Subject = new ClaimsIdentity(claims),
            IssuedAt = now,
            NotBefore = now,
            Expires = now + lifetime,
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.HmacSha256),
        });
    }
}
