using System.Diagnostics.CodeAnalysis;

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

    // Each topic by its slug and by its enum name, both as written (ordinal, case-sensitive).
    private static readonly Dictionary<string, string> TopicsByInputName =
        Topics.SelectMany(slug => new[] { (Name: slug, Slug: slug), (Name: TopicEnumName(slug), Slug: slug) })
            .ToDictionary(t => t.Name, t => t.Slug, StringComparer.Ordinal);

    public static bool IsTopic(string? value) => value is not null && Topics.Contains(value);

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
