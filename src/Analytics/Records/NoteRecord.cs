namespace MentorGraph.Analytics.Records;

/// <summary>
/// One parsed JSON Lines record: either a note (with labels when the input is labeled) or an error.
/// <see cref="Id"/> is null when the record had no usable id.
/// </summary>
public sealed record NoteRecord(int LineNumber, string? Id, Note? Note, string? Topic, string? Direction, RecordError? Error)
{
    public bool IsValid => Error is null;

    /// <summary>The labeled note of a valid labeled record.</summary>
    public LabeledNote ToLabeledNote() =>
        Note is not null && Topic is not null && Direction is not null
            ? new LabeledNote(Id ?? $"line-{LineNumber}", Note, Topic, Direction)
            : throw new InvalidOperationException("Only a valid labeled record has a labeled note.");
}
