using MentorGraph.Api.Seed;

namespace MentorGraph.Api.Tests.Seed;

/// <summary>A whole generated organisation in memory (no database), for the checks of what the generator writes.</summary>
public sealed class GeneratedSeed
{
    /// <summary>A fixed day in the past, so the tests do not change with the date they run on.</summary>
    public static readonly DateOnly Today = new(2026, 6, 17);

    public GeneratedSeed(SeedOptions options)
    {
        Options = options;
        Generator = new SeedGenerator(options, new SeedIds());
        foreach (var chunk in Generator.Activity())
        {
            Sessions.AddRange(chunk.Sessions);
            Notes.AddRange(chunk.Notes);
            Feedback.AddRange(chunk.Feedback);
            Lessons.AddRange(chunk.Lessons);
        }
    }

    public SeedOptions Options { get; }

    public SeedGenerator Generator { get; }

    public List<SessionRow> Sessions { get; } = [];

    public List<NoteRow> Notes { get; } = [];

    public List<FeedbackRow> Feedback { get; } = [];

    public List<LessonRow> Lessons { get; } = [];

    /// <summary>The default organisation (about 3,000 sessions) as of <see cref="Today"/>, made once for all tests that read it.</summary>
    public static GeneratedSeed Default { get; } = new(SeedOptions.Default(Today));
}
