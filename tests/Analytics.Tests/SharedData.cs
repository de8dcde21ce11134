namespace MentorGraph.Analytics.Tests;

/// <summary>
/// Finds the shared read-only data folder: <c>$MENTORGRAPH_SHARED_DATA</c>, else the first
/// <c>shared/data</c> beside the repository or one of its parent folders.
/// </summary>
internal static class SharedData
{
    public static string DevSetPath()
    {
        var explicitFolder = Environment.GetEnvironmentVariable("MENTORGRAPH_SHARED_DATA");
        if (!string.IsNullOrEmpty(explicitFolder))
        {
            return Path.Combine(explicitFolder, "notes-dev.jsonl");
        }

        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "shared", "data", "notes-dev.jsonl");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException(
            "The shared development set (shared/data/notes-dev.jsonl) was not found beside the repository or its parents; set MENTORGRAPH_SHARED_DATA.");
    }
}
