using MentorGraph.Analytics;

namespace MentorGraph.Api.Schema.Topics;

/// <summary>
/// The topics of the taxonomy (the shared TAXONOMY.md) with their names and what they cover, in
/// <see cref="Taxonomy.Topics"/> order. Every slug of the classifier has exactly one entry.
/// </summary>
public static class TopicCatalog
{
    public static IReadOnlyList<TopicInfo> All { get; } =
    [
        new(TopicId.SocialMedia, "social-media", "Social media",
            "Social platforms and online presence of people and brands: LinkedIn, Instagram, TikTok, X/Twitter, YouTube, posting, followers, influencers, personal brand online."),
        new(TopicId.DigitalMarketing, "digital-marketing", "Digital marketing",
            "Getting found and selling online: SEO, website traffic, bounce rate, online ads, email campaigns, landing pages, conversion."),
        new(TopicId.EmergingTech, "emerging-tech", "Emerging technology",
            "New technology trends: generative AI and chat assistants, new apps and devices, VR/AR, crypto, what is coming next in tech."),
        new(TopicId.DataAnalytics, "data-analytics", "Data and analytics",
            "Turning data into decisions: dashboards, metrics and KPIs, reading charts, spreadsheets for analysis, data literacy, experiments."),
        new(TopicId.CustomerInsight, "customer-insight", "Customer insight",
            "What customers and consumers want and how they behave, younger markets, customer feedback, user research."),
        new(TopicId.CompetitiveLandscape, "competitive-landscape", "Competitive landscape",
            "Competitors, start-ups and disruptors, industry and market shifts, who is gaining share and why."),
        new(TopicId.BusinessFundamentals, "business-fundamentals", "Business fundamentals",
            "How the business makes money: budgets, P&L, pricing, forecasting, strategy, contracts, how the industry works."),
        new(TopicId.Leadership, "leadership", "Leadership",
            "Leading people: delegation, decision-making, managing a team, executive presence, leading change, difficult people decisions."),
        new(TopicId.Communication, "communication", "Communication",
            "How people communicate: presenting, writing, giving and receiving feedback, listening, running meetings, communication styles."),
        new(TopicId.CareerGrowth, "career-growth", "Career growth",
            "Careers: career paths, promotions, networking, stretch assignments, building skills, finding sponsors."),
        new(TopicId.WorkplaceCulture, "workplace-culture", "Workplace culture",
            "How people work together: generations at work, inclusion, remote/hybrid work, engagement, loyalty and retention, wellbeing, trust."),
        new(TopicId.ProductivityTools, "productivity-tools", "Productivity tools",
            "Everyday work software and workflow shortcuts: email, calendar, chat (Slack/Teams), document tools, keyboard shortcuts, automating routine tasks."),
    ];

    private static readonly Dictionary<TopicId, TopicInfo> ById = All.ToDictionary(t => t.Id);
    private static readonly Dictionary<string, TopicInfo> BySlug = All.ToDictionary(t => t.Slug, StringComparer.Ordinal);

    public static TopicInfo Get(TopicId id) => ById[id];

    /// <summary>The topic of a classifier label; an unknown slug means the model and the catalog disagree.</summary>
    public static TopicInfo FromSlug(string slug) =>
        BySlug.TryGetValue(slug, out var topic)
            ? topic
            : throw new InvalidOperationException($"The classifier returned the topic '{slug}', which the topic catalog does not know.");
}
