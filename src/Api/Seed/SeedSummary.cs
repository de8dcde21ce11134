using System.Globalization;
using System.Text;
using MentorGraph.Persistence.Entities;

namespace MentorGraph.Api.Seed;

/// <summary>The report <c>mentorgraph seed</c> prints on standard output: what it deleted (with --force), rows per table, statuses, topics, and the rising topics' numbers.</summary>
public static class SeedSummary
{
    public static string Format(SeedOptions options, SeedResult result)
    {
        var c = result.Counts;
        var calendar = new SeedCalendar(options.Today);
        var text = new StringBuilder();
        void Line(FormattableString line) => text.Append(line.ToString(CultureInfo.InvariantCulture)).Append('\n');

        if (result.Deleted.Count > 0)
        {
            Line($"Deleted first (--force): {string.Join(", ", result.Deleted.Where(d => d.Value > 0).Select(d => Invariant($"{d.Value:N0} {d.Key}")))}.");
        }
        else if (result.ExistingPeople > 0)
        {
            Line($"Appended beside the {result.ExistingPeople:N0} people already there (--append).");
        }

        Line($"Seeded in {result.Elapsed.TotalSeconds:0.0} s: seed {options.Seed}, today {options.Today:yyyy-MM-dd}.");
        Line($"Rows written:");
        var rows = new (string Table, long Count, string Note)[]
        {
            ("departments", c.Departments, ""),
            ("people", c.People, Invariant($"{c.Deactivated:N0} deactivated")),
            ("person_can_teach", c.TeachTopics, ""),
            ("person_wants_to_learn", c.LearnTopics, ""),
            ("programs", c.Programs, ""),
            ("pairings", c.Pairings, ""),
            ("pairing_status_changes", c.StatusChanges, ""),
            ("sessions", c.Sessions, Invariant($"{c.RisingSessions:N0} of them carry the rising topics")),
            ("session_notes", c.Notes, options.Labels ? "labelled with the generator's topic and direction: classifications of model 'seed', not a classifier's" : "unclassified; the generator's labels are not stored"),
            ("session_feedback", c.Feedback, ""),
            ("lessons", c.Lessons, Invariant($"{c.CompanyLessons:N0} on the company feed")),
        };
        foreach (var (table, count, note) in rows)
        {
            Line($"  {table,-24}{count,10:N0}{(note.Length > 0 ? "  (" + note + ")" : "")}");
        }

        var loaded = result.Load.Sum(t => t.Rows);
        var copying = result.Load.Aggregate(TimeSpan.Zero, (sum, t) => sum + t.Time);
        var slowest = string.Join(", ", result.Load.OrderByDescending(t => t.Time).Take(4).Select(t => Invariant($"{t.Table} {t.Time.TotalSeconds:0.0} s")));
        Line($"Load: {loaded:N0} rows by COPY in {copying.TotalSeconds:0.0} s ({loaded / Math.Max(0.001, copying.TotalSeconds):N0} rows/s; {slowest}), then VACUUM (ANALYZE) {result.Vacuum.TotalSeconds:0.0} s");
        Line($"Pairings by status: {Join(c.PairingsByStatus.Select(p => (EnumText<PairingStatus>.ToText(p.Key), (long)p.Value)))}");
        Line($"Sessions by status: {Join(c.SessionsByStatus.Select(p => (EnumText<SessionStatus>.ToText(p.Key), (long)p.Value)))}");
        Line($"Notes by topic: {Join(c.NotesByTopic.Select(p => (p.Key, (long)p.Value)))}");
        Line($"Notes by direction: {Join(c.NotesByDirection.Select(p => (EnumText<NoteDirection>.ToText(p.Key), (long)p.Value)))}");
        var upward = c.Lessons == 0 ? 0 : 100.0 * c.LessonsByDirection[LearningDirection.Upward] / c.Lessons;
        Line($"Lessons by direction: {Join(c.LessonsByDirection.Select(p => (EnumText<LearningDirection>.ToText(p.Key), (long)p.Value)))} ({upward:0}% UPWARD)");
        Line($"Rising topics, notes per ISO week (average over the 52 complete weeks {calendar.YearStart:yyyy-MM-dd} to {calendar.CurrentWeek.AddDays(-1):yyyy-MM-dd}; rising = each of the last 4 weeks >= 20 notes and >= 3x the average):");
        foreach (var topic in SeedTopics.All)
        {
            var weekly = c.WeeklyNotes[topic];
            var rises = RisingTopics.Rises(weekly);
            if (!options.RisingTopics.Contains(topic) && !rises)
            {
                continue;
            }

            var last = string.Join(", ", weekly.Skip(SeedCalendar.YearWeeks - SeedCalendar.RisingWeeks));
            Line($"  {topic,-22} average {RisingTopics.Average(weekly):0.0}; last 4 weeks {last}: {(rises ? "rising" : "NOT rising")}");
        }

        var flat = SeedTopics.All.Where(t => !options.RisingTopics.Contains(t)).ToList();
        var highest = flat.Max(t => c.WeeklyNotes[t].Skip(SeedCalendar.YearWeeks - SeedCalendar.RisingWeeks).Max() / Math.Max(0.001, RisingTopics.Average(c.WeeklyNotes[t])));
        Line($"  the other {flat.Count} topics stay flat: at most {highest:0.0}x their average in any of the last 4 weeks");
        return text.ToString();
    }

    private static string Join(IEnumerable<(string Name, long Count)> counts) =>
        string.Join(", ", counts.Select(c => Invariant($"{c.Name} {c.Count:N0}")));

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
