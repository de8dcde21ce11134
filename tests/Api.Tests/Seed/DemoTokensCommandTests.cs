using MentorGraph.Api.Tests.Cli;
using MentorGraph.Tests.Support;
using Microsoft.IdentityModel.JsonWebTokens;
using Npgsql;

namespace MentorGraph.Api.Tests.Seed;

/// <summary><c>mentorgraph demo-tokens</c> on the seeded organisation: what <c>scripts/run</c> prints on each start.</summary>
[Collection(PostgresCollection.Name)]
public sealed class DemoTokensCommandTests(SeededDatabaseFixture seeded) : IClassFixture<SeededDatabaseFixture>
{
    [Fact]
    public async Task DemoTokens_SeededDirectory_AnAdminAnExecutiveAndAMemberEachNamedWithAToken()
    {
        var (code, output, error) = await RunAsync("demo-tokens", "--db", seeded.ConnectionString);

        Assert.Equal(0, code);
        Assert.Equal("", error);
        var lines = output.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(6, lines.Length);
        Assert.StartsWith("ADMIN", lines[0]);
        Assert.Contains("Mentoring Program Manager", lines[0]);
        Assert.StartsWith("EXECUTIVE", lines[2]);
        Assert.StartsWith("MEMBER", lines[4]);

        var admin = new JsonWebToken(lines[1].Trim());
        var executive = new JsonWebToken(lines[3].Trim());
        var member = new JsonWebToken(lines[5].Trim());
        Assert.Equal(["ADMIN"], admin.Claims.Where(c => c.Type == "role").Select(c => c.Value));
        Assert.Equal(["EXECUTIVE"], executive.Claims.Where(c => c.Type == "role").Select(c => c.Value));
        Assert.DoesNotContain(member.Claims, c => c.Type == "role");
        Assert.InRange(admin.ValidTo - admin.ValidFrom, TimeSpan.FromHours(8) - TimeSpan.FromSeconds(1), TimeSpan.FromHours(8) + TimeSpan.FromSeconds(1));
        Assert.Equal("EXECUTIVE", await BandOfAsync(executive.GetClaim("email").Value));
        Assert.Equal("JUNIOR", await BandOfAsync(member.GetClaim("email").Value));
    }

    [Fact]
    public async Task DemoTokens_EmptyDirectory_FailsSayingToSeedFirst()
    {
        await using var empty = await SeedDatabase.CreateMigratedAsync(seeded.Server);

        var (code, _, error) = await RunAsync("demo-tokens", "--db", empty.ConnectionString);

        Assert.Equal(1, code);
        Assert.Contains("seed it first", error);
    }

    private async Task<string?> BandOfAsync(string email)
    {
        await using var connection = new NpgsqlConnection(seeded.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT band FROM people WHERE email = @email", connection);
        command.Parameters.AddWithValue("email", email);
        return (string?)await command.ExecuteScalarAsync();
    }

    private static Task<(int Code, string Output, string Error)> RunAsync(params string[] args)
    {
        var environment = CliRunner.CleanEnvironment();
        environment["Auth__SigningKey"] = Hosting.ApiTestHost.SigningKey;
        return CliRunner.RunAsync("", environment, args);
    }
}
