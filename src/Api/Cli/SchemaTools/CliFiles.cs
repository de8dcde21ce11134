namespace MentorGraph.Api.Cli.SchemaTools;

/// <summary>Files named on the command line of the schema tools.</summary>
internal static class CliFiles
{
    /// <summary>The text of a file; one that cannot be read is a usage error (exit code 2), as a missing file argument is.</summary>
    public static string ReadText(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new UsageException($"Cannot read '{path}': {e.Message}");
        }
    }
}
