using System.CommandLine;
using System.Text.Json;
using MentorGraph.GraphQL.Execution;
using MentorGraph.GraphQL.Execution.Values;

namespace MentorGraph.Api.Cli.SchemaTools;

/// <summary>
/// <c>mentorgraph execute --schema FILE.graphql [--data FIXTURE.json] [--variables JSON|@FILE] [--operation NAME] QUERY_FILE</c>:
/// runs an operation against an SDL file with a JSON fixture as the root value and prints the response,
/// so front-end teams can mock the API.
/// </summary>
internal static class ExecuteCommand
{
    public static Command Create(CliContext context)
    {
        var schemaFile = CliOptions.Text("--schema", "FILE.graphql", "The SDL to run against.");
        schemaFile.Required = true;
        var data = CliOptions.Text("--data", "FIXTURE.json",
            "The root value: each field reads the key of its parent object named like it; interfaces and unions resolve by the object's \"__typename\".");
        var variables = CliOptions.Text("--variables", "JSON|@FILE", "The variables, as a JSON object or @ and a file holding one.");
        var operation = CliOptions.Text("--operation", "NAME", "The operation to run when the file holds several.");
        var queryFile = CliOptions.File("QUERY_FILE", "The operation file.", required: true);
        var command = new Command("execute", "Runs an operation against an SDL file with JSON fixture data and prints the response (for mocks).")
        {
            schemaFile, data, variables, operation, queryFile,
        };
        command.SetAction(async (parsed, cancellationToken) =>
        {
            var schemaPath = parsed.GetValue(schemaFile)!;
            var query = CliFiles.ReadText(parsed.GetValue(queryFile)!);
            var variableValues = ReadVariables(parsed.GetValue(variables));
            var dataPath = parsed.GetValue(data);
            using var fixture = dataPath is null ? null : ParseJson(CliFiles.ReadText(dataPath), $"--data '{dataPath}'");

            var schema = await SchemaFiles.LoadSdlAsync(schemaPath, CliFiles.ReadText(schemaPath), context.Error);
            if (schema is null)
            {
                return ExitCodes.Failed;
            }

            var result = await new GraphQLExecutor(schema).ExecuteAsync(new ExecutionRequest
            {
                Query = query,
                OperationName = parsed.GetValue(operation),
                Variables = variableValues,
                RootValue = fixture?.RootElement,
            }, cancellationToken);
            await context.Out.WriteLineAsync(ResponseJsonWriter.ToJson(result, indented: true));
            return result.Errors.Count == 0 ? ExitCodes.Success : ExitCodes.Failed;
        });
        return command;
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
