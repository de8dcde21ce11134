namespace MentorGraph.Api.Configuration;

/// <summary>
/// <c>teachersFor</c> (section <c>Teachers</c>): how many lessons on a topic make someone worth listing as its teacher,
/// and the most people one answer lists.
/// </summary>
public sealed class TeachersSettings : ISettingsSection
{
    public static string SectionName => "Teachers";

    /// <summary>
    /// Only people who taught at least this many lessons on the topic (in the direction asked, when one is) are listed:
    /// one lesson is an anecdote, not a teacher — and the list should not point at everyone who ever touched a topic.
    /// </summary>
    public int MinimumLessons { get; set; } = 3;

    /// <summary>The largest <c>first</c> a request may ask for.</summary>
    public int MaxFirst { get; set; } = 100;

    public IEnumerable<SettingProblem> Problems()
    {
        if (MinimumLessons is < 1 or > 1000)
        {
            yield return new(nameof(MinimumLessons), $"must be from 1 to 1000 lessons (it is {MinimumLessons}).");
        }

        if (MaxFirst is < 1 or > 1000)
        {
            yield return new(nameof(MaxFirst), $"must be from 1 to 1000 people (it is {MaxFirst}).");
        }
    }
}
