using MentorGraph.Api.Seed.Notes;
using MentorGraph.Persistence.Entities;

namespace MentorGraph.Api.Seed;

/// <summary>
/// Lessons as participants record them: a short title that is the lesson ("Discounts cost more than they look",
/// or the takeaway itself: "How much a small discount eats into margin"), and a line or two on where it came up and
/// what to do with it. COMPANY lessons say why they are shared.
/// </summary>
public static class LessonWriter
{
    private static readonly string[] Contexts =
    [
        "Came up while we were looking at {subject}.", "{Teacher} explained it with a real example from our own work.", "From our session on {subject}.",
        "We tried it on a real case and it held up.", "Obvious once {Teacher} said it, but I had never seen it that way.", "Took us a whole session to get here.",
    ];

    private static readonly string[] Uses = ["Try it: {next}.", "Next step: {next}.", "To do: {next}."];

    private static readonly string[] Shared =
    [
        "Sharing because I think most of us get this wrong.", "Posting this for anyone else new to {subject}.", "Sharing with everyone: it changed how I work.",
    ];

    public static (string Title, string Detail) Write(SeedRandom random, string topic, SeedPerson teacher, LessonVisibility visibility)
    {
        var bank = TopicBanks.Of(topic);
        var subject = random.Pick(bank.Subjects);
        var insight = Voice.Body(random.Pick(bank.Insights));
        var point = insight.StartsWith("that ", StringComparison.Ordinal) ? insight[5..] : insight;
        var title = random.Chance(0.55) ? random.Pick(bank.LessonTitles) : Capitalize(point);
        var parts = new List<string> { random.Pick(Contexts) };
        if (random.Chance(0.4))
        {
            parts.Add(random.Pick(Uses));
        }

        if (visibility == LessonVisibility.Company)
        {
            parts.Add(random.Pick(Shared));
        }

        var next = Voice.Body(random.Pick(bank.NextSteps));
        var detail = string.Join(' ', parts)
            .Replace("{subject}", subject, StringComparison.Ordinal)
            .Replace("{next}", next, StringComparison.Ordinal)
            .Replace("{Teacher}", teacher.FirstName, StringComparison.Ordinal)
            .Replace("{O}", teacher.FirstName, StringComparison.Ordinal);
        return (title, detail);
    }

    private static string Capitalize(string text) => char.ToUpperInvariant(text[0]) + text[1..];
}
