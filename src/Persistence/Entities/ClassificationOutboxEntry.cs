namespace MentorGraph.Persistence.Entities;

/// <summary>
/// A note waiting for the classification jobs (table <c>classification_outbox</c>): written in the same
/// transaction as the note, deleted in the transaction that stores its classification.
/// </summary>
public sealed class ClassificationOutboxEntry
{
    /// <summary>A new or edited note: classified first.</summary>
    public const short NewNote = 0;

    /// <summary>A note without a result from the active model (seeded, imported, after an activation): classified after new notes.</summary>
    public const short Reclassification = 1;

    public long Id { get; set; }

    public long NoteId { get; set; }

    public SessionNote Note { get; set; } = null!;

    public short Priority { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
