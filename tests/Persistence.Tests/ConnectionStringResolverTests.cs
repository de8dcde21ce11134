using MentorGraph.Tests.Support;

namespace MentorGraph.Persistence.Tests;

public sealed class ConnectionStringResolverTests : IDisposable
{
    private const string FromEnvironment = "Host=env-host;Port=5432;Database=envdb;Username=envuser;Password=envpass";
    private const string FromFile = "Host=127.0.0.1;Port=41000;Database=mentorgraph;Username=mentorgraph;Password=filepass";

    private readonly TempDirectory checkout = new();

    public void Dispose() => checkout.Dispose();

    [Fact]
    public void Resolve_ExplicitValue_WinsOverEnvironmentAndFile()
    {
        WriteClusterUrl();
        var resolver = Resolver(FromEnvironment);

        var resolved = resolver.Resolve("Host=explicit;Database=x");

        Assert.Equal("Host=explicit;Database=x", resolved.Value);
        Assert.Equal("the --db option", resolved.Source);
    }

    [Fact]
    public void Resolve_EnvironmentVariable_WinsOverClusterFile()
    {
        WriteClusterUrl();

        var resolved = Resolver(FromEnvironment).Resolve();

        Assert.Equal(FromEnvironment, resolved.Value);
        Assert.Equal("the MENTORGRAPH_DB environment variable", resolved.Source);
    }

    [Fact]
    public void Resolve_OnlyClusterFile_FoundFromASubfolderOfTheCheckout()
    {
        var urlFile = WriteClusterUrl();
        var subfolder = Directory.CreateDirectory(Path.Combine(checkout.Path, "src", "Api")).FullName;
        var resolver = new ConnectionStringResolver(_ => null, [subfolder]);

        var resolved = resolver.Resolve();

        Assert.Equal(FromFile, resolved.Value);
        Assert.Equal(urlFile, resolved.Source);
    }

    [Fact]
    public void Resolve_NothingConfigured_ThrowsSayingWhatToSet()
    {
        var error = Assert.Throws<DatabaseConfigurationException>(() => Resolver(null).Resolve());

        Assert.Contains("set MENTORGRAPH_DB", error.Message);
        Assert.Contains("scripts/pg start", error.Message);
    }

    [Fact]
    public void Resolve_BlankEnvironmentVariable_IsIgnored()
    {
        WriteClusterUrl();

        Assert.Equal(FromFile, Resolver("  ").Resolve().Value);
    }

    [Fact]
    public void Resolve_MalformedEnvironmentVariable_ThrowsNamingTheSource()
    {
        var error = Assert.Throws<DatabaseConfigurationException>(() => Resolver("Hots=localhost").Resolve());

        Assert.StartsWith("The connection string from the MENTORGRAPH_DB environment variable is not valid:", error.Message);
    }

    [Fact]
    public void Describe_ShowsWhereButNeverThePassword()
    {
        var described = ConnectionStringResolver.Describe(FromFile);

        Assert.Equal("host 127.0.0.1, port 41000, database mentorgraph, user mentorgraph", described);
        Assert.DoesNotContain("filepass", new ResolvedConnectionString(FromFile, "test").ToString());
    }

    private ConnectionStringResolver Resolver(string? environmentValue)
        => new(name => name == ConnectionStringResolver.EnvironmentVariable ? environmentValue : null, [checkout.Path]);

    private string WriteClusterUrl()
    {
        Directory.CreateDirectory(Path.Combine(checkout.Path, ".pgdata", "dev"));
        return checkout.Write(Path.Combine(".pgdata", "dev", "url"), FromFile + "\n");
    }
}
