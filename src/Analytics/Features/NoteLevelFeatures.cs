namespace MentorGraph.Analytics.Features;

/// <summary>
/// The features that belong to the whole note rather than to words of one sentence: the flow feature
/// (<see cref="LearningFlow"/>) and the teaching-clause features (<see cref="TeachingClauses"/>). Each is a
/// named word feature (its name in brackets, so no word n-gram spells it) hashed into the word block, where,
/// like any hashed feature, it may share its bucket with an n-gram. An occurrence carries sentence <see cref="Sentence"/> and, as its start, the feature's index here,
/// which is how an explanation finds its name.
/// </summary>
internal static class NoteLevelFeatures
{
    /// <summary>The sentence index given to a note-level feature's occurrence (it belongs to no sentence).</summary>
    public const int Sentence = -1;

    public const int JuniorToSeniorOnly = 0;
    public const int SeniorToJuniorOnly = 1;
    public const int BothWays = 2;
    public const int SeniorTeaches = 3;
    public const int JuniorTeaches = 4;
    public const int TeachingSeniorOnly = 5;
    public const int TeachingJuniorOnly = 6;
    public const int TeachingBoth = 7;
    public const int JointTeaching = 8;
    public const int SameActByBoth = 9;

    /// <summary>The names, as evidence shows them; indexed by the constants above.</summary>
    public static readonly string[] Names =
    [
        "[junior→senior only]",
        "[senior→junior only]",
        "[both ways]",
        "[senior teaches]",
        "[junior teaches]",
        "[teaching: senior only]",
        "[teaching: junior only]",
        "[teaching: both]",
        "[teaching each other]",
        "[same act by both]",
    ];

    private static readonly ulong[] Keys = Names.Select(name => FeatureHashing.Extend(FeatureHashing.WordSeed, FeatureHashing.Word(name))).ToArray();

    /// <summary>
    /// The buckets of the teaching-clause features (from <see cref="SeniorTeaches"/> on) in a space of 2^<paramref name="bits"/>
    /// buckets. They say who taught whom, not what about: only the direction model reads them, so the topic model stays
    /// as it was without them (a word n-gram that shares a bucket with one is lost to the topic model, as it would be to a
    /// collision).
    /// </summary>
    public static int[] DirectionOnlyBuckets(int bits) =>
        Keys.Skip(SeniorTeaches).Select(key => FeatureHashing.WordBucket(key, bits)).Distinct().Order().ToArray();

    /// <summary>Whether <paramref name="ngram"/> is the name of a note-level feature (as evidence shows it).</summary>
    public static bool IsName(string ngram) => Array.IndexOf(Names, ngram) >= 0;

    /// <summary>Hands <paramref name="count"/> occurrences of feature <paramref name="feature"/> to the sink.</summary>
    public static void Add<TSink>(ref TSink sink, int feature, int count, int bits)
        where TSink : struct, IFeatureSink
    {
        var key = Keys[feature];
        var bucket = FeatureHashing.WordBucket(key, bits);
        for (var i = 0; i < count; i++)
        {
            sink.Add(bucket, key, Sentence, feature, 1);
        }
    }
}
