using MentorGraph.Api.Cli;

namespace MentorGraph.Api.Tests.Cli;

public sealed class CliOptionParserTests
{
    private readonly CliOptionParser parser = new(["--dir", "--db"], ["--no-migrate"]);

    [Fact]
    public void TryParse_ValueAsNextArgumentOrAfterEquals_BothRead()
    {
        Assert.True(parser.TryParse(["--dir", "db/migrations", "--db=Host=x;Port=1", "--no-migrate"], out var options, out _));

        Assert.Equal("db/migrations", options.Value("--dir"));
        Assert.Equal("Host=x;Port=1", options.Value("--db"));
        Assert.True(options.Flag("--no-migrate"));
    }

    [Fact]
    public void TryParse_NothingGiven_NoValuesNoFlags()
    {
        Assert.True(parser.TryParse([], out var options, out _));

        Assert.Null(options.Value("--dir"));
        Assert.False(options.Flag("--no-migrate"));
    }

    [Theory]
    [InlineData(new[] { "--bogus" }, "unknown option '--bogus'.")]
    [InlineData(new[] { "--dir" }, "option '--dir' needs a value.")]
    [InlineData(new[] { "--dir=" }, "option '--dir' needs a non-empty value.")]
    [InlineData(new[] { "--dir", "a", "--dir", "b" }, "option '--dir' is given more than once.")]
    [InlineData(new[] { "stray" }, "unexpected argument 'stray'.")]
    [InlineData(new[] { "--no-migrate=yes" }, "unknown option '--no-migrate=yes'.")]
    public void TryParse_BadArguments_FailsSayingWhy(string[] args, string expected)
    {
        Assert.False(parser.TryParse(args, out _, out var error));

        Assert.Equal(expected, error);
    }
}
