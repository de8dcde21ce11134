using MentorGraph.Api.Cli;
using MentorGraph.Api.Tests.Cli;
using Microsoft.IdentityModel.JsonWebTokens;

namespace MentorGraph.Api.Tests.Auth;

/// <summary><c>mentorgraph token</c>: the token alone on stdout, signed with the configured key.</summary>
public class TokenCommandTests
{
    private const string Key = "token-command-test-key-of-at-least-32-bytes";

    [Fact]
    public async Task Token_PrintsOnlyASignedTokenWithEmailRolesAndLifetime()
    {
        var (code, output, error) = await RunAsync("token", "--email", "Ana@Example.com", "--role", "admin", "--role", "EXECUTIVE", "--ttl", "2h");

        Assert.Equal(0, code);
        Assert.Equal("", error);
        var token = new JsonWebToken(output.Trim());
        Assert.Equal("Ana@Example.com", token.GetClaim("email").Value);
        Assert.Equal(["ADMIN", "EXECUTIVE"], token.Claims.Where(c => c.Type == "role").Select(c => c.Value));
        Assert.Equal("mentorgraph", token.Issuer);
        Assert.Equal(["mentorgraph-api"], token.Audiences);
        Assert.InRange(token.ValidTo - token.ValidFrom, TimeSpan.FromHours(2) - TimeSpan.FromSeconds(1), TimeSpan.FromHours(2) + TimeSpan.FromSeconds(1));
    }

    [Fact]
    public async Task Token_MemberRoleOrNone_GivesNoRoleClaims()
    {
        var (_, output, _) = await RunAsync("token", "--email", "tom@example.com", "--role", "member");

        Assert.DoesNotContain(new JsonWebToken(output.Trim()).Claims, c => c.Type == "role");
    }

    [Theory]
    [InlineData("--role", "BOSS", "--role must be ADMIN, EXECUTIVE, ANALYST or MEMBER, not 'BOSS'.")]
    [InlineData("--ttl", "forever", "--ttl must be a duration such as 30m, 8h or 7d, up to 30d, not 'forever'.")]
    [InlineData("--ttl", "31d", "--ttl must be a duration")]
    public async Task Token_BadOption_IsAUsageError(string option, string value, string message)
    {
        var (code, _, error) = await RunAsync("token", "--email", "a@example.com", option, value);

        Assert.Equal(2, code);
        Assert.Contains(message, error);
    }

    [Fact]
    public async Task Token_WithoutEmail_IsAUsageError()
    {
        var (code, _, error) = await RunAsync("token");

        Assert.Equal(2, code);
        Assert.Contains("--email", error);
    }

    [Fact]
    public async Task Token_ProductionWithoutKey_FailsNamingTheSetting()
    {
        var (code, _, error) = await CliRunner.RunAsync("", CliRunner.CleanEnvironment(), "token", "--email", "a@example.com");

        Assert.Equal(1, code);
        Assert.Contains("Auth:SigningKey", error);
    }

    [Fact]
    public async Task Token_OnlyAnAuthority_FailsSayingTokensComeFromIt()
    {
        var environment = CliRunner.CleanEnvironment();
        environment["Auth__Authority"] = "https://login.example.com";

        var (code, _, error) = await CliRunner.RunAsync("", environment, "token", "--email", "a@example.com");

        Assert.Equal(1, code);
        Assert.Contains("identity provider", error);
    }

    [Theory]
    [InlineData("90s", 90)]
    [InlineData("30m", 1800)]
    [InlineData("8h", 28800)]
    [InlineData("7d", 604800)]
    [InlineData("01:00:00", 3600)]
    public void ParseLifetime_UnitsAndTimeSpans(string text, int seconds) =>
        Assert.Equal(TimeSpan.FromSeconds(seconds), TokenCommand.ParseLifetime(text));

    private static Task<(int Code, string Output, string Error)> RunAsync(params string[] args)
    {
        var environment = CliRunner.CleanEnvironment();
        environment["Auth__SigningKey"] = Key;
        return CliRunner.RunAsync("", environment, args);
    }
}
