namespace MentorGraph.Api.Configuration;

/// <summary>
/// Session notes (section <c>Notes</c>). The database caps a note at 100,000 characters; this is the limit the
/// API enforces (a longer note is a <c>ValidationError</c> with code <c>TOO_LONG</c>), so it can be lowered or
/// raised up to that cap without a migration.
/// </summary>
public sealed class NotesSettings : ISettingsSection
{
    /// <summary>The database's hard cap (<c>session_notes_text_length</c>).</summary>
    public const int DatabaseCap = 100_000;

    public static string SectionName => "Notes";

    /// <summary>The most characters a note may have.</summary>
    public int MaxLength { get; set; } = 20_000;

    public IEnumerable<SettingProblem> Problems()
    {
        if (MaxLength is < 1 or > DatabaseCap)
        {
            yield return new(nameof(MaxLength), $"must be from 1 to {DatabaseCap} characters, the database's cap (it is {MaxLength}).");
        }
    }
}
