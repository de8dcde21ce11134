namespace MentorGraph.Analytics;

/// <summary>The label sets of the note classifier, as defined in the shared TAXONOMY.md.</summary>
public static class Taxonomy
{
    /// <summary>The twelve topic slugs, in a fixed order (the order of the topic model's classes).</summary>
    public static IReadOnlyList<string> Topics { get; } =
    [
        "social-media",
        "digital-marketing",
        "emerging-tech",
        "data-analytics",
        "customer-insight",
        "competitive-landscape",
        "business-fundamentals",
        "leadership",
        "communication",
        "career-growth",
        "workplace-culture",
        "productivity-tools",
    ];

    /// <summary>The directions of learning, in a fixed order (the order of the direction model's classes).</summary>
    public static IReadOnlyList<string> Directions { get; } = ["UPWARD", "DOWNWARD", "MUTUAL"];

    public const string Upward = "UPWARD";
    public const string Downward = "DOWNWARD";
    public const string Mutual = "MUTUAL";

    public static bool IsTopic(string? value) => value is not null && Topics.Contains(value);

    public static bool IsDirection(string? value) => value is not null && Directions.Contains(value);

    /// <summary>The direction seen from the other participant: UPWARD and DOWNWARD swap, MUTUAL stays.</summary>
    public static string FlipDirection(string direction) => direction switch
    {
        Upward => Downward,
        Downward => Upward,
        Mutual => Mutual,
        _ => throw new ArgumentException($"Unknown direction '{direction}'.", nameof(direction)),
    };
}
