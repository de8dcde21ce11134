namespace MentorGraph.Persistence;

/// <summary>
/// Names of the constraints and unique indexes whose violations the application answers specifically
/// (<see cref="DatabaseErrors"/>): the uniqueness rules become conflicts with a message and a field. Other
/// constraints keep their own names (the migrations name every CHECK <c>table_what</c>).
/// </summary>
public static class DatabaseConstraints
{
    /// <summary>At most one PROPOSED/ACTIVE/PAUSED pairing per two people per program (either way round).</summary>
    public const string OneOpenPairingPerPair = "pairings_one_open_per_pair";

    /// <summary>One person per email, case-insensitively.</summary>
    public const string PersonEmailUnique = "people_email_unique";

    /// <summary>One department per name, case-insensitively.</summary>
    public const string DepartmentNameUnique = "departments_name_unique";

    /// <summary>One note per participant per session.</summary>
    public const string OneNotePerAuthor = "session_notes_one_per_author";

    /// <summary>One feedback per participant per session.</summary>
    public const string OneFeedbackPerAuthor = "session_feedback_one_per_author";

    /// <summary>A pairing's senior and junior are two people.</summary>
    public const string PairingTwoPeople = "pairings_two_people";
}
