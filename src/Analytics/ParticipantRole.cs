namespace MentorGraph.Analytics;

/// <summary>The two participants of a pairing: the executive and the early-career employee.</summary>
public enum ParticipantRole
{
    Senior,
    Junior,
}

public static class ParticipantRoles
{
    /// <summary>Parses the wire form <c>SENIOR</c> / <c>JUNIOR</c> (exact, upper case).</summary>
    public static bool TryParse(string? value, out ParticipantRole role)
    {
        switch (value)
        {
            case "SENIOR":
                role = ParticipantRole.Senior;
                return true;
            case "JUNIOR":
                role = ParticipantRole.Junior;
                return true;
            default:
                role = default;
                return false;
        }
    }

    public static string ToWire(this ParticipantRole role) => role == ParticipantRole.Senior ? "SENIOR" : "JUNIOR";

    public static ParticipantRole Other(this ParticipantRole role) =>
        role == ParticipantRole.Senior ? ParticipantRole.Junior : ParticipantRole.Senior;
}
