using MentorGraph.Api.Seed.Notes;
using MentorGraph.Persistence.Entities;

namespace MentorGraph.Api.Seed;

/// <summary>
/// Lessons as participants record them: a short title ("Discounts cost more than they look") and a line or two
/// on what was learned and where it came up. COMPANY lessons say why they are shared.
/// </summary>
public static class LessonWriter
{
    private static readonly string[] Points = ["Key point: {insight}.", "What stuck: {insight}.", "Learned {insight}.", "The short version: {insight}.", "{Insight}."];

    private static readonly string[] Contexts =
    [
        "Came up while we were looking at {subject}.", "{Teacher} explained it with a real example.", "From our session on {subject}.",
        "We tried it on a real case and it held up.", "Worth remembering next time {subject} comes up.", "",
    ];

    private static readonly string[] Shared =
    [
        "Sharing because I think most of us get this wrong.", "Posting this for anyone else new to {subject}.", "Sharing with everyone: it changed how I work.",
    ];

    public static (string Title, string Detail) Write(SeedRandom random, string topic, SeedPerson teacher, LessonVisibility visibility)
    {
        var bank = TopicBanks.Of(topic);
        var subject = random.Pick(bank.Subjects);
        var title = random.Chance(0.65) ? random.Pick(bank.LessonTitles) : char.ToUpperInvariant(subject[0]) + subject[1..];
        var insight = Voice.Body(random.Pick(bank.Insights));
        var parts = new List<string> { random.Pick(Points), random.Pick(Contexts) };
        if (visibility == LessonVisibility.Company)
        {
            parts.Add(random.Pick(Shared));
        }

        var detail = string.Join(' ', parts.Where(p => p.Length > 0))
            .Replace("{Insight}", char.ToUpperInvariant(insight[0]) + insight[1..], StringComparison.Ordinal)
            .Replace("{insight}", insight, StringComparison.Ordinal)
            .Replace("{subject}", subject, StringComparison.Ordinal)
            .Replace("{Teacher}", teacher.FirstName, StringComparison.Ordinal);
        return (title, detail);
    }
}
