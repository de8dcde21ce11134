namespace MentorGraph.Persistence.Entities;

/// <summary>
/// Seniority, highest first: EXECUTIVE &gt; SENIOR &gt; MID &gt; JUNIOR. Stored as its UPPER_SNAKE name
/// (<see cref="EnumText{TEnum}"/>); compare ranks with <see cref="Domain.BandOrder"/>, never the enum's numbers.
/// </summary>
public enum Band
{
    Executive,
    Senior,
    Mid,
    Junior,
}
