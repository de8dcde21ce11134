namespace MentorGraph.Analytics.Records;

/// <summary>Size limits on input records; a record over a limit gets an error line, not a crash.</summary>
public sealed record RecordLimits
{
    /// <summary>Longest note text accepted, in UTF-16 characters: the domain's limit of a session note
    /// (most notes are 1–6 sentences; a long one is embedded in chunks).</summary>
    public int MaxTextLength { get; init; } = 20_000;

    /// <summary>Longest id and participant name accepted.</summary>
    public int MaxIdLength { get; init; } = 200;

    public int MaxNameLength { get; init; } = 200;

    /// <summary>Longest input line; the rest of a longer line is skipped, not kept in memory.</summary>
    public int MaxLineLength { get; init; } = 64 * 1024;

    public void Validate()
    {
        if (MaxTextLength < 1 || MaxIdLength < 1 || MaxNameLength < 1 || MaxLineLength < 16)
        {
            throw new ArgumentException("Record limits must be positive (and the line limit at least 16).");
        }
    }
}
