namespace MentorGraph.Analytics.Records;

/// <summary>Labeled notes read from JSON Lines, with the records that were rejected.</summary>
public sealed record LabeledNotes(IReadOnlyList<LabeledNote> Notes, IReadOnlyList<NoteRecord> Rejected);

public static class LabeledNotesFile
{
    /// <summary>Reads every record; valid labeled ones become notes, the others are returned as rejected.</summary>
    public static LabeledNotes Read(TextReader reader, RecordLimits limits)
    {
        var notes = new List<LabeledNote>();
        var rejected = new List<NoteRecord>();
        foreach (var record in JsonLinesReader.Read(reader, limits, requireLabels: true))
        {
            if (record.IsValid)
            {
                notes.Add(record.ToLabeledNote());
            }
            else
            {
                rejected.Add(record);
            }
        }

        return new LabeledNotes(notes, rejected);
    }

    public static LabeledNotes Read(string path, RecordLimits limits)
    {
        using var reader = new StreamReader(path);
        return Read(reader, limits);
    }
}
