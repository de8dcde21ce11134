namespace MentorGraph.Persistence.Entities;

/// <summary>
/// A participant's rating of a completed session (table <c>session_feedback</c>): once per participant
/// (<c>session_feedback_one_per_author</c>), by a participant (MG003), on a COMPLETED session (MG008).
/// Never changed, so it has no version.
/// </summary>
public sealed class SessionFeedback
{
    public long Id { get; set; }

    public long SessionId { get; set; }

    public Session Session { get; set; } = null!;

    public long AuthorId { get; set; }

    public Person Author { get; set; } = null!;

    /// <summary>1 to 5.</summary>
    public int Rating { get; set; }

    public string? Comment { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
