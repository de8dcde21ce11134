namespace MentorGraph.Persistence.Entities;

/// <summary>
/// An audit row (table <c>note_reads</c>): an ADMIN read another pair's PAIR note. Append-only; deleted
/// with its note.
/// </summary>
public sealed class NoteRead
{
    public long Id { get; set; }

    public long NoteId { get; set; }

    public SessionNote Note { get; set; } = null!;

    public long ReaderId { get; set; }

    public Person Reader { get; set; } = null!;

    public DateTimeOffset ReadAt { get; set; }
}
