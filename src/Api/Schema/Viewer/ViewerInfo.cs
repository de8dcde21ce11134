using System.Security.Claims;
using MentorGraph.Api.Auth;

namespace MentorGraph.Api.Schema.Viewer;

/// <summary>
/// Who is asking, as the data rules need it: the roles the token grants (MEMBER always) and the person of the
/// directory whose email the token carries — null for a token of no one in the directory (an integration, the
/// first set-up), which then sees what a member without pairings sees.
/// </summary>
public sealed record ViewerInfo(string? Email, long? PersonId, IReadOnlyList<string> Roles)
{
    /// <summary>An anonymous request (only the fields open to anonymous requests reach the data).</summary>
    public static ViewerInfo Anonymous { get; } = new(null, null, []);

    public bool IsAdmin => Roles.Contains(Auth.Roles.Admin);

    public bool IsSignedIn => Email is not null || Roles.Count > 0;

    /// <summary>The roles of <paramref name="user"/>'s token, in the enum's order, MEMBER last and always.</summary>
    public static IReadOnlyList<string> RolesOf(ClaimsPrincipal user, AuthSettings settings)
    {
        var granted = user.FindAll(settings.RoleClaim)
            .Select(claim => Auth.Roles.Parse(claim.Value))
            .OfType<string>()
            .ToHashSet(StringComparer.Ordinal);
        return [.. Auth.Roles.Grantable.Where(granted.Contains), Auth.Roles.Member];
    }

    /// <summary>The email claim of <paramref name="user"/>'s token, trimmed; null when it has none.</summary>
    public static string? EmailOf(ClaimsPrincipal user, AuthSettings settings) =>
        user.FindFirst(settings.EmailClaim)?.Value is { } email && !string.IsNullOrWhiteSpace(email) ? email.Trim() : null;
}
