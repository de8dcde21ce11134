using System.CommandLine;
using MentorGraph.Api.Hosting;
using MentorGraph.GraphQL.Language;
using MentorGraph.GraphQL.Tooling;

namespace MentorGraph.Api.Cli.SchemaTools;

/// <summary>
/// <c>mentorgraph validate [--schema FILE.graphql] FILE...</c>: checks operation files against the served
/// schema (or an SDL file) with every validation rule and the server's limits (the <c>GraphQL</c> settings).
/// </summary>
internal static class ValidateCommand
{
    public static Command Create(CliContext context)
    {
        var schemaFile = CliOptions.Text("--schema", "FILE.graphql", "Validate against this SDL instead of the schema the API serves.");
        var files = CliOptions.Files("FILE",
            "Operation files (.graphql) to check: syntax, every validation rule, the server's depth and cost limits. Each error is written as file:line:column: message.",
            ArgumentArity.OneOrMore);
        var command = new Command("validate", "Checks GraphQL operation files against the served schema or an SDL file (--schema).")
        {
            schemaFile, files,
        };
        command.SetAction(async (parsed, _) =>
        {
            var operationFiles = parsed.GetValue(files)!.Select(path => (Path: path, Text: CliFiles.ReadText(path))).ToList();
            var schemaPath = parsed.GetValue(schemaFile);
            var schema = schemaPath is null
                ? SchemaFiles.Served()
                : await SchemaFiles.LoadSdlAsync(schemaPath, CliFiles.ReadText(schemaPath), context.Out);
            if (schema is null)
            {
                return ExitCodes.Failed;
            }

            var limits = GraphQLConfiguration.Read(CommandSettings.Build(context));
            var invalidFiles = 0;
            foreach (var (path, text) in operationFiles)
            {
                var errors = OperationValidation.Validate(schema, new Source(text, path), limits);
                if (errors.Count > 0)
                {
                    invalidFiles++;
                    await SourceErrors.WriteAsync(context.Out, path, errors);
                }
            }

            var noun = operationFiles.Count == 1 ? "file" : "files";
            await context.Error.WriteLineAsync(invalidFiles == 0
                ? $"{operationFiles.Count} {noun} valid"
                : $"{invalidFiles} of {operationFiles.Count} {noun} invalid");
            return invalidFiles == 0 ? ExitCodes.Success : ExitCodes.Failed;
        });
        return command;
    }
}
