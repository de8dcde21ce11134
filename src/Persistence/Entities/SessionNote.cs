namespace MentorGraph.Persistence.Entities;

/// <summary>
/// A participant's note on a session (table <c>session_notes</c>): one per participant per session
/// (<c>session_notes_one_per_author</c>), written by one of the pairing's two participants (MG003). The
/// classification (<see cref="TopicId"/>, <see cref="Direction"/>, <see cref="LabelSource"/>,
/// <see cref="ClassifiedAt"/>) is all set or all null: null until the classifier or a person labels it.
/// </summary>
public sealed class SessionNote : IVersioned
{
    public long Id { get; set; }

    public long SessionId { get; set; }

    public Session Session { get; set; } = null!;

    public long AuthorId { get; set; }

    public Person Author { get; set; } = null!;

    /// <summary>1 to 100,000 characters in the database; the application's configurable limit is lower.</summary>
    public string Text { get; set; } = "";

    public NoteVisibility Visibility { get; set; }

    public string? TopicId { get; set; }

    public Topic? Topic { get; set; }

    public NoteDirection? Direction { get; set; }

    public LabelSource? LabelSource { get; set; }

    /// <summary>The classifier model's version; only when <see cref="LabelSource"/> is MODEL.</summary>
    public string? ModelVersion { get; set; }

    public DateTimeOffset? ClassifiedAt { get; set; }

    /// <summary>SHA-256 of <see cref="Text"/> as UTF-8, computed by the database: the key of the note's classifications.</summary>
    public byte[] TextSha256 { get; set; } = [];

    public int Version { get; set; } = 1;

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>The audit of ADMIN reads of this note.</summary>
    public List<NoteRead> Reads { get; set; } = [];
}
