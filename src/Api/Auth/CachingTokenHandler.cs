using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace MentorGraph.Api.Auth;

/// <summary>
/// The JwtBearer handler's token handler: ASP.NET Core's <see cref="JsonWebTokenHandler"/>, whose successful validations are
/// remembered by token text in <see cref="ValidatedTokens"/> until the token expires. A remembered token gets a fresh copy
/// of its identity for each request (the request's principal is its own); anything not remembered — a new token, an expired
/// entry, a token that failed — is validated by the inner handler as before.
/// </summary>
public sealed class CachingTokenHandler(ValidatedTokens tokens) : TokenHandler
{
    private readonly JsonWebTokenHandler _inner = new() { MapInboundClaims = false };

    public override int MaximumTokenSizeInBytes
    {
        get => _inner.MaximumTokenSizeInBytes;
        set => _inner.MaximumTokenSizeInBytes = value;
    }

    public override SecurityToken ReadToken(string token) => _inner.ReadToken(token);

    public override async Task<TokenValidationResult> ValidateTokenAsync(string token, TokenValidationParameters validationParameters)
    {
        if (tokens.TryGet(token, out var entry))
        {
            return new TokenValidationResult
            {
                IsValid = true,
                ClaimsIdentity = entry.Identity.Clone(),
                SecurityToken = entry.SecurityToken,
                Issuer = entry.Issuer,
                TokenType = entry.TokenType,
            };
        }

        var result = await _inner.ValidateTokenAsync(token, validationParameters).ConfigureAwait(false);
        if (result.IsValid && result.SecurityToken is { } securityToken && result.ClaimsIdentity is { } identity)
        {
            tokens.Remember(token, identity, securityToken, result.Issuer, result.TokenType, new DateTimeOffset(DateTime.SpecifyKind(securityToken.ValidTo, DateTimeKind.Utc)));
        }

        return result;
    }
}
