using MentorGraph.Api.Cli.Classifier;

namespace MentorGraph.Api.Cli.SchemaTools;

/// <summary>
/// The shell of the schema tools (<c>schema</c>, <c>validate</c>, <c>execute</c>): parses the options and maps
/// failures to exit codes — 2 for a usage error (bad option, missing or unreadable file, malformed JSON
/// argument), 1 for problems found.
/// </summary>
internal abstract class SchemaToolCommand : ICliCommand
{
    public abstract string Name { get; }

    public abstract string Summary { get; }

    protected abstract string Usage { get; }

    protected abstract IReadOnlySet<string> ValueOptions { get; }

    public async Task<int> RunAsync(CliContext context, IReadOnlyList<string> args)
    {
        if (args.Any(a => a is "--help" or "-h"))
        {
            await context.Out.WriteLineAsync(Usage);
            return 0;
        }

        try
        {
            return await RunAsync(context, new CommandArguments(args, ValueOptions, new HashSet<string>()));
        }
        catch (UsageException e)
        {
            await context.Error.WriteLineAsync($"mentorgraph {Name}: {e.Message}");
            await context.Error.WriteLineAsync(Usage);
            return 2;
        }
    }

    protected abstract Task<int> RunAsync(CliContext context, CommandArguments args);

    /// <summary>The text of a file named on the command line; an unreadable file is a usage error.</summary>
    protected static string ReadFile(string path)
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
