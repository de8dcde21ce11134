namespace MentorGraph.Api.Cli;

/// <summary>The command was called wrongly (a bad or contradictory option); printed with a pointer to <c>--help</c>, exit code 2.</summary>
public sealed class UsageException(string message) : Exception(message);

/// <summary>A command could not do its work (a missing file, a damaged model, an unreachable database); printed, exit code 1.</summary>
public sealed class CommandFailedException(string message) : Exception(message);

/// <summary>The exit codes every command uses.</summary>
public static class ExitCodes
{
    /// <summary>Done; nothing wrong found.</summary>
    public const int Success = 0;

    /// <summary>The command failed, or found problems (invalid files, rejected records).</summary>
    public const int Failed = 1;

    /// <summary>The command line was wrong: unknown option, missing argument, bad value.</summary>
    public const int Usage = 2;

    /// <summary>Stopped by Ctrl-C (128 + SIGINT).</summary>
    public const int Cancelled = 130;
}
