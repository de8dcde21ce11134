namespace MentorGraph.Api.Seed;

/// <summary>
/// The trend the demo data carries, and the test of it. A topic <em>rises</em> when, in each of the last 4 complete
/// ISO weeks before today, it has at least 20 notes and at least 3 times its weekly average over the 52 complete
/// weeks before today (the average includes those 4 weeks). The rising topics meet it by construction; every
/// other topic stays flat.
/// </summary>
public static class RisingTopics
{
    public const int MinimumPerWeek = 20;

    public const double Factor = 3.0;

    /// <summary>The generator aims above the factor, so the trend is clear rather than borderline.</summary>
    public const double Margin = 3.2;

    /// <summary>The last 4 weeks climb: week by week 1.0, 1.1, 1.2 and 1.3 times the first.</summary>
    private static readonly double[] Climb = [1.0, 1.1, 1.2, 1.3];

    /// <summary>
    /// How many notes a rising topic gets in each of the last 4 weeks, given how many it had in the 48 weeks
    /// before them: the smallest climbing series (with a little noise) that starts at 20 or more and whose every
    /// week is at least <see cref="Margin"/> times the resulting 52-week average.
    /// </summary>
    public static int[] Targets(SeedRandom random, int notesBefore)
    {
        var noise = new int[Climb.Length];
        for (var i = 0; i < noise.Length; i++)
        {
            noise[i] = random.Int(0, 2);
        }

        var climb = Climb.Sum();
        var start = Math.Max(MinimumPerWeek, (int)Math.Floor(Margin * notesBefore / (SeedCalendar.YearWeeks - Margin * climb)));
        for (var first = start; ; first++)
        {
            var weeks = Climb.Select((m, i) => (int)Math.Ceiling(first * m) + noise[i]).ToArray();
            if (weeks.Min() >= Margin * (notesBefore + weeks.Sum()) / SeedCalendar.YearWeeks)
            {
                return weeks;
            }
        }
    }

    /// <summary>Whether a topic's 52 weekly note counts (oldest first) rise by the definition above.</summary>
    public static bool Rises(IReadOnlyList<int> weekly)
    {
        var average = Average(weekly);
        return weekly.Skip(weekly.Count - SeedCalendar.RisingWeeks).All(n => n >= MinimumPerWeek && n >= Factor * average);
    }

    /// <summary>The weekly average over the 52 weeks.</summary>
    public static double Average(IReadOnlyList<int> weekly) => weekly.Sum() / (double)SeedCalendar.YearWeeks;
}
