using MentorGraph.Analytics.Classification;
using MentorGraph.Analytics.DefaultModel;
using MentorGraph.Analytics.Features;
using MentorGraph.Analytics.Text;

namespace MentorGraph.Api.Cli.Classifier;

/// <summary>The options that override the default training settings; shared by train and evaluate --cv.</summary>
internal static class TrainingArguments
{
    public static readonly string[] ValueNames =
    [
        "seed", "epochs", "alpha", "l1", "l2", "direction-epochs", "direction-alpha", "direction-l1", "direction-l2",
        "hash-bits", "word-ngrams", "char-ngrams", "direction-word-ngrams", "direction-char-ngrams", "author-marker",
    ];

    public static readonly string[] FlagNames = ["map-they", "no-pronouns", "no-augment"];

    public const string Help =
        "  --seed N                    seed of the training order (default 20240601)\n" +
        "  --epochs N, --alpha X, --l1 X, --l2 X\n" +
        "                              FTRL settings of the topic model\n" +
        "  --direction-epochs N, --direction-alpha X, --direction-l1 X, --direction-l2 X\n" +
        "                              FTRL settings of the direction model\n" +
        "  --hash-bits N               size of the hashed feature space, 2^N (both models)\n" +
        "  --word-ngrams N             topic word n-grams 1..N (0 = none)\n" +
        "  --char-ngrams MIN-MAX       topic character n-grams (0 = none)\n" +
        "  --direction-word-ngrams N, --direction-char-ngrams MIN-MAX\n" +
        "  --author-marker none|note|sentence   where the author's role is marked\n" +
        "  --map-they                  map they/them to the other participant\n" +
        "  --no-pronouns               do not map he/she/him/her to the other participant\n" +
        "  --no-augment                no role-swapped copies for the direction model";

    public static ClassifierOptions Read(CommandArguments args)
    {
        var d = DefaultClassifierOptions.Value;
        var seed = args.UInt64("seed");
        var bits = args.Int("hash-bits", 10, 26);
        var topicFeatures = d.TopicFeatures with { HashBits = bits ?? d.TopicFeatures.HashBits };
        var directionFeatures = d.DirectionFeatures with { HashBits = bits ?? d.DirectionFeatures.HashBits };
        topicFeatures = WithNgrams(args, "word-ngrams", "char-ngrams", topicFeatures);
        directionFeatures = WithNgrams(args, "direction-word-ngrams", "direction-char-ngrams", directionFeatures);

        var roles = d.Roles with
        {
            MapTheyPronouns = args.Has("map-they") || d.Roles.MapTheyPronouns,
            MapThirdPersonPronouns = !args.Has("no-pronouns") && d.Roles.MapThirdPersonPronouns,
            AuthorMarker = args.String("author-marker") switch
            {
                null => d.Roles.AuthorMarker,
                "none" => AuthorMarkerPlacement.None,
                "note" => AuthorMarkerPlacement.NoteStart,
                "sentence" => AuthorMarkerPlacement.SentenceStart,
                var other => throw new UsageException($"--author-marker must be none, note or sentence, not '{other}'."),
            },
        };

        return d with
        {
            Roles = roles,
            TopicFeatures = topicFeatures,
            DirectionFeatures = directionFeatures,
            TopicTrainer = d.TopicTrainer with
            {
                Seed = seed ?? d.TopicTrainer.Seed,
                Epochs = args.Int("epochs", 1, 1000) ?? d.TopicTrainer.Epochs,
                Alpha = args.Double("alpha", 1e-6, 100) ?? d.TopicTrainer.Alpha,
                L1 = args.Double("l1", 0, 100) ?? d.TopicTrainer.L1,
                L2 = args.Double("l2", 0, 1000) ?? d.TopicTrainer.L2,
            },
            DirectionTrainer = d.DirectionTrainer with
            {
                Seed = seed ?? d.DirectionTrainer.Seed,
                Epochs = args.Int("direction-epochs", 1, 1000) ?? d.DirectionTrainer.Epochs,
                Alpha = args.Double("direction-alpha", 1e-6, 100) ?? d.DirectionTrainer.Alpha,
                L1 = args.Double("direction-l1", 0, 100) ?? d.DirectionTrainer.L1,
                L2 = args.Double("direction-l2", 0, 1000) ?? d.DirectionTrainer.L2,
            },
            AugmentDirection = !args.Has("no-augment") && d.AugmentDirection,
        };
    }

    private static FeatureOptions WithNgrams(
        CommandArguments args, string wordOption, string charOption, FeatureOptions features)
    {
        var result = features with { WordNgramMax = args.Int(wordOption, 0, 5) ?? features.WordNgramMax };
        var chars = args.String(charOption);
        if (chars is null)
        {
            return result;
        }

        if (chars == "0")
        {
            return result with { CharNgramMax = 0 };
        }

        var parts = chars.Split('-');
        if (parts.Length != 2 || !int.TryParse(parts[0], out var min) || !int.TryParse(parts[1], out var max) ||
            min < 1 || max < min || max > 8)
        {
            throw new UsageException($"--{charOption} must be MIN-MAX with 1 <= MIN <= MAX <= 8, or 0.");
        }

        return result with { CharNgramMin = min, CharNgramMax = max };
    }
}
