namespace MentorGraph.Api.Cli.Classifier;

/// <summary>The shared shell of the classifier commands: parses arguments and maps failures to exit codes and messages.</summary>
internal abstract class ClassifierCommand : ICliCommand
{
    public abstract string Name { get; }

    public abstract string Summary { get; }

    protected abstract string Usage { get; }

    protected abstract IReadOnlySet<string> ValueOptions { get; }

    protected virtual IReadOnlySet<string> Flags { get; } = new HashSet<string>();

    public async Task<int> RunAsync(CliContext context, IReadOnlyList<string> args)
    {
        if (args.Any(a => a is "--help" or "-h"))
        {
            await context.Out.WriteLineAsync(Usage);
            return 0;
        }

        try
        {
            var parsed = new CommandArguments(args, ValueOptions, Flags);
            return await RunAsync(context, parsed);
        }
        catch (UsageException e)
        {
            await context.Error.WriteLineAsync($"mentorgraph {Name}: {e.Message}");
            await context.Error.WriteLineAsync(Usage);
            return 2;
        }
        catch (CommandFailedException e)
        {
            await context.Error.WriteLineAsync($"mentorgraph {Name}: {e.Message}");
            return 1;
        }
    }

    protected abstract Task<int> RunAsync(CliContext context, CommandArguments args);
}
