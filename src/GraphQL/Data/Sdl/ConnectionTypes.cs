namespace MentorGraph.GraphQL.Data.Sdl;

/// <summary>
/// The Relay connection types of a paged field, named after the field's declared return type
/// (<c>PeopleConnection</c>, <c>PeopleEdge</c>), and the shared <c>PageInfo</c>; HotChocolate's shapes plus
/// <c>totalCount: Int!</c>.
/// </summary>
internal static class ConnectionTypes
{
    public const string PageInfoName = "PageInfo";

    /// <summary><c>PeopleConnection</c> → <c>PeopleEdge</c>.</summary>
    public static string EdgeName(string connectionName) => connectionName[..^"Connection".Length] + "Edge";

    public static string Connection(string name, string nodeType) =>
        $"{SdlText.Quote($"A page of {nodeType} values, as a Relay connection.")}\ntype {name} {{\n"
        + string.Join("\n", [
            OperationInputs.Field("pageInfo", $"{PageInfoName}!", "Where this page is in the whole list, to page on from it."),
            OperationInputs.Field("edges", $"[{EdgeName(name)}!]", "The page's nodes, each with its cursor."),
            OperationInputs.Field("nodes", $"[{nodeType}!]", "The page's nodes, when their cursors are not needed."),
            OperationInputs.Field("totalCount", "Int!", "How many values match the filter, all pages together (counted only when asked for)."),
        ])
        + "\n}";

    public static string Edge(string connectionName, string nodeType) =>
        $"{SdlText.Quote($"One {nodeType} of a page, with its cursor.")}\ntype {EdgeName(connectionName)} {{\n"
        + string.Join("\n", [
            OperationInputs.Field("cursor", "String!", "Where this node is in the order: give it as `after` or `before` to page on from here."),
            OperationInputs.Field("node", $"{nodeType}!", "The node."),
        ])
        + "\n}";

    public static string PageInfo() =>
        $"{SdlText.Quote("Where a page is in its whole list.")}\ntype {PageInfoName} {{\n"
        + string.Join("\n", [
            OperationInputs.Field("hasNextPage", "Boolean!", "Whether more nodes follow this page."),
            OperationInputs.Field("hasPreviousPage", "Boolean!", "Whether nodes come before this page."),
            OperationInputs.Field("startCursor", "String", "The first node's cursor; null on an empty page."),
            OperationInputs.Field("endCursor", "String", "The last node's cursor; null on an empty page."),
        ])
        + "\n}";
}
