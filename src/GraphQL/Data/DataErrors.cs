namespace MentorGraph.GraphQL.Data;

/// <summary>The GraphQL errors the data conventions throw from resolvers: client-safe messages with a code (the executor adds the field's location and path).</summary>
internal static class DataErrors
{
    public static GraphQLException BadInput(string message) => new(GraphQLError.WithCode(message, ErrorCodes.BadUserInput));

    public static GraphQLException Paging(string message, string code, IReadOnlyDictionary<string, object?>? more = null)
    {
        var extensions = new Dictionary<string, object?> { ["code"] = code };
        foreach (var (key, value) in more ?? new Dictionary<string, object?>())
        {
            extensions[key] = value;
        }

        return new GraphQLException(new GraphQLError(message, null, null, extensions));
    }
}
