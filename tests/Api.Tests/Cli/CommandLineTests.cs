using MentorGraph.Api.Cli;

namespace MentorGraph.Api.Tests.Cli;

public class CommandLineTests
{
    [Fact]
    public async Task Run_CommandThrows_PrintsOneLineReasonAndExits1()
    {
        var output = new StringWriter();
        var error = new StringWriter();

        var exit = await CommandLine.RunAsync(["boom"], TextReader.Null, output, error, [new ThrowingCommand()]);

        Assert.Equal(1, exit);
        Assert.Equal("mentorgraph boom: the disk is full" + Environment.NewLine, error.ToString());
        Assert.DoesNotContain(" at ", error.ToString());
    }

    [Fact]
    public async Task Run_UnknownCommand_Exits2WithHelp()
    {
        var error = new StringWriter();

        var exit = await CommandLine.RunAsync(["nope"], TextReader.Null, new StringWriter(), error);

        Assert.Equal(2, exit);
        Assert.Contains("unknown command 'nope'", error.ToString());
        Assert.Contains("serve", error.ToString());
    }

    [Fact]
    public async Task Run_Help_ListsEveryCommandAndExits0()
    {
        var output = new StringWriter();

        var exit = await CommandLine.RunAsync(["help"], TextReader.Null, output, new StringWriter());

        Assert.Equal(0, exit);
        foreach (var command in CommandLine.Commands)
        {
            Assert.Contains(command.Name, output.ToString());
        }
    }

    private sealed class ThrowingCommand : ICliCommand
    {
        public string Name => "boom";

        public string Summary => "Always fails.";

        public Task<int> RunAsync(CliContext context, IReadOnlyList<string> args) =>
            throw new IOException("the disk is full");
    }
}
