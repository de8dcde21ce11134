using System.CommandLine;
using MentorGraph.GraphQL.Types;

namespace MentorGraph.Api.Cli.SchemaTools;

/// <summary><c>mentorgraph schema</c>: prints the SDL of the schema the API serves.</summary>
internal static class SchemaCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("schema",
            "Prints the GraphQL schema (SDL) the API serves (as GET /graphql/schema.graphql does).");
        command.SetAction(async (_, _) =>
        {
            await context.Out.WriteLineAsync(SchemaPrinter.Print(SchemaFiles.Served()));
            return ExitCodes.Success;
        });
        return command;
    }
}
