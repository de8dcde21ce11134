using MentorGraph.Api.Seed.Notes.Topics;

namespace MentorGraph.Api.Seed.Notes;

/// <summary>The twelve topic banks by topic id, each a test checks for size and for the topic it names.</summary>
public static class TopicBanks
{
    public static IReadOnlyList<TopicBank> All { get; } =
    [
        SocialMediaBank.Bank, DigitalMarketingBank.Bank, EmergingTechBank.Bank, DataAnalyticsBank.Bank,
        CustomerInsightBank.Bank, CompetitiveLandscapeBank.Bank, BusinessFundamentalsBank.Bank, LeadershipBank.Bank,
        CommunicationBank.Bank, CareerGrowthBank.Bank, WorkplaceCultureBank.Bank, ProductivityToolsBank.Bank,
    ];

    private static readonly Dictionary<string, TopicBank> ByTopic = All.ToDictionary(b => b.Topic, StringComparer.Ordinal);

    public static TopicBank Of(string topic) => ByTopic[topic];
}

/// <summary>Who taught in a session, seen from the note's author.</summary>
public enum Teaching
{
    /// <summary>The author taught the other participant.</summary>
    Me,

    /// <summary>The other participant taught the author.</summary>
    Them,

    /// <summary>Both taught (a MUTUAL note).</summary>
    Both,
}

/// <summary>
/// The marks a piece of text may start with, saying whose voice it needs: <c>S</c> or <c>J</c> (the author is the
/// senior or the junior), then <c>T</c> or <c>L</c> (the author taught or learned), then a colon:
/// <c>"SL: I had been using it like a search engine."</c>. Unmarked pieces fit any author.
/// </summary>
public static class Voice
{
    /// <summary>The pieces of <paramref name="texts"/> that fit the author, without their marks.</summary>
    public static IReadOnlyList<string> Fitting(IReadOnlyList<string> texts, bool authorIsSenior, Teaching teaching)
    {
        var result = new List<string>(texts.Count);
        foreach (var text in texts)
        {
            var (role, side, body) = Split(text);
            var roleFits = role is null || role == (authorIsSenior ? 'S' : 'J');
            var sideFits = side is null || teaching == Teaching.Both || side == (teaching == Teaching.Me ? 'T' : 'L');
            if (roleFits && sideFits)
            {
                result.Add(body);
            }
        }

        return result;
    }

    /// <summary>The text without its mark.</summary>
    public static string Body(string text) => Split(text).Body;

    private static (char? Role, char? Side, string Body) Split(string text)
    {
        var colon = text.IndexOf(": ", StringComparison.Ordinal);
        if (colon is < 1 or > 2)
        {
            return (null, null, text);
        }

        char? role = null;
        char? side = null;
        foreach (var c in text[..colon])
        {
            switch (c)
            {
                case 'S' or 'J' when role is null && side is null:
                    role = c;
                    break;
                case 'T' or 'L' when side is null:
                    side = c;
                    break;
                default:
                    return (null, null, text);
            }
        }

        return (role, side, text[(colon + 2)..]);
    }
}
