using MentorGraph.Persistence.Entities;

namespace MentorGraph.Api.Seed;

/// <summary>What the generator made, counted as it goes: the summary <c>mentorgraph seed</c> prints, and what tests check.</summary>
public sealed class SeedCounts
{
    public int Departments { get; set; }

    public int People { get; set; }

    public int Deactivated { get; set; }

    public int Programs { get; set; }

    public int Pairings { get; set; }

    public int StatusChanges { get; set; }

    public int TeachTopics { get; set; }

    public int LearnTopics { get; set; }

    public Dictionary<PairingStatus, int> PairingsByStatus { get; } = Enum.GetValues<PairingStatus>().ToDictionary(s => s, _ => 0);

    public Dictionary<SessionStatus, int> SessionsByStatus { get; } = Enum.GetValues<SessionStatus>().ToDictionary(s => s, _ => 0);

    /// <summary>Sessions added in the last 4 weeks to carry the rising topics (counted in the sessions too).</summary>
    public int RisingSessions { get; set; }

    public int Notes { get; set; }

    public Dictionary<string, int> NotesByTopic { get; } = SeedTopics.All.ToDictionary(t => t, _ => 0, StringComparer.Ordinal);

    public Dictionary<NoteDirection, int> NotesByDirection { get; } = Enum.GetValues<NoteDirection>().ToDictionary(d => d, _ => 0);

    /// <summary>Notes per topic per week of the 52 complete weeks before today (index 0 the oldest), by when they were written.</summary>
    public Dictionary<string, int[]> WeeklyNotes { get; } = SeedTopics.All.ToDictionary(t => t, _ => new int[SeedCalendar.YearWeeks], StringComparer.Ordinal);

    public int Feedback { get; set; }

    public int Lessons { get; set; }

    public Dictionary<LearningDirection, int> LessonsByDirection { get; } = Enum.GetValues<LearningDirection>().ToDictionary(d => d, _ => 0);

    public int CompanyLessons { get; set; }

    public int Sessions => SessionsByStatus.Values.Sum();
}
