using MentorGraph.Api.Schema.Common;
using MentorGraph.GraphQL;
using MentorGraph.GraphQL.Conventions.Authorization;
using MentorGraph.GraphQL.Execution;

namespace MentorGraph.Api.Schema.Privacy;

/// <summary>
/// Filters that would reveal what a viewer may not read: only ADMIN reads emails, so only ADMIN filters on them
/// (anywhere in a <c>where</c>, e.g. <c>pairings(where: { senior: { email: ... } })</c>); anyone else gets a
/// FORBIDDEN error rather than an answer that leaks the addresses one prefix at a time.
/// </summary>
public static class FilterGuard
{
    private const string EmailField = "email";

    /// <summary>Throws a FORBIDDEN GraphQL error when the field's <c>where</c> filters on what the viewer may not read.</summary>
    public static void Check(IResolveFieldContext context, RequestData data)
    {
        if (!data.Viewer.IsAdmin && context.Arguments.TryGetValue("where", out var where) && Mentions(where, EmailField))
        {
            throw new GraphQLException("Only ADMIN may filter on email.", AuthorizationConvention.ForbiddenCode);
        }
    }

    private static bool Mentions(object? value, string field) => value switch
    {
        IReadOnlyDictionary<string, object?> fields => fields.Any(f => (f.Key == field && f.Value is not null) || Mentions(f.Value, field)),
        IEnumerable<object?> items when value is not string => items.Any(item => Mentions(item, field)),
        _ => false,
    };
}
