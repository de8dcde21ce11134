using System.CommandLine;
using System.Text.Json;
using MentorGraph.GraphQL.Execution;
using MentorGraph.GraphQL.Execution.Values;
using MentorGraph.GraphQL.Tooling;
using MentorGraph.GraphQL.Types;
using GraphQLSchema = MentorGraph.GraphQL.Types.Schema;

namespace MentorGraph.Api.Cli.SchemaTools;

/// <summary>
/// <c>mentorgraph execute --schema FILE.graphql [--data FIXTURE.json] [--variables JSON|@FILE] [--operation NAME] QUERY_FILE</c>:
/// runs an operation against an SDL file with a JSON fixture as the root value and prints the response,
/// so front-end teams can mock the API. With <c>--mock [--fixture FILE.json]</c> the answer is made up from the schema
/// alone — the served one unless <c>--schema</c> names another — deterministically (<see cref="GeneratedMockSchema"/>),
/// with the fixture's values per type or path (<see cref="MockFixture"/>); no database is involved.
/// </summary>
internal static class ExecuteCommand
{
    public static Command Create(CliContext context)
    {
        var schemaFile = CliOptions.Text("--schema", "FILE.graphql", "The SDL to run against (required without --mock; with --mock, the served schema when not given).");
        var mock = CliOptions.Flag("--mock",
            "Make up the answer from the schema alone: the same values for the same operation, lists of 2 items, global ids of the right type, Relay connections filled in.");
        var mockFixture = CliOptions.Text("--fixture", "FIXTURE.json",
            "With --mock: values that override the made-up ones, {\"types\": {\"Type\": {\"field\": value}, \"Scalar\": value}, \"paths\": {\"a.0.b\": value}}.");
        var data = CliOptions.Text("--data", "FIXTURE.json",
            "The root value: each field reads the key of its parent object named like it; interfaces and unions resolve by the object's \"__typename\".");
        var variables = CliOptions.Text("--variables", "JSON|@FILE", "The variables, as a JSON object or @ and a file holding one.");
        var operation = CliOptions.Text("--operation", "NAME", "The operation to run when the file holds several.");
        var queryFile = CliOptions.File("QUERY_FILE", "The operation file.", required: true);
        var command = new Command("execute", "Runs an operation against an SDL file with JSON fixture data and prints the response (for mocks).")
        {
            schemaFile, data, variables, operation, mock, mockFixture, queryFile,
        };
        command.SetAction(async (parsed, cancellationToken) =>
        {
            var schemaPath = parsed.GetValue(schemaFile);
            var mocking = parsed.GetValue(mock);
            var dataPath = parsed.GetValue(data);
            var mockFixturePath = parsed.GetValue(mockFixture);
            if (!mocking && schemaPath is null)
            {
                throw new UsageException("Option '--schema' is required (or --mock, to answer from the served schema).");
            }

            if (mocking && dataPath is not null)
            {
                throw new UsageException("--data gives the whole answer and --mock makes it up: use --mock with --fixture to override some values.");
            }

            if (!mocking && mockFixturePath is not null)
            {
                throw new UsageException("--fixture is for --mock; without it, --data gives the root value.");
            }

            var query = CliFiles.ReadText(parsed.GetValue(queryFile)!);
            var variableValues = ReadVariables(parsed.GetValue(variables));
            using var fixture = dataPath is null ? null : ParseJson(CliFiles.ReadText(dataPath), $"--data '{dataPath}'");

            var schema = mocking
                ? await LoadMockSchemaAsync(schemaPath, mockFixturePath, context.Error)
                : await SchemaFiles.LoadSdlAsync(schemaPath!, CliFiles.ReadText(schemaPath!), context.Error);
            if (schema is null)
            {
                return ExitCodes.Failed;
            }

            var result = await new GraphQLExecutor(schema).ExecuteAsync(new ExecutionRequest
            {
                Query = query,
                OperationName = parsed.GetValue(operation),
                Variables = variableValues,
                RootValue = mocking ? GeneratedMockSchema.RootValue : fixture?.RootElement,
            }, cancellationToken);
            await context.Out.WriteLineAsync(ResponseJsonWriter.ToJson(result, indented: true));
            return result.Errors.Count == 0 ? ExitCodes.Success : ExitCodes.Failed;
        });
        return command;
    }

    /// <summary>The mock schema of an SDL file or of the served schema's SDL, with the fixture's overrides.</summary>
    private static async Task<GraphQLSchema?> LoadMockSchemaAsync(string? schemaPath, string? fixturePath, TextWriter errors)
    {
        var overrides = MockFixture.Empty;
        if (fixturePath is not null)
        {
            using var document = ParseJson(CliFiles.ReadText(fixturePath), $"--fixture '{fixturePath}'");
            try
            {
                overrides = MockFixture.From(document.RootElement);
            }
            catch (FormatException e)
            {
                throw new UsageException($"--fixture '{fixturePath}': {e.Message}");
            }
        }

        var (path, sdl) = schemaPath is null
            ? ("served schema", SchemaPrinter.Print(SchemaFiles.Served()))
            : (schemaPath, CliFiles.ReadText(schemaPath));
        return await SchemaFiles.LoadSdlAsync(path, sdl, errors, text => GeneratedMockSchema.FromSdl(text, path, overrides));
    }

    private static IReadOnlyDictionary<string, object?>? ReadVariables(string? argument)
    {
        if (argument is null)
        {
            return null;
        }

        var (text, what) = argument.StartsWith('@')
            ? (CliFiles.ReadText(argument[1..]), $"--variables file '{argument[1..]}'")
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
