using MentorGraph.Persistence.Entities;

namespace MentorGraph.Api.Seed;

/// <summary>
/// How each of the 12 topics behaves in the organisation: how often it comes up, which way the learning
/// usually goes (reverse mentoring: juniors teach social media and new tools; seniors teach the business and
/// leading people), and who can teach it by band. The weights are relative; they shape a believable mix,
/// nothing depends on their exact values.
/// </summary>
public sealed record TopicProfile(string Topic, double Weight, double Upward, double Downward, double Mutual, double JuniorTeaches, double SeniorTeaches)
{
    /// <summary>The direction weights (UPWARD, DOWNWARD, MUTUAL), in <see cref="NoteDirection"/> order.</summary>
    public double DirectionWeight(NoteDirection direction) => direction switch
    {
        NoteDirection.Upward => Upward,
        NoteDirection.Downward => Downward,
        _ => Mutual,
    };
}

public static class TopicProfiles
{
    /// <summary>In the taxonomy's order (<see cref="SeedTopics.All"/>).</summary>
    public static IReadOnlyList<TopicProfile> All { get; } =
    [
        new("SOCIAL_MEDIA", 1.0, 0.78, 0.12, 0.10, 0.9, 0.1),
        new("DIGITAL_MARKETING", 0.8, 0.45, 0.35, 0.20, 0.5, 0.25),
        new("EMERGING_TECH", 1.0, 0.78, 0.07, 0.15, 0.85, 0.1),
        new("DATA_ANALYTICS", 0.9, 0.35, 0.45, 0.20, 0.45, 0.35),
        new("CUSTOMER_INSIGHT", 0.9, 0.45, 0.35, 0.20, 0.6, 0.3),
        new("COMPETITIVE_LANDSCAPE", 0.75, 0.25, 0.55, 0.20, 0.2, 0.55),
        new("BUSINESS_FUNDAMENTALS", 1.1, 0.05, 0.85, 0.10, 0.02, 0.8),
        new("LEADERSHIP", 1.1, 0.06, 0.84, 0.10, 0.02, 0.8),
        new("COMMUNICATION", 0.95, 0.18, 0.62, 0.20, 0.1, 0.55),
        new("CAREER_GROWTH", 1.0, 0.03, 0.89, 0.08, 0.02, 0.65),
        new("WORKPLACE_CULTURE", 0.9, 0.25, 0.35, 0.40, 0.4, 0.35),
        new("PRODUCTIVITY_TOOLS", 1.0, 0.80, 0.08, 0.12, 0.75, 0.08),
    ];

    private static readonly Dictionary<string, TopicProfile> ByTopic = All.ToDictionary(p => p.Topic, StringComparer.Ordinal);

    public static TopicProfile Of(string topic) => ByTopic[topic];

    /// <summary>Topics a department's people know better than most (they teach and are asked about them more).</summary>
    public static IReadOnlyList<string> DepartmentStrengths(string department) => department switch
    {
        "Engineering" => ["EMERGING_TECH", "PRODUCTIVITY_TOOLS", "DATA_ANALYTICS"],
        "Product" => ["CUSTOMER_INSIGHT", "DATA_ANALYTICS", "EMERGING_TECH"],
        "Marketing" => ["DIGITAL_MARKETING", "SOCIAL_MEDIA", "CUSTOMER_INSIGHT"],
        "Sales" => ["COMPETITIVE_LANDSCAPE", "CUSTOMER_INSIGHT", "COMMUNICATION"],
        "Finance" => ["BUSINESS_FUNDAMENTALS", "DATA_ANALYTICS"],
        "Operations" => ["PRODUCTIVITY_TOOLS", "BUSINESS_FUNDAMENTALS", "LEADERSHIP"],
        "People & Culture" => ["WORKPLACE_CULTURE", "CAREER_GROWTH", "COMMUNICATION"],
        "Customer Success" => ["CUSTOMER_INSIGHT", "COMMUNICATION", "SOCIAL_MEDIA"],
        _ => [],
    };

    /// <summary>How likely someone of <paramref name="band"/> can teach <paramref name="profile"/>'s topic.</summary>
    public static double TeachWeight(TopicProfile profile, Band band) => band switch
    {
        Band.Junior => profile.JuniorTeaches,
        Band.Mid => (profile.JuniorTeaches + profile.SeniorTeaches) / 2 + 0.05,
        Band.Senior => profile.SeniorTeaches,
        _ => profile.SeniorTeaches * 1.1 + (profile.JuniorTeaches > 0.5 ? -0.05 : 0),
    };

    /// <summary>How likely someone of <paramref name="band"/> wants to learn the topic: what the other side teaches.</summary>
    public static double LearnWeight(TopicProfile profile, Band band) => band switch
    {
        Band.Junior => profile.SeniorTeaches,
        Band.Mid => Math.Max(profile.SeniorTeaches, profile.JuniorTeaches * 0.6),
        _ => profile.JuniorTeaches,
    };
}
