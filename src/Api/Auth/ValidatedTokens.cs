using System.Collections.Concurrent;
using System.Security.Claims;
using Microsoft.IdentityModel.Tokens;

namespace MentorGraph.Api.Auth;

/// <summary>
/// The bearer tokens this process has validated, by their exact text, each until the token's own expiry (<c>exp</c>), so
/// that a client sending the same token again is not validated again (signature, issuer, audience, lifetime: under load
/// about 5 % of a small query's CPU). Only successes are kept — a refused token is checked afresh every time, so no
/// failure outlives its reason. A token is kept no longer than it is valid, and at most
/// <see cref="AuthSettings.TokenCacheSeconds"/>: the limit bounds how long a signing key that is withdrawn (a rotated
/// configuration, an OIDC provider's key set) still admits the tokens it signed. At most
/// <see cref="AuthSettings.TokenCacheEntries"/> tokens: when full, the expired ones go, and if that is not enough, all.
/// One per process; <see cref="CachingTokenHandler"/> consults it.
/// </summary>
public sealed class ValidatedTokens(AuthSettings settings, TimeProvider clock)
{
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    /// <summary>How many tokens are kept now (for tests and diagnostics).</summary>
    public int Count => _entries.Count;

    /// <summary>The identity <paramref name="token"/> was validated to, while the entry lives; a copy, which the request may change.</summary>
    public bool TryGet(string token, out Entry entry)
    {
        if (settings.TokenCacheSeconds > 0 && _entries.TryGetValue(token, out var found))
        {
            if (found.Until > clock.GetUtcNow())
            {
                entry = found;
                return true;
            }

            _entries.TryRemove(new KeyValuePair<string, Entry>(token, found));
        }

        entry = null!;
        return false;
    }

    /// <summary>Keeps a successful validation of <paramref name="token"/> until <paramref name="validTo"/> (the token's expiry), at most the configured lifetime.</summary>
    public void Remember(string token, ClaimsIdentity identity, SecurityToken securityToken, string? issuer, string? tokenType, DateTimeOffset validTo)
    {
        if (settings.TokenCacheSeconds <= 0)
        {
            return;
        }

        var now = clock.GetUtcNow();
        var until = now.AddSeconds(settings.TokenCacheSeconds);
        if (validTo < until)
        {
            until = validTo;
        }

        if (until <= now)
        {
            return;
        }

        if (_entries.Count >= settings.TokenCacheEntries)
        {
            foreach (var (key, old) in _entries)
            {
                if (old.Until <= now)
                {
                    _entries.TryRemove(key, out _);
                }
            }

            if (_entries.Count >= settings.TokenCacheEntries)
            {
                _entries.Clear();
            }
        }

        _entries[token] = new Entry(identity.Clone(), securityToken, issuer, tokenType, until);
    }

    /// <summary>A kept validation: the identity (never handed out itself: <see cref="CachingTokenHandler"/> clones it), the parsed token, its issuer and type, and how long it is kept.</summary>
    public sealed record Entry(ClaimsIdentity Identity, SecurityToken SecurityToken, string? Issuer, string? TokenType, DateTimeOffset Until);
}
