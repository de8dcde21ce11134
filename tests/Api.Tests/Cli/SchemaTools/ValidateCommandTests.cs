namespace MentorGraph.Api.Tests.Cli.SchemaTools;

public sealed class ValidateCommandTests : IDisposable
{
    private const string Sdl = """
        type Query { hero(id: ID!): Character }
        interface Character { id: ID! name: String! }
        type Droid implements Character { id: ID! name: String! primaryFunction: String }
        """;

    private readonly TempFiles _files = new();

    [Fact]
    public async Task Validate_ValidOperationsAgainstTheServedSchema_ExitsZeroAndPrintsNothing()
    {
        var topics = _files.Write("topics.graphql", "query Topics { topics { ...T } }\nfragment T on Topic { id slug title }");
        var classify = _files.Write("classify.graphql", "query($input: ClassifyNoteInput!) { classifyNote(input: $input) { errors { ... on Error { code } } } }");

        var (code, output, error) = await TempFiles.RunAsync("validate", topics, classify);

        Assert.Equal(0, code);
        Assert.Equal("", output);
        Assert.Contains("2 files valid", error);
    }

    [Fact]
    public async Task Validate_InvalidOperation_PrintsFileLineColumnMessageAndExitsOne()
    {
        var path = _files.Write("bad.graphql", "query {\n  topics {\n    slugg\n  }\n}\n");

        var (code, output, _) = await TempFiles.RunAsync("validate", path);

        Assert.Equal(1, code);
        Assert.Equal($"{path}:3:5: Cannot query field \"slugg\" on type \"Topic\". Did you mean \"slug\"?", output.Trim());
    }

    [Fact]
    public async Task Validate_SyntaxError_IsReportedWithItsLocation()
    {
        var path = _files.Write("broken.graphql", "query {\n  topics {\n");

        var (code, output, _) = await TempFiles.RunAsync("validate", path);

        Assert.Equal(1, code);
        Assert.StartsWith($"{path}:3:1: Syntax Error:", output.Trim());
    }

    [Fact]
    public async Task Validate_AgainstAnSdlFile_ChecksEveryFileAndReportsEachError()
    {
        var schema = _files.Write("schema.graphql", Sdl);
        var good = _files.Write("good.graphql", "{ hero(id: 1) { name ... on Droid { primaryFunction } } }");
        var bad = _files.Write("bad.graphql", "{ hero { nme } }");

        var (code, output, error) = await TempFiles.RunAsync("validate", "--schema", schema, good, bad);

        Assert.Equal(1, code);
        var lines = output.Trim().Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        Assert.Equal(
            [
                $"{bad}:1:10: Cannot query field \"nme\" on type \"Character\". Did you mean \"name\"?",
                $"{bad}:1:3: Field \"hero\" argument \"id\" of type \"ID!\" is required, but it was not provided.",
            ],
            lines);
        Assert.Contains("1 of 2 files invalid", error);
    }

    [Fact]
    public async Task Validate_InvalidSdlFile_ReportsTheSchemaErrorsAndExitsOne()
    {
        var schema = _files.Write("schema.graphql", "type Query { hero: Hero }\n");
        var operation = _files.Write("op.graphql", "{ hero }");

        var (code, output, _) = await TempFiles.RunAsync("validate", "--schema", schema, operation);

        Assert.Equal(1, code);
        Assert.StartsWith($"{schema}:1:20: ", output);
        Assert.Contains("Hero", output);
    }

    [Fact]
    public async Task Validate_OverTheDepthLimit_IsAnError()
    {
        var schema = _files.Write("schema.graphql", "type Query { node: Node }\ntype Node { child: Node name: String }");
        var deep = "{ node { " + string.Concat(Enumerable.Repeat("child { ", 20)) + "name" + new string('}', 21) + " }";
        var operation = _files.Write("deep.graphql", deep);

        var (code, output, _) = await TempFiles.RunAsync("validate", "--schema", schema, operation);

        Assert.Equal(1, code);
        Assert.Contains("depth", output, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Validate_WithoutFiles_IsAUsageError()
    {
        var (code, _, error) = await TempFiles.RunAsync("validate");

        Assert.Equal(2, code);
        Assert.Contains("Required argument 'FILE' missing for command: 'validate'.", error);
    }

    [Fact]
    public async Task Validate_MissingFile_IsAUsageError()
    {
        var (code, output, error) = await TempFiles.RunAsync("validate", Path.Combine(_files.Root, "missing.graphql"));

        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.Contains("Cannot read", error);
    }

    [Fact]
    public async Task Validate_UnknownOption_IsAUsageError()
    {
        var (code, _, error) = await TempFiles.RunAsync("validate", "--schemas", "x.graphql", "op.graphql");

        Assert.Equal(2, code);
        Assert.Contains("Unrecognized command or argument '--schemas'", error);
    }

    public void Dispose() => _files.Dispose();
}
