using MentorGraph.Persistence.Entities;

namespace MentorGraph.Api.Seed;

/// <summary>
/// Time in the generated organisation. <see cref="Now"/> is 00:00 UTC of <c>--today</c>: everything before it
/// has happened (sessions COMPLETED, CANCELLED or MISSED, notes written), everything from it on is SCHEDULED.
/// Weeks are ISO weeks (Monday 00:00 UTC). "The last 12 months" are the 52 complete weeks before the week of
/// today; the rising topics rise in the last 4 of them.
/// </summary>
public sealed class SeedCalendar
{
    /// <summary>How many complete weeks make the year the notes' weekly average is taken over.</summary>
    public const int YearWeeks = 52;

    /// <summary>How many of the last complete weeks the rising topics rise in.</summary>
    public const int RisingWeeks = 4;

    /// <summary>How far ahead active pairings have sessions scheduled.</summary>
    public static readonly TimeSpan Horizon = TimeSpan.FromDays(56);

    public SeedCalendar(DateOnly today)
    {
        Now = today.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        CurrentWeek = SeedMath.WeekStart(Now);
        YearStart = CurrentWeek.AddDays(-7 * YearWeeks);
        RisingStart = CurrentWeek.AddDays(-7 * RisingWeeks);
    }

    /// <summary>00:00 UTC of today: the seed's "now".</summary>
    public DateTime Now { get; }

    /// <summary>Monday of the week that holds today (not complete, so in no weekly statistic).</summary>
    public DateTime CurrentWeek { get; }

    /// <summary>Monday of the first of the 52 complete weeks.</summary>
    public DateTime YearStart { get; }

    /// <summary>Monday of the first of the last 4 complete weeks.</summary>
    public DateTime RisingStart { get; }

    /// <summary>The week of <paramref name="time"/> counted from the first of the year's weeks (0..51 inside it).</summary>
    public int WeekIndex(DateTime time) => (int)Math.Floor((SeedMath.WeekStart(time) - YearStart).TotalDays / 7);

    public bool IsRisingWeek(DateTime weekStart) => weekStart >= RisingStart && weekStart < CurrentWeek;

    /// <summary>
    /// The chance that a planned session is skipped for the holidays: most pairs do not meet between Christmas
    /// and the first days of January, and many skip in August.
    /// </summary>
    public static double HolidaySkip(DateTime day) => (day.Month, day.Day) switch
    {
        (12, >= 20) or (1, <= 4) => 0.75,
        (8, _) => 0.4,
        (7, >= 25) => 0.2,
        _ => 0.0,
    };

    /// <summary>Days between two sessions of a cadence, without the jitter.</summary>
    public static int CadenceDays(Cadence cadence) => cadence switch
    {
        Cadence.Weekly => 7,
        Cadence.Biweekly => 14,
        _ => 30,
    };

    /// <summary>A working-day time: weekends move to the Friday before or the Monday after.</summary>
    public static DateTime OnWorkingDay(DateTime time) => time.DayOfWeek switch
    {
        DayOfWeek.Saturday => time.AddDays(-1),
        DayOfWeek.Sunday => time.AddDays(1),
        _ => time,
    };

    /// <summary><paramref name="day"/>'s date at a working-hours time (08:00 to 17:45 UTC, on the quarter hour).</summary>
    public static DateTime AtWorkTime(SeedRandom random, DateTime day) =>
        DateTime.SpecifyKind(day.Date, DateTimeKind.Utc).AddMinutes(8 * 60 + 15 * random.Int(0, 39));

    /// <summary>The earlier of two times.</summary>
    public static DateTime Min(DateTime a, DateTime b) => a < b ? a : b;

    public static DateTime Max(DateTime a, DateTime b) => a > b ? a : b;
}
