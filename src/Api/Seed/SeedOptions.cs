namespace MentorGraph.Api.Seed;

/// <summary>
/// What <c>mentorgraph seed</c> builds: the same options give the same data, byte for byte, in an empty
/// database. <see cref="Today"/> is the day the organisation is seen from: sessions before it have happened,
/// sessions from it on are scheduled.
/// </summary>
/// <param name="Seed">The one seed every random choice derives from.</param>
/// <param name="Today">The organisation's "today" (UTC); never after the real current date.</param>
/// <param name="Sessions">About how many sessions (regular ones; the rising topics add a few percent on top).</param>
/// <param name="People">How many people; null: <see cref="SeedSize.DefaultPeople"/> for the sessions asked for.</param>
/// <param name="RisingTopics">Topic ids (e.g. <c>EMERGING_TECH</c>) whose notes rise in the last four complete weeks.</param>
public sealed record SeedOptions(int Seed, DateOnly Today, int Sessions, int? People, IReadOnlyList<string> RisingTopics)
{
    public const int DefaultSeed = 1;

    public const int DefaultSessions = 3000;

    /// <summary>
    /// Generative AI and short-video social media: the two subjects executives of 2026 most ask their reverse
    /// mentors about, so the trend a demo shows is one its audience believes.
    /// </summary>
    public static readonly IReadOnlyList<string> DefaultRisingTopics = ["EMERGING_TECH", "SOCIAL_MEDIA"];

    /// <summary>The default options for a day: seed 1, about 3,000 sessions, the default rising topics.</summary>
    public static SeedOptions Default(DateOnly today) => new(DefaultSeed, today, DefaultSessions, null, DefaultRisingTopics);

    /// <summary>
    /// Store each note's generated label (topic, direction) as its effective label, as the classification of a model
    /// named <see cref="LabelModel"/> — so insights have data at once, without running the classifier. Off: the notes
    /// stay unclassified for the classification jobs.
    /// </summary>
    public bool Labels { get; init; }

    /// <summary>The model version written with the seed's labels (<c>session_notes.model_version</c>).</summary>
    public const string LabelModel = "seed";

    /// <summary>The sizes these options lead to.</summary>
    public SeedSize Size => SeedSize.For(Sessions, People);
}

/// <summary>How big the organisation is: derived from the sessions asked for, so one flag scales it all.</summary>
public sealed record SeedSize(int Sessions, int People, int Pairings)
{
    public const int MinimumSessions = 100;

    public const int MaximumSessions = 10_000_000;

    public const int MinimumPeople = 20;

    public const int MaximumPeople = 5_000_000;

    /// <summary>Sessions per pairing on average (3,000 sessions, 120 pairings), counting pairings that never met.</summary>
    public const int SessionsPerPairing = 25;

    /// <summary>Enough pairings that every status has one.</summary>
    public const int MinimumPairings = 14;

    /// <summary>2.5 people per pairing, at least 300: most people take part in one pairing, some in none, executives in several.</summary>
    public static int DefaultPeople(int sessions) => Math.Max(300, (int)Math.Min(MaximumPeople, Math.Round(PairingsFor(sessions) * 2.5)));

    /// <summary>The fewest people that can fill <paramref name="pairings"/> pairings: on average eight pairings a person.</summary>
    public static int FewestPeople(int pairings) => Math.Max(MinimumPeople, (pairings + 3) / 4);

    public static int PairingsFor(int sessions) => Math.Max(MinimumPairings, (int)Math.Round(sessions / (double)SessionsPerPairing));

    public static SeedSize For(int sessions, int? people)
    {
        var pairings = PairingsFor(sessions);
        return new SeedSize(sessions, people ?? DefaultPeople(sessions), pairings);
    }
}

/// <summary>Topic ids as the schema spells them (<c>SOCIAL_MEDIA</c>), in the taxonomy's order.</summary>
public static class SeedTopics
{
    public static IReadOnlyList<string> All { get; } = [.. Analytics.Taxonomy.Topics.Select(Analytics.Taxonomy.TopicEnumName)];

    /// <summary>The topic id of a topic written as its id or its slug; null for anything else.</summary>
    public static string? Parse(string text) =>
        Analytics.Taxonomy.TryParseTopic(text.Trim(), out var slug) ? Analytics.Taxonomy.TopicEnumName(slug) : null;
}
