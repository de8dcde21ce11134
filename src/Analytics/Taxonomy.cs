using System.Diagnostics.CodeAnalysis;

namespace MentorGraph.Analytics;

/// <summary>The label sets of the note classifier, as defined in the shared TAXONOMY.md.</summary>
public static class Taxonomy
{
    /// <summary>
    /// The twelve topics, in a fixed order (the order of the topic model's classes): the one place a topic
    /// is defined. Adding one here also needs its corpus file (<c>Corpus/{slug}.jsonl</c>, checked by a
    /// test) and its value in the API's SDL enum <c>TopicId</c> (checked when the schema is built).
    /// </summary>
    public static IReadOnlyList<TopicDefinition> TopicDefinitions { get; } =
    [
        new("social-media", "Social media",
            "Social platforms and online presence of people and brands: LinkedIn, Instagram, TikTok, X/Twitter, YouTube, posting, followers, influencers, personal brand online."),
        new("digital-marketing", "Digital marketing",
            "Getting found and selling online: SEO, website traffic, bounce rate, online ads, email campaigns, landing pages, conversion."),
        new("emerging-tech", "Emerging technology",
            "New technology trends: generative AI and chat assistants, new apps and devices, VR/AR, crypto, what is coming next in tech."),
        new("data-analytics", "Data and analytics",
            "Turning data into decisions: dashboards, metrics and KPIs, reading charts, spreadsheets for analysis, data literacy, experiments."),
        new("customer-insight", "Customer insight",
            "What customers and consumers want and how they behave, younger markets, customer feedback, user research."),
        new("competitive-landscape", "Competitive landscape",
            "Competitors, start-ups and disruptors, industry and market shifts, who is gaining share and why."),
        new("business-fundamentals", "Business fundamentals",
            "How the business makes money: budgets, P&L, pricing, forecasting, strategy, contracts, how the industry works."),
        new("leadership", "Leadership",
            "Leading people: delegation, decision-making, managing a team, executive presence, leading change, difficult people decisions."),
        new("communication", "Communication",
            "How people communicate: presenting, writing, giving and receiving feedback, listening, running meetings, communication styles."),
        new("career-growth", "Career growth",
            "Careers: career paths, promotions, networking, stretch assignments, building skills, finding sponsors."),
        new("workplace-culture", "Workplace culture",
            "How people work together: generations at work, inclusion, remote/hybrid work, engagement, loyalty and retention, wellbeing, trust."),
        new("productivity-tools", "Productivity tools",
            "Everyday work software and workflow shortcuts: email, calendar, chat (Slack/Teams), document tools, keyboard shortcuts, automating routine tasks."),
    ];

    /// <summary>The topic slugs, in <see cref="TopicDefinitions"/> order.</summary>
    public static IReadOnlyList<string> Topics { get; } = [.. TopicDefinitions.Select(t => t.Slug)];

    private static readonly Dictionary<string, TopicDefinition> TopicsBySlug = TopicDefinitions.ToDictionary(t => t.Slug, StringComparer.Ordinal);

    /// <summary>The directions of learning, in a fixed order (the order of the direction model's classes).</summary>
    public static IReadOnlyList<string> Directions { get; } = ["UPWARD", "DOWNWARD", "MUTUAL"];

    public const string Upward = "UPWARD";
    public const string Downward = "DOWNWARD";
    public const string Mutual = "MUTUAL";

    // Each topic by its slug and by its enum name, both as written (ordinal, case-sensitive).
    private static readonly Dictionary<string, string> TopicsByInputName =
        Topics.SelectMany(slug => new[] { (Name: slug, Slug: slug), (Name: TopicEnumName(slug), Slug: slug) })
            .ToDictionary(t => t.Name, t => t.Slug, StringComparer.Ordinal);

    public static bool IsTopic(string? value) => value is not null && Topics.Contains(value);

    /// <summary>The topic with this slug; null when the taxonomy has none.</summary>
    public static TopicDefinition? FindTopic(string slug) => TopicsBySlug.GetValueOrDefault(slug);

    public static bool IsDirection(string? value) => value is not null && Directions.Contains(value);

    /// <summary>
    /// The API's enum name of a topic slug, as the GraphQL enum <c>TopicId</c> spells it: upper case,
    /// <c>_</c> for <c>-</c> (<c>social-media</c> → <c>SOCIAL_MEDIA</c>).
    /// </summary>
    public static string TopicEnumName(string slug) => slug.ToUpperInvariant().Replace('-', '_');

    /// <summary>
    /// Reads a topic given on input, where a client may write the record format's slug
    /// (<c>social-media</c>) or the API's enum name (<c>SOCIAL_MEDIA</c>), each exactly as written: no
    /// other casing is a topic. Gives the slug, the one form kept and written on output.
    /// </summary>
    public static bool TryParseTopic(string? value, [NotNullWhen(true)] out string? slug)
    {
        slug = null;
        return value is not null && TopicsByInputName.TryGetValue(value, out slug);
    }

    /// <summary>
    /// Reads a direction given on input: <c>UPWARD</c>, <c>DOWNWARD</c> or <c>MUTUAL</c>, exactly as
    /// written — the record format's form and the API's enum names are the same.
    /// </summary>
    public static bool TryParseDirection(string? value, [NotNullWhen(true)] out string? direction)
    {
        direction = IsDirection(value) ? value : null;
        return direction is not null;
    }

    /// <summary>The direction seen from the other participant: UPWARD and DOWNWARD swap, MUTUAL stays.</summary>
    public static string FlipDirection(string direction) => direction switch
    {
        Upward => Downward,
        Downward => Upward,
        Mutual => Mutual,
        _ => throw new ArgumentException($"Unknown direction '{direction}'.", nameof(direction)),
    };
}
