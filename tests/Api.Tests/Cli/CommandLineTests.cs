using MentorGraph.Api.Cli;

namespace MentorGraph.Api.Tests.Cli;

/// <summary>What every command shares: --help, exit codes, one error format, no response files.</summary>
public class CommandLineTests
{
    public static TheoryData<string> CommandNames()
    {
        var data = new TheoryData<string>();
        foreach (var command in MentorGraphCli.CreateRoot(new CliContext(TextReader.Null, TextWriter.Null, TextWriter.Null)).Subcommands)
        {
            data.Add(command.Name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(CommandNames))]
    public async Task Help_OfEveryCommand_GoesToStdoutAndExits0(string command)
    {
        var (code, output, error) = await CliRunner.RunAsync(command, "--help");

        Assert.Equal(0, code);
        Assert.Equal("", error);
        Assert.Contains($"mentorgraph {command}", output);
        Assert.Contains("Usage:", output);
    }

    [Theory]
    [MemberData(nameof(CommandNames))]
    public async Task HelpCommand_WithACommandName_ShowsThatCommandsHelp(string command)
    {
        var (code, output, _) = await CliRunner.RunAsync("help", command);

        Assert.Equal(0, code);
        Assert.Contains($"mentorgraph {command}", output);
    }

    [Theory]
    [MemberData(nameof(CommandNames))]
    public async Task UnknownOption_OnEveryCommand_IsAUsageErrorInOneFormat(string command)
    {
        var (code, output, error) = await CliRunner.RunAsync(command, "--no-such-option");

        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.StartsWith($"mentorgraph {command}: ", error);
        Assert.EndsWith($"Run 'mentorgraph {command} --help' for usage.{Environment.NewLine}", error);
    }

    [Fact]
    public async Task Help_ListsEveryCommandAndExits0()
    {
        var (code, output, _) = await CliRunner.RunAsync("help");

        Assert.Equal(0, code);
        foreach (var name in CommandNames())
        {
            Assert.Contains(name, output);
        }
    }

    [Fact]
    public async Task NoArguments_PrintsTheCommandsOnStderrAndExits2()
    {
        var (code, output, error) = await CliRunner.RunAsync();

        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.Contains("serve", error);
    }

    [Fact]
    public async Task UnknownCommand_Exits2NamingIt()
    {
        var (code, _, error) = await CliRunner.RunAsync("nope");

        Assert.Equal(2, code);
        Assert.Contains("'nope'", error);
        Assert.Contains("Run 'mentorgraph --help' for usage.", error);
    }

    [Fact]
    public async Task CommandThatFails_PrintsOneLineReasonWithoutStackTraceAndExits1()
    {
        var missing = Path.Combine(Path.GetTempPath(), $"mg-missing-{Guid.NewGuid():N}.jsonl");

        var (code, _, error) = await CliRunner.RunAsync("classify", missing);

        Assert.Equal(1, code);
        Assert.StartsWith($"mentorgraph classify: Cannot read '{missing}'", error);
        Assert.Single(error.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries));
        Assert.DoesNotContain(" at ", error);
    }

    [Fact]
    public async Task AtSignArgument_ReachesTheCommandAsWritten_NoResponseFileExpansion()
    {
        using var files = new SchemaTools.TempFiles();
        var schema = files.Write("s.graphql", "type Query { count: Int }");
        var query = files.Write("q.graphql", "{ count }");
        var missing = "@" + Path.Combine(files.Root, "absent.json");

        var (code, _, error) = await CliRunner.RunAsync("execute", "--schema", schema, "--variables", missing, query);

        Assert.Equal(2, code);
        Assert.Contains($"Cannot read '{missing[1..]}'", error);
    }

    [Fact]
    public async Task OptionWithEqualsSign_IsAccepted()
    {
        var (code, _, error) = await CliRunner.RunAsync("classify", "--evidence=99");

        Assert.Equal(2, code);
        Assert.Contains("--evidence must be a whole number from 0 to 50, not '99'.", error);
    }
}
