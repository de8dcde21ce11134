using System.Security.Claims;
using MentorGraph.GraphQL.Execution;

namespace MentorGraph.GraphQL.Conventions.Authorization;

/// <summary>How <see cref="AuthorizationConvention"/> finds the request's user and names its directives.</summary>
public sealed record AuthorizationOptions
{
    /// <summary>The signed-in user of the request, or null (or an unauthenticated principal) for an anonymous one.</summary>
    public required Func<IResolveFieldContext, ClaimsPrincipal?> User { get; init; }

    /// <summary>The directive that asks for a signed-in user, and with <c>roles</c> for one of those roles.</summary>
    public string AuthorizeDirective { get; init; } = "authorize";

    /// <summary>The argument of <see cref="AuthorizeDirective"/> that lists the roles (enum values or strings).</summary>
    public string RolesArgument { get; init; } = "roles";

    /// <summary>The directive that lets anonymous requests run a root field.</summary>
    public string AllowAnonymousDirective { get; init; } = "allowAnonymous";
}
