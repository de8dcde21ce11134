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
        "min-df", "direction-min-df", "topic-roles", "block-norms", "balance",
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
        "  --min-df N, --direction-min-df N    drop features seen in fewer than N training notes\n" +
        "  --topic-roles on|off        whether the topic model sees role tokens\n" +
        "  --block-norms on|off        normalize word and character n-grams separately (topic model)\n" +
        "  --balance topic|direction|both|none  weight classes equally in training\n" +
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
        topicFeatures = WithNgrams(args, "word-ngrams", "char-ngrams", topicFeatures) with
        {
            MinDocumentFrequency = args.Int("min-df", 1, 1000) ?? topicFeatures.MinDocumentFrequency,
            ExcludeRoleTokens = OnOff(args, "topic-roles") is { } seesRoles ? !seesRoles : topicFeatures.ExcludeRoleTokens,
            SeparateBlockNorms = OnOff(args, "block-norms") ?? topicFeatures.SeparateBlockNorms,
        };
        directionFeatures = WithNgrams(args, "direction-word-ngrams", "direction-char-ngrams", directionFeatures) with
        {
            MinDocumentFrequency = args.Int("direction-min-df", 1, 1000) ?? directionFeatures.MinDocumentFrequency,
        };
        var balance = args.String("balance");
        if (balance is not (null or "topic" or "direction" or "both" or "none"))
        {
            throw new UsageException($"--balance must be topic, direction, both or none, not '{balance}'.");
        }

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
                BalanceClasses = balance is null ? d.TopicTrainer.BalanceClasses : balance is "topic" or "both",
            },
            DirectionTrainer = d.DirectionTrainer with
            {
                Seed = seed ?? d.DirectionTrainer.Seed,
                Epochs = args.Int("direction-epochs", 1, 1000) ?? d.DirectionTrainer.Epochs,
                Alpha = args.Double("direction-alpha", 1e-6, 100) ?? d.DirectionTrainer.Alpha,
                L1 = args.Double("direction-l1", 0, 100) ?? d.DirectionTrainer.L1,
                L2 = args.Double("direction-l2", 0, 1000) ?? d.DirectionTrainer.L2,
                BalanceClasses = balance is null ? d.DirectionTrainer.BalanceClasses : balance is "direction" or "both",
            },
            AugmentDirection = !args.Has("no-augment") && d.AugmentDirection,
        };
    }

    private static bool? OnOff(CommandArguments args, string name) => args.String(name) switch
    {
        null => null,
        "on" => true,
        "off" => false,
        var other => throw new UsageException($"--{name} must be on or off, not '{other}'."),
    };

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
