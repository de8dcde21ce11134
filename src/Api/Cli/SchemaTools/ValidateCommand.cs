using MentorGraph.Api.Cli.Classifier;
using MentorGraph.GraphQL.Language;
using MentorGraph.GraphQL.Tooling;

namespace MentorGraph.Api.Cli.SchemaTools;

/// <summary>
/// <c>mentorgraph validate [--schema FILE.graphql] FILES...</c>: checks operation files against the served
/// schema (or an SDL file) with every validation rule and the server's limits.
/// </summary>
internal sealed class ValidateCommand : SchemaToolCommand
{
    public override string Name => "validate";

    public override string Summary => "Checks .graphql operation files against the served schema or an SDL file (--schema).";

    protected override string Usage =>
        "Usage: mentorgraph validate [--schema FILE.graphql] FILE.graphql...\n" +
        "Checks each operation file (syntax, every validation rule, the server's depth and cost limits) against\n" +
        "the schema the API serves, or the SDL in --schema. Writes each error as file:line:column: message.\n" +
        "Exit code 0 when every file is valid, 1 when errors were found (in a file or in the schema), 2 on a usage error.";

    protected override IReadOnlySet<string> ValueOptions { get; } = new HashSet<string> { "schema" };

    protected override async Task<int> RunAsync(CliContext context, CommandArguments args)
    {
        if (args.Positional.Count == 0)
        {
            throw new UsageException("Name at least one .graphql file to validate.");
        }

        var schemaPath = args.String("schema");
        var operationFiles = args.Positional.Select(path => (Path: path, Text: ReadFile(path))).ToList();
        var schema = schemaPath is null
            ? SchemaFiles.Served()
            : await SchemaFiles.LoadSdlAsync(schemaPath, ReadFile(schemaPath), context.Out);
        if (schema is null)
        {
            return 1;
        }

        var invalidFiles = 0;
        foreach (var (path, text) in operationFiles)
        {
            var errors = OperationValidation.Validate(schema, new Source(text, path));
            if (errors.Count > 0)
            {
                invalidFiles++;
                await SourceErrors.WriteAsync(context.Out, path, errors);
            }
        }

        await context.Error.WriteLineAsync(invalidFiles == 0
            ? $"{operationFiles.Count} {Files(operationFiles.Count)} valid"
            : $"{invalidFiles} of {operationFiles.Count} {Files(operationFiles.Count)} invalid");
        return invalidFiles == 0 ? 0 : 1;
    }

    private static string Files(int count) => count == 1 ? "file" : "files";
}
