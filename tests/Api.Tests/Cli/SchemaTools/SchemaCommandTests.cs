using MentorGraph.Api.Schema;

namespace MentorGraph.Api.Tests.Cli.SchemaTools;

public class SchemaCommandTests
{
    [Fact]
    public async Task Schema_PrintsTheServedSchema()
    {
        var (code, output, error) = await TempFiles.RunAsync("schema");

        Assert.Equal(0, code);
        Assert.Equal("", error);
        Assert.Equal((GraphQL.Types.SchemaPrinter.Print(ApiSchema.BuildDefault()) + "\n").ReplaceLineEndings(), output);
    }

    [Fact]
    public async Task Schema_WithAnArgument_IsAUsageError()
    {
        var (code, _, error) = await TempFiles.RunAsync("schema", "extra");

        Assert.Equal(2, code);
        Assert.Contains("Unrecognized command or argument 'extra'", error);
    }

    [Fact]
    public async Task Help_ListsTheSchemaTools()
    {
        var (code, output, _) = await TempFiles.RunAsync("help");

        Assert.Equal(0, code);
        Assert.Contains("schema", output);
        Assert.Contains("validate", output);
        Assert.Contains("execute", output);
    }
}
