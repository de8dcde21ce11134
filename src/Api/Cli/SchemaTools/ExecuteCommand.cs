using System.Text.Json;
using MentorGraph.Api.Cli.Classifier;
using MentorGraph.GraphQL.Execution;
using MentorGraph.GraphQL.Execution.Values;

namespace MentorGraph.Api.Cli.SchemaTools;

/// <summary>
/// <c>mentorgraph execute --schema FILE.graphql [--data FIXTURE.json] [--variables JSON|@FILE] [--operation NAME] QUERY_FILE</c>:
/// runs an operation against an SDL file with a JSON fixture as the root value and prints the response,
/// so front-end teams can mock the API.
/// </summary>
internal sealed class ExecuteCommand : SchemaToolCommand
{
    public override string Name => "execute";

    public override string Summary => "Runs an operation against an SDL file with JSON fixture data and prints the response (for mocks).";

    protected override string Usage =>
        "Usage: mentorgraph execute --schema FILE.graphql [--data FIXTURE.json] [--variables JSON|@FILE] [--operation NAME] QUERY_FILE\n" +
        "Runs the operation in QUERY_FILE against the SDL in --schema, with the JSON in --data as the root value:\n" +
        "each field reads the key of its parent object named like it; interfaces and unions resolve by the\n" +
        "object's \"__typename\". Prints the GraphQL response JSON (indented).\n" +
        "  --variables JSON|@FILE   the variables, as a JSON object or @ and a file holding one\n" +
        "  --operation NAME         the operation to run when the file holds several\n" +
        "Exit code 0 when the response has no errors, 1 when it has errors (or the schema is invalid), 2 on a usage error.";

    protected override IReadOnlySet<string> ValueOptions { get; } = new HashSet<string> { "schema", "data", "variables", "operation" };

    protected override async Task<int> RunAsync(CliContext context, CommandArguments args)
    {
        if (args.Positional.Count != 1)
        {
            throw new UsageException("Name exactly one operation file to run.");
        }

        var schemaPath = args.String("schema") ?? throw new UsageException("--schema FILE.graphql is required.");
        var queryPath = args.Positional[0];
        var query = ReadFile(queryPath);
        var variables = ReadVariables(args.String("variables"));
        var dataPath = args.String("data");
        using var fixture = dataPath is null ? null : ParseJson(ReadFile(dataPath), $"--data '{dataPath}'");

        var schema = await SchemaFiles.LoadSdlAsync(schemaPath, ReadFile(schemaPath), context.Error);
        if (schema is null)
        {
            return 1;
        }

        var result = await new GraphQLExecutor(schema).ExecuteAsync(new ExecutionRequest
        {
            Query = query,
            OperationName = args.String("operation"),
            Variables = variables,
            RootValue = fixture?.RootElement,
        });
        await context.Out.WriteLineAsync(ResponseJsonWriter.ToJson(result, indented: true));
        return result.Errors.Count == 0 ? 0 : 1;
    }

    private static IReadOnlyDictionary<string, object?>? ReadVariables(string? argument)
    {
        if (argument is null)
        {
            return null;
        }

        var (text, what) = argument.StartsWith('@')
            ? (ReadFile(argument[1..]), $"--variables file '{argument[1..]}'")
            : (argument, "--variables");
        using var document = ParseJson(text, what);
        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            throw new UsageException($"{what} must be a JSON object, e.g. {{\"id\": \"1\"}}.");
        }

        try
        {
            return JsonValues.ToMap(document.RootElement);
        }
        catch (JsonException e)
        {
            throw new UsageException($"{what} is not valid: {e.Message}");
        }
    }

    private static JsonDocument ParseJson(string text, string what)
    {
        try
        {
            return JsonDocument.Parse(text, new JsonDocumentOptions { MaxDepth = 256 });
        }
        catch (JsonException e)
        {
            throw new UsageException($"{what} is not valid JSON: {e.Message}");
        }
    }
}
