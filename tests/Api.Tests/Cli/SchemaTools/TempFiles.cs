
namespace MentorGraph.Api.Tests.Cli.SchemaTools;

/// <summary>A temporary folder for one test's files, and a way to run the CLI with captured output.</summary>
public sealed class TempFiles : IDisposable
{
    public TempFiles()
    {
        Directory.CreateDirectory(Root);
    }

    public string Root { get; } = Path.Combine(Path.GetTempPath(), $"mg-schema-tools-{Guid.NewGuid():N}");

    /// <summary>Writes a file and returns its path.</summary>
    public string Write(string name, string text)
    {
        var path = Path.Combine(Root, name);
        File.WriteAllText(path, text);
        return path;
    }

    public static Task<(int Code, string Output, string Error)> RunAsync(params string[] args) => CliRunner.RunAsync(args);

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
