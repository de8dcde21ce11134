namespace MentorGraph.Api.Cli.Classifier;

/// <summary>Opens an input file for reading, turning I/O failures into a clear <see cref="CommandFailedException"/>.</summary>
internal static class InputFiles
{
    public static StreamReader Open(string path)
    {
        try
        {
            return new StreamReader(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            throw new CommandFailedException($"Cannot read '{path}': {e.Message}");
        }
    }
}
