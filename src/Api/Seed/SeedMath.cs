namespace MentorGraph.Api.Seed;

/// <summary>Small arithmetic the generator shares.</summary>
public static class SeedMath
{
    /// <summary>
    /// Splits <paramref name="total"/> into parts proportional to <paramref name="shares"/> that add up to it
    /// exactly (largest remainder), each at least <paramref name="minimumEach"/> when the total allows.
    /// </summary>
    public static int[] Allocate(int total, IReadOnlyList<double> shares, int minimumEach = 0)
    {
        var counts = new int[shares.Count];
        var floor = total >= minimumEach * shares.Count ? minimumEach : 0;
        var rest = total - floor * shares.Count;
        var sum = shares.Sum();
        var exact = shares.Select(s => rest * s / sum).ToArray();
        var given = 0;
        for (var i = 0; i < counts.Length; i++)
        {
            counts[i] = floor + (int)Math.Floor(exact[i]);
            given += (int)Math.Floor(exact[i]);
        }

        foreach (var i in Enumerable.Range(0, counts.Length).OrderByDescending(i => exact[i] - Math.Floor(exact[i])).ThenBy(i => i).Take(rest - given))
        {
            counts[i]++;
        }

        return counts;
    }

    /// <summary>Monday 00:00 UTC of the ISO week that holds <paramref name="time"/>.</summary>
    public static DateTime WeekStart(DateTime time)
    {
        var date = time.Date;
        var sinceMonday = ((int)date.DayOfWeek + 6) % 7;
        return DateTime.SpecifyKind(date.AddDays(-sinceMonday), DateTimeKind.Utc);
    }
}
