using System.Text;
using MentorGraph.Api.Auth;
using Microsoft.IdentityModel.Tokens;

namespace MentorGraph.Api.Tests.Auth;

public sealed class CachingTokenHandlerTests
{
    private static readonly AuthSettings Settings = new();
    private static readonly SymmetricSecurityKey Key = new(Encoding.UTF8.GetBytes("a-signing-key-of-at-least-32-bytes-for-the-tests"));
    private static readonly SymmetricSecurityKey OtherKey = new(Encoding.UTF8.GetBytes("another-signing-key-of-at-least-32-bytes-for-tests"));

    private readonly MovableClock _clock = new(DateTimeOffset.UtcNow);

    private static TokenValidationParameters Parameters(SecurityKey key) => new()
    {
        ValidIssuer = Settings.Issuer,
        ValidAudience = Settings.Audience,
        ValidateLifetime = true,
        RequireExpirationTime = true,
        IssuerSigningKey = key,
        ValidateIssuerSigningKey = true,
        NameClaimType = Settings.EmailClaim,
        RoleClaimType = Settings.RoleClaim,
    };

    private static string Token(SecurityKey key, TimeSpan lifetime) =>
        new TokenIssuer(Settings, (SymmetricSecurityKey)key, TimeProvider.System).Issue("ana@example.com", [Roles.Admin], lifetime);

    [Fact]
    public async Task AValidToken_IsValidatedOnce_ItsNextRequestsComeFromTheCache()
    {
        var handler = new CachingTokenHandler(new ValidatedTokens(new AuthSettings(), _clock));
        var token = Token(Key, TimeSpan.FromHours(1));

        var first = await handler.ValidateTokenAsync(token, Parameters(Key));
        // Validated again with the wrong key it would fail: a success here is the remembered one.
        var second = await handler.ValidateTokenAsync(token, Parameters(OtherKey));

        Assert.True(first.IsValid);
        Assert.True(second.IsValid);
        Assert.Equal("ana@example.com", second.ClaimsIdentity.Name);
        Assert.True(second.ClaimsIdentity.HasClaim(Settings.RoleClaim, Roles.Admin));
        Assert.True(second.ClaimsIdentity.IsAuthenticated);
        Assert.Same(first.SecurityToken, second.SecurityToken);
    }

    [Fact]
    public async Task EachRequest_GetsAnIdentityOfItsOwn()
    {
        var handler = new CachingTokenHandler(new ValidatedTokens(new AuthSettings(), _clock));
        var token = Token(Key, TimeSpan.FromHours(1));
        await handler.ValidateTokenAsync(token, Parameters(Key));

        var one = await handler.ValidateTokenAsync(token, Parameters(Key));
        var two = await handler.ValidateTokenAsync(token, Parameters(Key));
        one.ClaimsIdentity.AddClaim(new System.Security.Claims.Claim("extra", "1"));

        Assert.NotSame(one.ClaimsIdentity, two.ClaimsIdentity);
        Assert.False(two.ClaimsIdentity.HasClaim(c => c.Type == "extra"));
    }

    [Fact]
    public async Task ARefusedToken_IsNotRemembered_AndIsCheckedAgainNextTime()
    {
        var tokens = new ValidatedTokens(new AuthSettings(), _clock);
        var handler = new CachingTokenHandler(tokens);
        var forged = Token(OtherKey, TimeSpan.FromHours(1));

        var refused = await handler.ValidateTokenAsync(forged, Parameters(Key));
        var again = await handler.ValidateTokenAsync(forged, Parameters(Key));

        Assert.False(refused.IsValid);
        Assert.False(again.IsValid);
        Assert.Equal(0, tokens.Count);
    }

    [Fact]
    public async Task ARememberedToken_IsForgottenWhenItExpires_ThenRefused()
    {
        var handler = new CachingTokenHandler(new ValidatedTokens(new AuthSettings { TokenCacheSeconds = 86_400 }, _clock));
        var token = Token(Key, TimeSpan.FromMinutes(10));
        Assert.True((await handler.ValidateTokenAsync(token, Parameters(Key))).IsValid);

        _clock.Now = _clock.Now.AddMinutes(11);

        // No longer remembered: validated afresh, and with another key that fails.
        Assert.False((await handler.ValidateTokenAsync(token, Parameters(OtherKey))).IsValid);
    }

    [Fact]
    public async Task ARememberedToken_IsKeptAtMostTokenCacheSeconds()
    {
        var handler = new CachingTokenHandler(new ValidatedTokens(new AuthSettings { TokenCacheSeconds = 60 }, _clock));
        var token = Token(Key, TimeSpan.FromHours(1));
        await handler.ValidateTokenAsync(token, Parameters(Key));

        _clock.Now = _clock.Now.AddSeconds(59);
        Assert.True((await handler.ValidateTokenAsync(token, Parameters(OtherKey))).IsValid);
        _clock.Now = _clock.Now.AddSeconds(2);
        Assert.False((await handler.ValidateTokenAsync(token, Parameters(OtherKey))).IsValid);
    }

    [Fact]
    public async Task TokenCacheSecondsZero_ValidatesEveryRequest()
    {
        var tokens = new ValidatedTokens(new AuthSettings { TokenCacheSeconds = 0 }, _clock);
        var handler = new CachingTokenHandler(tokens);
        var token = Token(Key, TimeSpan.FromHours(1));

        Assert.True((await handler.ValidateTokenAsync(token, Parameters(Key))).IsValid);
        Assert.False((await handler.ValidateTokenAsync(token, Parameters(OtherKey))).IsValid);
        Assert.Equal(0, tokens.Count);
    }

    [Fact]
    public async Task WhenFull_TheCacheStaysWithinTokenCacheEntries()
    {
        var tokens = new ValidatedTokens(new AuthSettings { TokenCacheEntries = 2 }, _clock);
        var handler = new CachingTokenHandler(tokens);

        foreach (var minutes in new[] { 10, 11, 12, 13 })
        {
            Assert.True((await handler.ValidateTokenAsync(Token(Key, TimeSpan.FromMinutes(minutes)), Parameters(Key))).IsValid);
            Assert.InRange(tokens.Count, 1, 2);
        }
    }

    [Theory]
    [InlineData(-1, 10, "TokenCacheSeconds")]
    [InlineData(86_401, 10, "TokenCacheSeconds")]
    [InlineData(300, 0, "TokenCacheEntries")]
    public void OutOfRangeTokenCacheSettings_AreProblemsNamingTheKey(int seconds, int entries, string key)
    {
        var problems = new AuthSettings { TokenCacheSeconds = seconds, TokenCacheEntries = entries }.Problems().ToList();

        Assert.Contains(problems, p => p.Key == key);
    }

    private sealed class MovableClock(DateTimeOffset now) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = now;

        public override DateTimeOffset GetUtcNow() => Now;
    }
}
