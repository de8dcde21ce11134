using MentorGraph.Persistence.Entities;

namespace MentorGraph.Api.Seed;

/// <summary>
/// The three programs: a year-long reverse-mentoring cohort (executives with early-career employees, weekly),
/// a reciprocal leadership exchange (every two weeks) and a shorter digital-fluency sprint (weekly) that started
/// later. Dates are relative to today, so the demo always looks current.
/// </summary>
public static class ProgramPlanner
{
    /// <summary>The programs and the share of pairings in each, in id order.</summary>
    public static IReadOnlyList<(ProgramRow Program, double Share)> Plan(SeedCalendar calendar, SeedIds ids)
    {
        var today = DateOnly.FromDateTime(calendar.Now);
        return
        [
            (Make(ids, "Reverse Mentoring: Executives × Early Careers",
                "Each executive is paired with an early-career colleague who teaches them what is changing: social platforms, "
                + "new tools and AI, and what younger customers expect. The executive teaches back how the business works "
                + "and how decisions get made.",
                "Every executive active on at least one social platform by the end of the year. Early-career participants "
                + "able to read a P&L and present to a leadership team. One shared lesson a month on the company feed.",
                today.AddDays(-376), today.AddDays(74), Cadence.Weekly), 0.5),
            (Make(ids, "Leadership Exchange",
                "Reciprocal mentoring between senior leaders and mid-level and junior colleagues: leadership, communication "
                + "and career growth one way; data, customer insight and ways of working the other.",
                "Build a bench of future managers; give senior leaders a direct line to how teams experience their decisions.",
                today.AddDays(-352), today.AddDays(196), Cadence.Weekly), 0.25),
            (Make(ids, "Digital Fluency Sprint",
                "A ten-month sprint where early-career staff coach senior colleagues on the tools we work in every day and "
                + "on emerging technology, in short weekly sessions.",
                "Every participant using the AI assistant and the shared workspace confidently; fewer status meetings.",
                today.AddDays(-250), today.AddDays(54), Cadence.Weekly), 0.25),
        ];
    }

    /// <summary>A program set up a month before it starts (every program here started in the past).</summary>
    private static ProgramRow Make(SeedIds ids, string name, string description, string goals, DateOnly starts, DateOnly ends, Cadence cadence) =>
        new(ids.NextProgram(), name, description, goals, starts, ends, cadence, starts.AddDays(-30).ToDateTime(new TimeOnly(9, 30), DateTimeKind.Utc));
}
