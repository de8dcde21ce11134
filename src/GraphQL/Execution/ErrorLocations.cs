using MentorGraph.GraphQL.Language.Ast;

namespace MentorGraph.GraphQL.Execution;

/// <summary>Error locations of AST nodes (nodes built in code have none).</summary>
internal static class ErrorLocations
{
    public static IReadOnlyList<ErrorLocation>? Of(Node? node) =>
        node?.Location is { } location ? [new ErrorLocation(location.Line, location.Column)] : null;

    public static IReadOnlyList<ErrorLocation>? Of(IEnumerable<Node> nodes)
    {
        var locations = nodes
            .Where(n => n.Location is not null)
            .Select(n => new ErrorLocation(n.Location!.Value.Line, n.Location.Value.Column))
            .ToList();
        return locations.Count > 0 ? locations : null;
    }
}
