namespace MentorGraph.Api.Cli;

/// <summary>
/// What a command reads and writes, and the environment it runs in; tests pass their own. Results go to
/// <see cref="Out"/>; messages, errors and progress to <see cref="Error"/>.
/// </summary>
public sealed record CliContext(TextReader In, TextWriter Out, TextWriter Error)
{
    /// <summary>The environment variables settings are read from; the process's when null.</summary>
    public IReadOnlyDictionary<string, string>? EnvironmentVariables { get; init; }

    /// <summary>Where the appsettings files are; the program's folder when null.</summary>
    public string? SettingsDirectory { get; init; }

    /// <summary>Whether <see cref="Error"/> is a terminal a person watches (progress is shown only then).</summary>
    public bool ErrorIsTerminal { get; init; }

    /// <summary>The process's own streams.</summary>
    public static CliContext Console() => new(System.Console.In, System.Console.Out, System.Console.Error)
    {
        ErrorIsTerminal = !System.Console.IsErrorRedirected,
    };

    /// <summary>A variable of <see cref="EnvironmentVariables"/> (or of the process).</summary>
    public string? GetEnvironmentVariable(string name) =>
        EnvironmentVariables is null ? Environment.GetEnvironmentVariable(name) : EnvironmentVariables.GetValueOrDefault(name);
}
