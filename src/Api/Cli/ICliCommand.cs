namespace MentorGraph.Api.Cli;

/// <summary>One subcommand of the <c>mentorgraph</c> command-line tool.</summary>
public interface ICliCommand
{
    /// <summary>The word that selects the command, e.g. <c>serve</c>.</summary>
    string Name { get; }

    /// <summary>One line for the help listing.</summary>
    string Summary { get; }

    /// <summary>Runs the command; returns the process exit code (0 success, 1 failure found, 2 usage error).</summary>
    Task<int> RunAsync(CliContext context, IReadOnlyList<string> args);
}

/// <summary>The streams a command reads and writes; tests pass their own.</summary>
public sealed record CliContext(TextReader In, TextWriter Out, TextWriter Error);
