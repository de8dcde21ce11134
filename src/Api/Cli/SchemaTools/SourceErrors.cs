using MentorGraph.GraphQL;
using MentorGraph.GraphQL.Types;

namespace MentorGraph.Api.Cli.SchemaTools;

/// <summary>Writes errors the way compilers do, so editors and CI can jump to them: <c>file:line:column: message</c>.</summary>
internal static class SourceErrors
{
    public static async Task WriteAsync(TextWriter writer, string file, IEnumerable<GraphQLError> errors)
    {
        foreach (var error in errors)
        {
            await writer.WriteLineAsync(Format(file, error.Message, error.Locations));
        }
    }

    public static async Task WriteAsync(TextWriter writer, string file, IEnumerable<SchemaError> errors)
    {
        foreach (var error in errors)
        {
            await writer.WriteLineAsync(Format(file, error.Message, error.Locations));
        }
    }

    /// <summary>One line per error, at its first location; an error without a location is <c>file: message</c>.</summary>
    public static string Format(string file, string message, IReadOnlyList<ErrorLocation>? locations) =>
        locations is { Count: > 0 }
            ? $"{file}:{locations[0].Line}:{locations[0].Column}: {message}"
            : $"{file}: {message}";
}
