namespace MentorGraph.Browser.Tests;

/// <summary>
/// Where the browser tests write their screenshots: <c>artifacts/browser/</c> at the checkout's root (git-ignored;
/// CI keeps it as the run's artifacts), or <c>MENTORGRAPH_BROWSER_ARTIFACTS</c>.
/// </summary>
public static class Artifacts
{
    public static string Directory { get; } = Find();

    private static string Find()
    {
        if (Environment.GetEnvironmentVariable("MENTORGRAPH_BROWSER_ARTIFACTS") is { Length: > 0 } configured)
        {
            return configured;
        }

        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "MentorGraph.sln")))
            {
                return Path.Combine(directory.FullName, "artifacts", "browser");
            }
        }

        return Path.Combine(AppContext.BaseDirectory, "artifacts", "browser");
    }
}
