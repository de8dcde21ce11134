namespace MentorGraph.Api.Seed;

/// <summary>
/// The ids the generator gives rows, table by table: the next after the highest the table already uses
/// (0 in an empty database, so ids start at 1). COPY writes them as given, even into identity columns, and
/// the loader moves each identity sequence past them at the end.
/// </summary>
public sealed class SeedIds
{
    private long department;
    private long person;
    private long program;
    private long pairing;
    private long statusChange;
    private long session;
    private long note;
    private long feedback;
    private long lesson;

    /// <param name="after">The highest id in use per table (by table name); missing tables start from 0.</param>
    public SeedIds(IReadOnlyDictionary<string, long>? after = null)
    {
        department = After(after, "departments");
        person = After(after, "people");
        program = After(after, "programs");
        pairing = After(after, "pairings");
        statusChange = After(after, "pairing_status_changes");
        session = After(after, "sessions");
        note = After(after, "session_notes");
        feedback = After(after, "session_feedback");
        lesson = After(after, "lessons");
    }

    /// <summary>The tables whose ids the generator assigns (all have identity keys), in loading order.</summary>
    public static IReadOnlyList<string> Tables { get; } =
        ["departments", "people", "programs", "pairings", "pairing_status_changes", "sessions", "session_notes", "session_feedback", "lessons"];

    public long NextDepartment() => ++department;

    public long NextPerson() => ++person;

    public long NextProgram() => ++program;

    public long NextPairing() => ++pairing;

    public long NextStatusChange() => ++statusChange;

    public long NextSession() => ++session;

    public long NextNote() => ++note;

    public long NextFeedback() => ++feedback;

    public long NextLesson() => ++lesson;

    private static long After(IReadOnlyDictionary<string, long>? after, string table) => after?.GetValueOrDefault(table) ?? 0;
}
