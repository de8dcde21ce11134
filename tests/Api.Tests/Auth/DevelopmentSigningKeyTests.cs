using MentorGraph.Api.Auth;
using MentorGraph.Api.Configuration;

namespace MentorGraph.Api.Tests.Auth;

public sealed class DevelopmentSigningKeyTests : IDisposable
{
    private readonly string _checkout = Directory.CreateTempSubdirectory("mg-checkout-").FullName;

    public void Dispose() => Directory.Delete(_checkout, recursive: true);

    [Fact]
    public void LoadOrCreate_InACheckout_MakesOneKeyThenKeepsIt()
    {
        File.WriteAllText(Path.Combine(_checkout, "MentorGraph.sln"), "");
        var subfolder = Directory.CreateDirectory(Path.Combine(_checkout, "src", "Api")).FullName;

        var first = DevelopmentSigningKey.LoadOrCreate([subfolder]);
        var second = DevelopmentSigningKey.LoadOrCreate([_checkout]);

        Assert.Equal(first, second);
        Assert.True(first.Length >= AuthSettings.MinimumKeyBytes);
        var file = Path.Combine(_checkout, ".run", "dev-signing-key");
        Assert.True(File.Exists(file));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
        }
    }

    [Fact]
    public void Resolve_ConfiguredKey_WinsInEveryEnvironment()
    {
        var settings = new AuthSettings { SigningKey = new string('k', 40) };

        Assert.NotNull(SigningKeys.Resolve(settings, AppEnvironment.Production));
        Assert.NotNull(SigningKeys.Resolve(settings, AppEnvironment.Development));
    }

    [Fact]
    public void Resolve_OnlyAnAuthority_NoSymmetricKey()
    {
        Assert.Null(SigningKeys.Resolve(new AuthSettings { Authority = "https://login.example.com" }, AppEnvironment.Production));
    }

    [Fact]
    public void Settings_ShortKey_RefusedNamingTheKey()
    {
        var problem = Assert.Single(new AuthSettings { SigningKey = "short" }.Problems());

        Assert.Equal("SigningKey", problem.Key);
        Assert.Contains("at least 32 bytes", problem.Message);
    }
}
