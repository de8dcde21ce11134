using MentorGraph.Persistence.Entities;

namespace MentorGraph.Persistence.Domain;

/// <summary>
/// How long one period of a <see cref="Cadence"/> is, in whole days: WEEKLY 7, BIWEEKLY 14, MONTHLY 30. A month
/// is a fixed 30 days, not a calendar month, so the at-risk rule (<see cref="AtRiskRule"/>) is plain arithmetic
/// on instants — independent of any time zone and of which month the count starts in (three calendar months
/// would be 89 to 92 days).
/// </summary>
public static class CadencePeriods
{
    public const int WeeklyDays = 7;

    public const int BiweeklyDays = 14;

    public const int MonthlyDays = 30;

    /// <summary>The days of one period of <paramref name="cadence"/>.</summary>
    public static int DaysOf(Cadence cadence) => cadence switch
    {
        Cadence.Weekly => WeeklyDays,
        Cadence.Biweekly => BiweeklyDays,
        Cadence.Monthly => MonthlyDays,
        _ => throw new ArgumentOutOfRangeException(nameof(cadence), cadence, "Not a cadence."),
    };
}
