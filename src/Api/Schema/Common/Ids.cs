using MentorGraph.Analytics;
using MentorGraph.Api.Schema.Errors;
using MentorGraph.Api.Schema.Nodes;
using MentorGraph.GraphQL;
using MentorGraph.GraphQL.Conventions;

namespace MentorGraph.Api.Schema.Common;

/// <summary>
/// Global ids a client sent, read where they are used: in a mutation's input a malformed id or one of another
/// type is a <see cref="ValidationError"/> on its field (<c>INVALID_VALUE</c>); in a query's argument it is a
/// GraphQL error with code <c>BAD_USER_INPUT</c> — never an exception that becomes a 500.
/// </summary>
public static class Ids
{
    /// <summary>The key of <paramref name="id"/>, an id of <paramref name="typeName"/>; else the mutation ends with a ValidationError on <paramref name="field"/>.</summary>
    public static long ForInput(string id, string typeName, string field) =>
        GlobalId.TryDecode(id, typeName, out var key)
            ? key
            : throw new PayloadErrorException(new ValidationError(field, ValidationCodes.InvalidValue, $"\"{id}\" is not the id of a {typeName}."));

    /// <summary>The key of <paramref name="id"/>, an id of <paramref name="typeName"/>; else a BAD_USER_INPUT GraphQL error.</summary>
    public static long ForArgument(string id, string typeName, string argument = "id") =>
        GlobalId.TryDecode(id, typeName, out var key)
            ? key
            : throw new GraphQLException($"\"{id}\" given as \"{argument}\" is not the id of a {typeName}.", GraphQL.ErrorCodes.BadUserInput);
}
