namespace MentorGraph.Api.Tests;

/// <summary>One telling phrase per taxonomy topic, for the small labeled sets the API tests train on.</summary>
public static class SampleTopicPhrases
{
    public static IReadOnlyDictionary<string, string> ByTopic { get; } = new Dictionary<string, string>
    {
        ["social-media"] = "Instagram reels and TikTok followers",
        ["digital-marketing"] = "SEO, landing pages and bounce rate",
        ["emerging-tech"] = "generative AI chat assistants and VR headsets",
        ["data-analytics"] = "dashboards, KPIs and reading charts",
        ["customer-insight"] = "what customers want and user research interviews",
        ["competitive-landscape"] = "competitors and start-ups gaining market share",
        ["business-fundamentals"] = "the budget, P&L and pricing",
        ["leadership"] = "delegation and leading the team through change",
        ["communication"] = "presenting, feedback and running meetings",
        ["career-growth"] = "promotions, sponsors and career paths",
        ["workplace-culture"] = "hybrid work, inclusion and retention",
        ["productivity-tools"] = "Slack shortcuts, calendar and Outlook rules",
    };
}
