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

    [Fact]
    public async Task Validate_FragmentInAnotherFile_IsResolvedAcrossFiles()
    {
        var query = _files.Write("topics.graphql", "query Topics { topics { ...TopicCard } }");
        var fragment = _files.Write("card.graphql", "fragment TopicCard on Topic { id title }");

        var (code, output, error) = await TempFiles.RunAsync("validate", query, fragment);

        Assert.Equal(0, code);
        Assert.Equal("", output);
        Assert.Contains("2 files valid", error);
    }

    [Fact]
    public async Task Validate_TsxFile_ChecksItsTaggedTemplatesAndReportsFilePositions()
    {
        var component = _files.Write("TopicList.tsx", """
            import { gql, useQuery } from '@apollo/client';
            import { TOPIC_CARD } from './TopicCard';

            export const TOPICS = gql`
              query TopicList {
                topics { ...TopicCard slugg }
              }
              ${TOPIC_CARD}
            `;

            export function TopicList() {
              const { data } = useQuery(TOPICS);
              return <ul>{data?.topics.map((t: any) => <li key={t.id}>It's {t.title}</li>)}</ul>;
            }
            """);
        var card = _files.Write("TopicCard.ts", "export const TOPIC_CARD = gql`fragment TopicCard on Topic { id title }`;\n");

        var (code, output, error) = await TempFiles.RunAsync("validate", component, card);

        Assert.Equal(1, code);
        Assert.Equal($"{component}:6:27: Cannot query field \"slugg\" on type \"Topic\". Did you mean \"slug\"?", output.Trim());
        Assert.Contains("1 of 2 files invalid", error);
    }

    [Fact]
    public async Task Validate_DirectoryAndGlob_FindGraphQLAndScriptFiles()
    {
        Directory.CreateDirectory(Path.Combine(_files.Root, "src", "cards"));
        Directory.CreateDirectory(Path.Combine(_files.Root, "node_modules"));
        _files.Write(Path.Combine("src", "page.tsx"), "const Q = graphql`query Page { topics { ...Card_topic } }`;");
        _files.Write(Path.Combine("src", "cards", "Card.jsx"), "const F = graphql`fragment Card_topic on Topic { title }`;");
        _files.Write(Path.Combine("src", "notes.md"), "not GraphQL");
        _files.Write(Path.Combine("node_modules", "broken.graphql"), "{ nope }");

        var (byDirectory, _, directoryError) = await TempFiles.RunAsync("validate", Path.Combine(_files.Root, "src"));
        var (byGlob, _, globError) = await TempFiles.RunAsync("validate", Path.Combine(_files.Root, "src", "**", "*"));

        Assert.Equal(0, byDirectory);
        Assert.Contains("2 files valid (2 documents)", directoryError);
        Assert.Equal(0, byGlob);
        Assert.Contains("2 files valid (2 documents)", globError);
    }

    [Fact]
    public async Task Validate_DuplicateNamesAcrossFiles_AreErrors()
    {
        var first = _files.Write("a.graphql", "query Topics { topics { ...T } }\nfragment T on Topic { id }");
        var second = _files.Write("b.ts", "const q = gql`\n  query Topics { topics { ...T } }\n  fragment T on Topic { title }\n`;");

        var (code, output, _) = await TempFiles.RunAsync("validate", first, second);

        Assert.Equal(1, code);
        var lines = output.Trim().Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        Assert.Equal(
            [
                $"{second}:3:3: Fragment \"T\" is defined more than once in the project; it is also defined at {first}:2:1.",
                $"{second}:2:3: Operation \"Topics\" is defined more than once in the project; it is also defined at {first}:1:1.",
            ],
            lines);
    }

    [Fact]
    public async Task Validate_GlobMatchingNothing_IsAUsageError()
    {
        var (code, _, error) = await TempFiles.RunAsync("validate", Path.Combine(_files.Root, "**", "*.graphql"));

        Assert.Equal(2, code);
        Assert.Contains("No .graphql, .gql or script files match", error);
    }

    [Fact]
    public async Task Validate_FileOfAnotherKind_IsAUsageError()
    {
        var path = _files.Write("query.txt", "{ topics { id } }");

        var (code, _, error) = await TempFiles.RunAsync("validate", path);

        Assert.Equal(2, code);
        Assert.Contains("is neither a GraphQL file", error);
    }

    public void Dispose() => _files.Dispose();
}
