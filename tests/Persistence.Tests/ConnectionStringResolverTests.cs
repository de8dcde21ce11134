using MentorGraph.Tests.Support;

namespace MentorGraph.Persistence.Tests;

public sealed class ConnectionStringResolverTests : IDisposable
{
    private const string Configured = "Host=config-host;Port=5432;Database=configdb;Username=configuser;Password=configpass";
    private const string FromFile = "Host=127.0.0.1;Port=41000;Database=mentorgraph;Username=mentorgraph;Password=filepass";

    private readonly TempDirectory checkout = new();

    public void Dispose() => checkout.Dispose();

    [Fact]
    public void Resolve_ConfiguredValue_WinsOverClusterFile()
    {
        WriteClusterUrl();

        var resolved = Resolver().Resolve(Configured, "the command line");

        Assert.Equal(Configured, resolved.Value);
        Assert.Equal("the command line", resolved.Source);
    }

    [Fact]
    public void Resolve_OnlyClusterFile_FoundFromASubfolderOfTheCheckout()
    {
        var urlFile = WriteClusterUrl();
        var subfolder = Directory.CreateDirectory(Path.Combine(checkout.Path, "src", "Api")).FullName;

        var resolved = new ConnectionStringResolver([subfolder]).Resolve(null, "unused");

        Assert.Equal(FromFile, resolved.Value);
        Assert.Equal(urlFile, resolved.Source);
    }

    [Fact]
    public void Resolve_NothingConfigured_ThrowsSayingWhatToSet()
    {
        var error = Assert.Throws<DatabaseConfigurationException>(() => Resolver().Resolve(null, "unused"));

        Assert.Contains("Database:ConnectionString", error.Message);
        Assert.Contains("MENTORGRAPH_DB", error.Message);
        Assert.Contains("scripts/pg start", error.Message);
    }

    [Fact]
    public void Resolve_BlankConfiguredValue_IsIgnored()
    {
        WriteClusterUrl();

        Assert.Equal(FromFile, Resolver().Resolve("  ", "unused").Value);
    }

    [Fact]
    public void Resolve_MalformedConfiguredValue_ThrowsNamingTheSource()
    {
        var error = Assert.Throws<DatabaseConfigurationException>(() => Resolver().Resolve("Hots=localhost", "the environment variable MENTORGRAPH_DB"));

        Assert.StartsWith("The connection string from the environment variable MENTORGRAPH_DB is not valid:", error.Message);
    }

    [Fact]
    public void Describe_ShowsWhereButNeverThePassword()
    {
        var described = ConnectionStringResolver.Describe(FromFile);

        Assert.Equal("host 127.0.0.1, port 41000, database mentorgraph, user mentorgraph", described);
        Assert.DoesNotContain("filepass", new ResolvedConnectionString(FromFile, "test").ToString());
    }

    private ConnectionStringResolver Resolver() => new([checkout.Path]);

    private string WriteClusterUrl()
    {
        Directory.CreateDirectory(Path.Combine(checkout.Path, ".pgdata", "dev"));
        return checkout.Write(Path.Combine(".pgdata", "dev", "url"), FromFile + "\n");
    }
}
