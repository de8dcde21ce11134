using System.CommandLine;
using System.CommandLine.Help;
using MentorGraph.Api.Configuration;
using MentorGraph.Persistence;
using MentorGraph.Persistence.Migrations;

namespace MentorGraph.Api.Cli;

/// <summary>
/// The <c>mentorgraph</c> command line, on System.CommandLine: every command and subcommand has
/// <c>--help</c> (written to standard output, exit 0), and every command ends the same way —
/// <list type="bullet">
/// <item>0: done, nothing wrong found;</item>
/// <item>1: failed, or problems found — one line <c>mentorgraph COMMAND: reason</c> on standard error, never a stack
/// trace (set <c>MENTORGRAPH_DEBUG</c> to see one);</item>
/// <item>2: a usage error — <c>mentorgraph COMMAND: what is wrong</c>, then where to find the usage.</item>
/// </list>
/// Response files are off, so an argument such as <c>@variables.json</c> reaches the command as written.
/// </summary>
public static class MentorGraphCli
{
    public const string Name = "mentorgraph";

    /// <summary>Runs the command line with the process's streams.</summary>
    public static Task<int> RunAsync(string[] args) => RunAsync(args, CliContext.Console());

    public static async Task<int> RunAsync(IReadOnlyList<string> args, CliContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(context);
        var root = CreateRoot(context);
        if (args.Count == 0)
        {
            await WriteHelpAsync(root, context.Error);
            return ExitCodes.Usage;
        }

        if (args[0] == "help")
        {
            // "mentorgraph help [COMMAND]" is "mentorgraph [COMMAND] --help".
            args = [.. args.Skip(1), "--help"];
        }

        var parsed = root.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
        var commandPath = CommandPath(parsed.CommandResult.Command);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                await context.Error.WriteLineAsync($"{commandPath}: {error.Message}");
            }

            await context.Error.WriteLineAsync($"Run '{commandPath} --help' for usage.");
            return ExitCodes.Usage;
        }

        try
        {
            return await parsed.InvokeAsync(
                new InvocationConfiguration
                {
                    Output = context.Out,
                    Error = context.Error,
                    EnableDefaultExceptionHandler = false,
                    // Signals are the host's: serve shuts down gracefully on SIGTERM itself, other commands simply end.
                    ProcessTerminationTimeout = null,
                },
                cancellationToken);
        }
        catch (UsageException e)
        {
            await context.Error.WriteLineAsync($"{commandPath}: {e.Message}");
            await context.Error.WriteLineAsync($"Run '{commandPath} --help' for usage.");
            return ExitCodes.Usage;
        }
        catch (OperationCanceledException)
        {
            await context.Error.WriteLineAsync($"{commandPath}: cancelled.");
            return ExitCodes.Cancelled;
        }
        catch (SettingsException e) when (e.Message.Contains('\n', StringComparison.Ordinal))
        {
            await context.Error.WriteLineAsync($"{commandPath}: invalid settings:");
            foreach (var line in e.Message.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                await context.Error.WriteLineAsync($"  {line}");
            }

            return ExitCodes.Failed;
        }
        catch (Exception e) when (e is CommandFailedException or SettingsException or DatabaseConfigurationException or MigrationException)
        {
            await context.Error.WriteLineAsync($"{commandPath}: {e.Message}");
            return ExitCodes.Failed;
        }
        catch (Exception e)
        {
            await context.Error.WriteLineAsync($"{commandPath}: {e.Message}");
            if (!string.IsNullOrEmpty(context.GetEnvironmentVariable("MENTORGRAPH_DEBUG")))
            {
                await context.Error.WriteLineAsync(e.ToString());
            }

            return ExitCodes.Failed;
        }
    }

    /// <summary>The root command with every command, in the order the help lists them. Add new commands here.</summary>
    public static Command CreateRoot(CliContext context)
    {
        var root = new Command(Name, "MentorGraph: the API for reverse and reciprocal mentoring, and its tools.")
        {
            new HelpOption(),
            new VersionOption(),
        };
        root.Subcommands.Add(ServeCommand.Create(context));
        root.Subcommands.Add(JobsCommand.Create(context));
        root.Subcommands.Add(MigrateCommand.Create(context));
        root.Subcommands.Add(SeedCommand.Create(context));
        root.Subcommands.Add(TokenCommand.Create(context));
        root.Subcommands.Add(DemoTokensCommand.Create(context));
        root.Subcommands.Add(TrendsCommand.Create(context));
        root.Subcommands.Add(Classifier.ClassifyCommand.Create(context));
        root.Subcommands.Add(Classifier.TrainCommand.Create(context));
        root.Subcommands.Add(Classifier.EvaluateCommand.Create(context));
        root.Subcommands.Add(SchemaTools.SchemaCommand.Create(context));
        root.Subcommands.Add(SchemaTools.ValidateCommand.Create(context));
        root.Subcommands.Add(SchemaTools.ExecuteCommand.Create(context));
        root.Subcommands.Add(SchemaTools.PersistCommand.Create(context));
        return root;
    }

    /// <summary>"mentorgraph evaluate", from the command a parse ended on.</summary>
    public static string CommandPath(Command command)
    {
        var names = new List<string>();
        for (Symbol? symbol = command; symbol is Command current; symbol = current.Parents.FirstOrDefault())
        {
            names.Add(current.Name);
        }

        names.Reverse();
        return string.Join(' ', names);
    }

    private static async Task WriteHelpAsync(Command root, TextWriter writer)
    {
        var parsed = root.Parse(["--help"]);
        await parsed.InvokeAsync(new InvocationConfiguration { Output = writer, Error = writer });
    }
}
