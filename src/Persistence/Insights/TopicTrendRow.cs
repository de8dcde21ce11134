namespace MentorGraph.Persistence.Insights;

/// <summary>One row of <c>insights.topic_trends</c>: a topic in one week or month (see migration 0011).</summary>
/// <param name="PeriodStart">The local date the period starts: a Monday (week) or the 1st (month).</param>
/// <param name="TopicId">The topic's id, e.g. <c>EMERGING_TECH</c>.</param>
/// <param name="Notes">Classified session notes with the topic (the effective label; PRIVATE ones too).</param>
/// <param name="Share"><paramref name="Notes"/> over all classified notes of the period; null without notes.</param>
/// <param name="People">Distinct authors of those notes, teachers and learners of those lessons.</param>
public sealed record TopicTrendRow(
    TrendPeriod Granularity, DateOnly PeriodStart, string TopicId, int Notes, double? Share, int Upward, int Downward, int Mutual, int Lessons, int People);

/// <summary>The two granularities of the trend tables, written <c>WEEK</c> and <c>MONTH</c>.</summary>
public enum TrendPeriod
{
    /// <summary>An ISO week, Monday to Sunday.</summary>
    Week,

    /// <summary>A calendar month.</summary>
    Month,
}
