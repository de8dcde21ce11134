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
    public async Task SchemaCheck_AgainstTheServedSchema_HasNoChangesAndExitsZero()
    {
        using var files = new TempFiles();
        var old = files.Write("old.graphql", GraphQL.Types.SchemaPrinter.Print(ApiSchema.BuildDefault()));

        var (code, output, error) = await TempFiles.RunAsync("schema", "--check", old);

        Assert.Equal(0, code);
        Assert.Equal("", output);
        Assert.Contains("No changes since", error);
    }

    [Fact]
    public async Task SchemaCheck_OldSchemaWithAFieldAndEnumValueTheServedOneLacks_ListsThemAsBreakingAndExitsOne()
    {
        using var files = new TempFiles();
        var served = GraphQL.Types.SchemaPrinter.Print(ApiSchema.BuildDefault());
        var withExtras = served + "\nextend type Query { retiredField: String }\nextend enum Role { RETIRED_ROLE }\n";
        var old = files.Write("old.graphql", withExtras);

        var (code, output, error) = await TempFiles.RunAsync("schema", "--check", old);

        Assert.Equal(1, code);
        var lines = output.ReplaceLineEndings("\n").Trim().Split('\n');
        Assert.Equal("Breaking changes (2):", lines[0]);
        Assert.Contains("  Query.retiredField: Field Query.retiredField was removed.", lines);
        Assert.Contains("  Role.RETIRED_ROLE: Enum value Role.RETIRED_ROLE was removed.", lines);
        Assert.Contains("2 breaking, 0 dangerous, 0 safe changes", error);
    }

    [Fact]
    public async Task SchemaCheck_OldSchemaMissingAType_ListsItAsSafeAndExitsZero()
    {
        using var files = new TempFiles();
        var old = files.Write("old.graphql", "type Query { topics: [Topic!]! }\ntype Topic { slug: String! }");

        var (code, output, _) = await TempFiles.RunAsync("schema", "--check", old);

        Assert.Equal(0, code);
        Assert.StartsWith("Safe changes (", output);
        Assert.Contains("  Topic.title: Field Topic.title was added.", output);
    }

    [Fact]
    public async Task SchemaCheck_InvalidOldSdl_ReportsItsErrorsAndExitsOne()
    {
        using var files = new TempFiles();
        var old = files.Write("old.graphql", "type Query {\n  topics: [Tpic]\n}\n");

        var (code, _, error) = await TempFiles.RunAsync("schema", "--check", old);

        Assert.Equal(1, code);
        Assert.StartsWith($"{old}:2:", error);
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
