namespace MentorGraph.Analytics.Text;

/// <summary>Where the author's role is written into the token stream as an extra word.</summary>
public enum AuthorMarkerPlacement
{
    /// <summary>No marker: the author appears only where the note says I/me/my.</summary>
    None,

    /// <summary>One marker before the first word of the note.</summary>
    NoteStart,

    /// <summary>A marker before every sentence, so a subject-less sentence ("Showed Tom the dashboard.")
    /// gets its implicit subject.</summary>
    SentenceStart,
}

/// <summary>How participants' names and pronouns become role tokens.</summary>
public sealed record RoleNormalizationOptions
{
    /// <summary>Map he/him/his/she/her/hers to the other participant (the note has only one other person
    /// who is normally referred to; third parties are sometimes mis-mapped).</summary>
    public bool MapThirdPersonPronouns { get; init; } = true;

    /// <summary>Also map they/them/their to the other participant (singular they). Off by default:
    /// in notes "they" is mostly customers, teams or the author's peers.</summary>
    public bool MapTheyPronouns { get; init; }

    public AuthorMarkerPlacement AuthorMarker { get; init; } = AuthorMarkerPlacement.SentenceStart;
}
