namespace MentorGraph.Api.Cli;

/// <summary>The <c>mentorgraph</c> entry point: picks a subcommand by its first argument.</summary>
public static class CommandLine
{
    /// <summary>Every subcommand, in the order the help lists them. Add new commands here.</summary>
    public static IReadOnlyList<ICliCommand> Commands { get; } =
    [
        new ServeCommand(),
        new MigrateCommand(),
        new Classifier.ClassifyCommand(),
        new Classifier.TrainCommand(),
        new Classifier.EvaluateCommand(),
        new SchemaTools.SchemaCommand(),
        new SchemaTools.ValidateCommand(),
        new SchemaTools.ExecuteCommand(),
    ];

    public static Task<int> RunAsync(string[] args, TextReader input, TextWriter output, TextWriter error) =>
        RunAsync(args, input, output, error, Commands);

    /// <summary>
    /// Runs one of <paramref name="commands"/>. A command that fails unexpectedly prints one line with
    /// the reason (the whole exception only when MENTORGRAPH_DEBUG is set) and exits 1 — never a bare
    /// stack trace.
    /// </summary>
    internal static async Task<int> RunAsync(string[] args, TextReader input, TextWriter output, TextWriter error, IReadOnlyList<ICliCommand> commands)
    {
        var context = new CliContext(input, output, error);
        if (args.Length == 0 || args[0] is "help" or "--help" or "-h")
        {
            WriteHelp(args.Length == 0 ? error : output);
            return args.Length == 0 ? 2 : 0;
        }

        var command = commands.FirstOrDefault(c => c.Name == args[0]);
        if (command is null)
        {
            error.WriteLine($"mentorgraph: unknown command '{args[0]}'.");
            WriteHelp(error);
            return 2;
        }

        try
        {
            return await command.RunAsync(context, args.Skip(1).ToArray());
        }
        catch (OperationCanceledException)
        {
            error.WriteLine($"mentorgraph {command.Name}: cancelled.");
            return 130;
        }
        catch (Exception exception)
        {
            error.WriteLine($"mentorgraph {command.Name}: {exception.Message}");
            if (!string.IsNullOrEmpty(Environment.GetEnvironmentVariable("MENTORGRAPH_DEBUG")))
            {
                error.WriteLine(exception);
            }

            return 1;
        }
    }

    private static void WriteHelp(TextWriter writer)
    {
        writer.WriteLine("Usage: mentorgraph <command> [options]");
        writer.WriteLine();
        writer.WriteLine("Commands:");
        foreach (var command in Commands)
        {
            writer.WriteLine($"  {command.Name,-10} {command.Summary}");
        }
        writer.WriteLine("  help       Shows this list.");
    }
}
