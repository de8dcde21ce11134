using System.Security.Claims;
using MentorGraph.GraphQL.Execution;

namespace MentorGraph.Api.Auth;

/// <summary>How the signed-in user travels from the HTTP request to the resolvers: in the request's user context.</summary>
public static class ViewerUser
{
    public const string UserContextKey = "user";

    /// <summary>The request's user context with its principal (anonymous when no token was sent).</summary>
    public static IDictionary<string, object?> UserContextOf(HttpContext http) =>
        new Dictionary<string, object?> { [UserContextKey] = http.User };

    /// <summary>The principal of a resolver's request, or null when the request came from no HTTP host (tools, tests).</summary>
    public static ClaimsPrincipal? Of(IResolveFieldContext context) =>
        context.UserContext.TryGetValue(UserContextKey, out var user) ? user as ClaimsPrincipal : null;
}
