using MentorGraph.Api.Cli.Classifier;
using MentorGraph.GraphQL.Types;

namespace MentorGraph.Api.Cli.SchemaTools;

/// <summary><c>mentorgraph schema</c>: prints the SDL of the schema the API serves.</summary>
internal sealed class SchemaCommand : SchemaToolCommand
{
    public override string Name => "schema";

    public override string Summary => "Prints the GraphQL schema (SDL) the API serves.";

    protected override string Usage =>
        "Usage: mentorgraph schema\n" +
        "Prints the served schema as SDL (the same text as src/Api/Schema/schema.graphql and GET /graphql/schema.graphql).";

    protected override IReadOnlySet<string> ValueOptions { get; } = new HashSet<string>();

    protected override async Task<int> RunAsync(CliContext context, CommandArguments args)
    {
        if (args.Positional.Count > 0)
        {
            throw new UsageException("schema takes no arguments.");
        }

        await context.Out.WriteLineAsync(SchemaPrinter.Print(SchemaFiles.Served()));
        return 0;
    }
}
