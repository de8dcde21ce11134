namespace MentorGraph.Analytics.Text;

/// <summary>
/// The placeholder words role normalization puts into a note. They contain brackets, which the
/// tokenizer never produces, so they cannot collide with a real word (such as "senior").
/// </summary>
public static class RoleTokens
{
    /// <summary>The senior participant (by name or pronoun).</summary>
    public const string Senior = "[senior]";

    /// <summary>The junior participant (by name or pronoun).</summary>
    public const string Junior = "[junior]";

    /// <summary>Marks "written by the senior": the implicit subject of a sentence such as "Explained X to Tom."</summary>
    public const string BySenior = "[by-senior]";

    /// <summary>Marks "written by the junior".</summary>
    public const string ByJunior = "[by-junior]";

    public static string For(ParticipantRole role) => role == ParticipantRole.Senior ? Senior : Junior;

    public static string AuthorMarkerFor(ParticipantRole role) => role == ParticipantRole.Senior ? BySenior : ByJunior;

    public static bool IsRoleToken(string token) => token.Length > 0 && token[0] == '[';

    /// <summary>The token as seen from the other participant: senior and junior swap, other words stay.</summary>
    public static string Swap(string token) => token switch
    {
        Senior => Junior,
        Junior => Senior,
        BySenior => ByJunior,
        ByJunior => BySenior,
        _ => token,
    };
}
