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
        "hash-bits", "word-ngrams", "char-ngrams", "author-marker", "min-df", "char-share", "direction-char-share",
        "balance", "augment-weight", "flow",
    ];

    public static readonly string[] FlagNames = ["map-they", "no-pronouns", "no-augment", "stem", "sentence-dropout"];

    public const string Help =
        "  --seed N                    seed of the training order (default 20240601)\n" +
        "  --epochs N, --alpha X, --l1 X, --l2 X\n" +
        "                              FTRL settings of the topic model\n" +
        "  --direction-epochs N, --direction-alpha X, --direction-l1 X, --direction-l2 X\n" +
        "                              FTRL settings of the direction model\n" +
        "  The two models read the same features of a note:\n" +
        "  --hash-bits N               size of the hashed feature space, 2^N\n" +
        "  --word-ngrams N             word n-grams 1..N (0 = none)\n" +
        "  --char-ngrams MIN-MAX       character n-grams (0 = none)\n" +
        "  --min-df N                  drop features seen in fewer than N training notes\n" +
        "  --stem                      light stemming of words in the word n-grams\n" +
        "  --flow on|off               one feature for the way the participants follow each other\n" +
        "  --char-share S|none         topic model: character n-grams' share of the vector's squared norm, 0..1\n" +
        "                              (words get the rest; none = one norm over all)\n" +
        "  --direction-char-share S|none   the same for the direction model\n" +
        "  --balance topic|direction|both|none  weight classes equally in training\n" +
        "  --author-marker none|note|sentence   where the author's role is marked\n" +
        "  --map-they                  map they/them to the other participant\n" +
        "  --no-pronouns               do not map he/she/him/her to the other participant\n" +
        "  --no-augment                no role-swapped copies for the direction model\n" +
        "  --sentence-dropout          add a copy of each note without one sentence to the topic training set\n" +
        "  --augment-weight W          weight of each role-swapped copy in (0, 1]";

    public static ClassifierOptions Read(CommandArguments args)
    {
        var d = DefaultClassifierOptions.Value;
        var seed = args.UInt64("seed");
        var bits = args.Int("hash-bits", 10, 26);
        var features = WithNgrams(args, "word-ngrams", "char-ngrams", d.Features) with
        {
            HashBits = bits ?? d.Features.HashBits,
            MinDocumentFrequency = args.Int("min-df", 1, 1000) ?? d.Features.MinDocumentFrequency,
            Stem = args.Has("stem") || d.Features.Stem,
            FlowFeature = OnOff(args, "flow") ?? d.Features.FlowFeature,
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
            Features = features,
            TopicCharShare = Share(args, "char-share", d.TopicCharShare),
            DirectionCharShare = Share(args, "direction-char-share", d.DirectionCharShare),
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
            AugmentationWeight = args.Double("augment-weight", 0.001, 1) ?? d.AugmentationWeight,
            TopicSentenceDropout = args.Has("sentence-dropout") || d.TopicSentenceDropout,
        };
    }

    private static bool? OnOff(CommandArguments args, string name) => args.String(name) switch
    {
        null => null,
        "on" => true,
        "off" => false,
        var other => throw new UsageException($"--{name} must be on or off, not '{other}'."),
    };

    private static double? Share(CommandArguments args, string name, double? fallback)
    {
        var text = args.String(name);
        if (text is null)
        {
            return fallback;
        }

        if (text == "none")
        {
            return null;
        }

        return double.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var share) && share is >= 0 and <= 1
            ? share
            : throw new UsageException($"--{name} must be a number from 0 to 1, or none, not '{text}'.");
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
