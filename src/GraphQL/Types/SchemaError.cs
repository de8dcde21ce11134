using MentorGraph.GraphQL.Language.Ast;

namespace MentorGraph.GraphQL.Types;

/// <summary>One problem found while building a schema, with where it is in the SDL (when it comes from SDL).</summary>
public sealed record SchemaError(string Message, IReadOnlyList<ErrorLocation> Locations)
{
    public SchemaError(string message, params Node?[] nodes)
        : this(message, LocationsOf(nodes))
    {
    }

    /// <summary>The message followed by its locations, e.g. <c>Unknown type "Usr". (3:9)</c>.</summary>
    public override string ToString() =>
        Locations.Count == 0
            ? Message
            : Message + " (" + string.Join(", ", Locations.Select(l => $"{l.Line}:{l.Column}")) + ")";

    private static IReadOnlyList<ErrorLocation> LocationsOf(Node?[] nodes) =>
        nodes.Where(n => n?.Location is not null)
            .Select(n => new ErrorLocation(n!.Location!.Value.Line, n.Location.Value.Column))
            .ToList();
}

/// <summary>
/// Thrown by <see cref="SchemaBuilder.Build"/> with every problem it found at once: SDL errors, type-system
/// rule violations (spec 3) and binding problems (fields without resolvers, resolvers without fields, ...).
/// </summary>
public sealed class SchemaBuildException(IReadOnlyList<SchemaError> errors) : Exception(Describe(errors))
{
    public IReadOnlyList<SchemaError> Errors { get; } = errors;

    private static string Describe(IReadOnlyList<SchemaError> errors) =>
        $"The schema is not valid ({errors.Count} {(errors.Count == 1 ? "problem" : "problems")}):"
        + string.Concat(errors.Select(e => Environment.NewLine + "  - " + e));
}
