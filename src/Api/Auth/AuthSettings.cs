using System.Text;
using MentorGraph.Api.Configuration;

namespace MentorGraph.Api.Auth;

/// <summary>
/// Sign-in (section <c>Auth</c>): JWT bearer tokens signed with <see cref="SigningKey"/> (HMAC-SHA256; what
/// <c>mentorgraph token</c> issues), or issued by an OpenID Connect provider at <see cref="Authority"/>. In
/// Development, when neither is set, a key is generated once per checkout and kept (<see cref="DevelopmentSigningKey"/>);
/// in any other environment one of them must be set.
/// </summary>
public sealed class AuthSettings : ISettingsSection
{
    public const int MinimumKeyBytes = 32;

    public static string SectionName => "Auth";

    /// <summary>The HMAC-SHA256 key, at least 32 bytes of UTF-8 text (env <c>Auth__SigningKey</c>).</summary>
    public string? SigningKey { get; set; }

    /// <summary>An OpenID Connect authority whose signing keys are trusted instead (e.g. https://login.example.com/tenant).</summary>
    public string? Authority { get; set; }

    /// <summary>The token's <c>iss</c>: tokens from <c>mentorgraph token</c> carry it; others must too (unless <see cref="Authority"/> is set).</summary>
    public string Issuer { get; set; } = "mentorgraph";

    /// <summary>The token's <c>aud</c> the API accepts.</summary>
    public string Audience { get; set; } = "mentorgraph-api";

    /// <summary>The claim that holds the person's email (the server finds the viewer by it).</summary>
    public string EmailClaim { get; set; } = "email";

    /// <summary>The claim that holds the roles (<c>ADMIN</c>, <c>EXECUTIVE</c>, <c>ANALYST</c>); for OIDC, the provider's claim.</summary>
    public string RoleClaim { get; set; } = "role";

    /// <summary>Seconds of clock difference tolerated when checking a token's lifetime.</summary>
    public int ClockSkewSeconds { get; set; } = 30;

    /// <summary>
    /// Seconds a viewer's person (found by the token's email) is remembered, so that requests need not look it up each time
    /// (<see cref="ViewerDirectory"/>); 0 looks up every request. A person created, or an email changed, on another server is
    /// seen here after at most this long.
    /// </summary>
    public int ViewerCacheSeconds { get; set; } = 30;

    /// <summary>How many viewers <see cref="ViewerDirectory"/> remembers at most.</summary>
    public int ViewerCacheEntries { get; set; } = 10_000;

    /// <summary>
    /// Seconds at most that a validated bearer token is remembered by its text (<see cref="ValidatedTokens"/>), never past its
    /// expiry, so that its next requests skip validation; 0 validates every request. Bounds how long tokens signed by a
    /// withdrawn key are still accepted. Failures are never remembered.
    /// </summary>
    public int TokenCacheSeconds { get; set; } = 300;

    /// <summary>How many validated tokens <see cref="ValidatedTokens"/> remembers at most.</summary>
    public int TokenCacheEntries { get; set; } = 10_000;

    public IEnumerable<SettingProblem> Problems()
    {
        if (SigningKey is not null && Encoding.UTF8.GetByteCount(SigningKey) < MinimumKeyBytes)
        {
            yield return new(nameof(SigningKey), $"must be at least {MinimumKeyBytes} bytes of UTF-8 text (it has {Encoding.UTF8.GetByteCount(SigningKey)}); e.g. the output of 'openssl rand -base64 48'.");
        }

        if (!string.IsNullOrWhiteSpace(Authority) && !Uri.TryCreate(Authority, UriKind.Absolute, out _))
        {
            yield return new(nameof(Authority), $"'{Authority}' is not an absolute address.");
        }

        foreach (var (name, value) in new[] { (nameof(Issuer), Issuer), (nameof(Audience), Audience), (nameof(EmailClaim), EmailClaim), (nameof(RoleClaim), RoleClaim) })
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                yield return new(name, "must not be empty.");
            }
        }

        if (ClockSkewSeconds is < 0 or > 600)
        {
            yield return new(nameof(ClockSkewSeconds), $"must be from 0 to 600 (it is {ClockSkewSeconds}).");
        }

        if (ViewerCacheSeconds is < 0 or > 3600)
        {
            yield return new(nameof(ViewerCacheSeconds), $"must be from 0 to 3600 (it is {ViewerCacheSeconds}).");
        }

        if (TokenCacheSeconds is < 0 or > 86_400)
        {
            yield return new(nameof(TokenCacheSeconds), $"must be from 0 to 86400 (it is {TokenCacheSeconds}).");
        }

        if (TokenCacheEntries is < 1 or > 1_000_000)
        {
            yield return new(nameof(TokenCacheEntries), $"must be from 1 to 1000000 (it is {TokenCacheEntries}).");
        }

        if (ViewerCacheEntries is < 1 or > 1_000_000)
        {
            yield return new(nameof(ViewerCacheEntries), $"must be from 1 to 1000000 (it is {ViewerCacheEntries}).");
        }
    }
}
