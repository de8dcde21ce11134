using System.CommandLine;
using MentorGraph.Api.Hosting;
using MentorGraph.GraphQL.Tooling;

namespace MentorGraph.Api.Cli.SchemaTools;

/// <summary>
/// <c>mentorgraph validate [--schema FILE.graphql] FILE|DIR|GLOB...</c>: checks a front-end project's operations
/// against the served schema (or an SDL file) with every validation rule and the server's limits (the <c>GraphQL</c>
/// settings). The files are <c>.graphql</c>/<c>.gql</c> documents and scripts with tagged templates
/// (<see cref="EmbeddedDocuments"/>); they are validated together (<see cref="ProjectValidation"/>), so a fragment
/// may be defined in another file than the operations spreading it.
/// </summary>
internal static class ValidateCommand
{
    public static Command Create(CliContext context)
    {
        var schemaFile = CliOptions.Text("--schema", "FILE.graphql", "Validate against this SDL instead of the schema the API serves.");
        var files = CliOptions.Files("FILE",
            "Operation files, directories or globs: .graphql/.gql, and .ts/.tsx/.js/.jsx with gql/graphql tagged templates. Checked together (fragments may live in other files): syntax, every validation rule, names unique across files, the server's depth and cost limits. Each error is written as file:line:column: message.",
            ArgumentArity.OneOrMore);
        var command = new Command("validate", "Checks a front end's GraphQL operations (files, directories, globs; .graphql and tagged templates in scripts) against the served schema or an SDL file (--schema).")
        {
            schemaFile, files,
        };
        command.SetAction(async (parsed, _) =>
        {
            var operationFiles = OperationFiles.Expand(parsed.GetValue(files)!);
            var documents = OperationFiles.Read(operationFiles);
            var schemaPath = parsed.GetValue(schemaFile);
            var schema = schemaPath is null
                ? SchemaFiles.Served()
                : await SchemaFiles.LoadSdlAsync(schemaPath, CliFiles.ReadText(schemaPath), context.Out);
            if (schema is null)
            {
                return ExitCodes.Failed;
            }

            var limits = GraphQLConfiguration.Read(CommandSettings.Build(context));
            var errors = ProjectValidation.Validate(schema, documents, limits);
            foreach (var error in errors)
            {
                await context.Out.WriteLineAsync(error.ToString());
            }

            var invalidFiles = errors.Select(e => e.File).Distinct(StringComparer.Ordinal).Count();
            var noun = operationFiles.Count == 1 ? "file" : "files";
            var operations = documents.Count == 1 ? "document" : "documents";
            await context.Error.WriteLineAsync(invalidFiles == 0
                ? $"{operationFiles.Count} {noun} valid ({documents.Count} {operations})"
                : $"{invalidFiles} of {operationFiles.Count} {noun} invalid ({errors.Count} {(errors.Count == 1 ? "error" : "errors")})");
            return invalidFiles == 0 ? ExitCodes.Success : ExitCodes.Failed;
        });
        return command;
    }
}
