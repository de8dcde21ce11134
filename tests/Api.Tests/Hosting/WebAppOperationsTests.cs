using MentorGraph.Api.Tests.Cli;
using MentorGraph.Tests.Support;

namespace MentorGraph.Api.Tests.Hosting;

/// <summary>
/// The dashboard's GraphQL operations (web/src, gql tagged templates) against the served schema: a schema change that
/// breaks the dashboard fails here, before a browser ever sees it.
/// </summary>
public sealed class WebAppOperationsTests
{
    [Fact]
    public async Task DashboardOperations_AreValidAgainstTheServedSchema()
    {
        var sources = Path.GetFullPath(Path.Combine(MigratedDatabaseFixture.MigrationsDirectory, "..", "..", "web", "src"));

        var (code, output, error) = await CliRunner.RunAsync("validate", sources);

        Assert.True(code == 0, $"mentorgraph validate web/src exited {code}:\n{output}{error}");
        Assert.Matches(@"\(\d{2,} documents\)", output + error);
    }
}
