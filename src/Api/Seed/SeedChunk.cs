namespace MentorGraph.Api.Seed;

/// <summary>
/// A few weeks of activity, loaded together: sessions first, then the notes, feedback and lessons that refer to
/// them. The generator hands these out one at a time, so memory holds one chunk, never the whole million.
/// </summary>
public sealed class SeedChunk
{
    public List<SessionRow> Sessions { get; } = [];

    public List<NoteRow> Notes { get; } = [];

    public List<FeedbackRow> Feedback { get; } = [];

    public List<LessonRow> Lessons { get; } = [];

    /// <summary>How far through the generator's weeks this chunk ends, from 0 to 1.</summary>
    public double Progress { get; set; }
}
