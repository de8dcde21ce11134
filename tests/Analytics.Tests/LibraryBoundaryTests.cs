namespace MentorGraph.Analytics.Tests;

/// <summary>
/// Analytics is a library: it takes its settings from the host (<c>DefaultClassifierSettings</c>) and
/// reports progress through callbacks (<c>IProgress&lt;TrainingProgress&gt;</c>); it never reads the
/// environment or writes to the console itself. Checked on the source, so a new call anywhere fails here.
/// </summary>
public class LibraryBoundaryTests
{
    private static readonly string[] Forbidden =
    [
        "Environment.GetEnvironmentVariable",
        "Environment.ExpandEnvironmentVariables",
        "Environment.GetFolderPath",
        "Console.",
    ];

    [Fact]
    public void AnalyticsSource_ReadsNoEnvironmentAndWritesNoConsole()
    {
        var sources = Directory.GetFiles(Path.Combine(RepositoryRoot(), "src", "Analytics"), "*.cs", SearchOption.AllDirectories)
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToArray();
        Assert.NotEmpty(sources);

        var uses = sources
            .SelectMany(path => File.ReadLines(path).Select((line, index) => (path, line, number: index + 1)))
            .Where(l => Forbidden.Any(f => l.line.Contains(f, StringComparison.Ordinal)))
            .Select(l => $"{Path.GetFileName(l.path)}:{l.number}: {l.line.Trim()}");
        Assert.Empty(uses);
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "MentorGraph.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("MentorGraph.sln not found above the test's directory.");
    }
}
