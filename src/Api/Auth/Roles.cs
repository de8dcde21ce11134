namespace MentorGraph.Api.Auth;

/// <summary>
/// The roles a token may carry (the GraphQL enum <c>Role</c>). They add to what every signed-in person may
/// do; a token without roles is a plain member.
/// </summary>
public static class Roles
{
    /// <summary>Program managers: everything, including PAIR notes for review, never others' PRIVATE notes.</summary>
    public const string Admin = "ADMIN";

    /// <summary>Aggregated insights, never anyone's notes.</summary>
    public const string Executive = "EXECUTIVE";

    /// <summary>Aggregated insights and exports, never anyone's notes.</summary>
    public const string Analyst = "ANALYST";

    /// <summary>Every signed-in person; not put in tokens, shown by <c>viewer.roles</c>.</summary>
    public const string Member = "MEMBER";

    /// <summary>The roles a token can grant.</summary>
    public static IReadOnlyList<string> Grantable { get; } = [Admin, Executive, Analyst];

    /// <summary>The canonical name of a role as written (any case), or null when it is not one.</summary>
    public static string? Parse(string text)
    {
        var upper = text.Trim().ToUpperInvariant();
        return upper is Admin or Executive or Analyst or Member ? upper : null;
    }
}
