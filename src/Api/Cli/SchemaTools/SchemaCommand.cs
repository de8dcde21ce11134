using System.CommandLine;
using MentorGraph.GraphQL.Types;
using MentorGraph.GraphQL.Utilities;

namespace MentorGraph.Api.Cli.SchemaTools;

/// <summary>
/// <c>mentorgraph schema [--check OLD.graphql]</c>: prints the SDL of the schema the API serves, or — with
/// <c>--check</c> — compares it with an older SDL (<see cref="SchemaComparison"/>) and lists the breaking, dangerous
/// and safe changes, exiting 1 when any is breaking, so CI can refuse a change that breaks deployed clients.
/// </summary>
internal static class SchemaCommand
{
    public static Command Create(CliContext context)
    {
        var check = CliOptions.Text("--check", "OLD.graphql",
            "Compare the served schema with this older SDL instead of printing it: lists breaking, dangerous and safe changes; exit code 1 when any change is breaking.");
        var command = new Command("schema",
            "Prints the GraphQL schema (SDL) the API serves (as GET /graphql/schema.graphql does), or checks it against an older one (--check).")
        {
            check,
        };
        command.SetAction(async (parsed, _) =>
        {
            var oldPath = parsed.GetValue(check);
            if (oldPath is null)
            {
                await context.Out.WriteLineAsync(SchemaPrinter.Print(SchemaFiles.Served()));
                return ExitCodes.Success;
            }

            var oldSchema = await SchemaFiles.LoadSdlAsync(oldPath, CliFiles.ReadText(oldPath), context.Error);
            if (oldSchema is null)
            {
                return ExitCodes.Failed;
            }

            var changes = SchemaComparison.Compare(oldSchema, SchemaFiles.Served());
            await WriteAsync(context.Out, changes);
            var breaking = changes.Count(c => c.Severity == SchemaChangeSeverity.Breaking);
            await context.Error.WriteLineAsync(changes.Count == 0
                ? $"No changes since {oldPath}."
                : $"{breaking} breaking, {changes.Count(c => c.Severity == SchemaChangeSeverity.Dangerous)} dangerous, {changes.Count(c => c.Severity == SchemaChangeSeverity.Safe)} safe changes since {oldPath}.");
            return breaking == 0 ? ExitCodes.Success : ExitCodes.Failed;
        });
        return command;
    }

    /// <summary>One section per severity that has changes: a heading, then <c>  path: description</c> per change.</summary>
    private static async Task WriteAsync(TextWriter output, IReadOnlyList<SchemaChange> changes)
    {
        foreach (var group in changes.GroupBy(c => c.Severity).OrderBy(g => g.Key))
        {
            await output.WriteLineAsync($"{group.Key} changes ({group.Count()}):");
            foreach (var change in group)
            {
                await output.WriteLineAsync($"  {change.Path}: {change.Description}");
            }
        }
    }
}
