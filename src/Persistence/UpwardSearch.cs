namespace MentorGraph.Persistence;

/// <summary>
/// Finds a path relative to a checkout (or installed application) root by trying each start folder
/// and then its parents, so commands work from any subfolder of the checkout.
/// </summary>
public static class UpwardSearch
{
    public static string? FindFile(IEnumerable<string> startDirectories, string relativePath)
        => Find(startDirectories, relativePath, File.Exists);

    public static string? FindDirectory(IEnumerable<string> startDirectories, string relativePath)
        => Find(startDirectories, relativePath, Directory.Exists);

    private static string? Find(IEnumerable<string> startDirectories, string relativePath, Func<string, bool> exists)
    {
        foreach (var start in startDirectories)
        {
            for (var directory = new DirectoryInfo(Path.GetFullPath(start)); directory is not null; directory = directory.Parent)
            {
                var candidate = Path.Combine(directory.FullName, relativePath);
                if (exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }
}
