using System.CommandLine;
using System.Globalization;
using MentorGraph.Analytics.Classification;
using MentorGraph.Analytics.DefaultModel;
using MentorGraph.Analytics.Features;
using MentorGraph.Analytics.Text;

namespace MentorGraph.Api.Cli.Classifier;

/// <summary>The options that override the default training settings; shared by train and evaluate --cv.</summary>
internal sealed class TrainingOptions
{
    private readonly Option<ulong?> _seed = CliOptions.UInt64("--seed", "Seed of ML.NET, sentence dropout and the cross-validation folds (default 20240601).");
    private readonly Option<double?> _l1 = CliOptions.Number("--l1", 0, 100, "L-BFGS L1 of the topic model over n-grams (default 0).");
    private readonly Option<double?> _l2 = CliOptions.Number("--l2", 0, 1000, "L-BFGS L2 of the topic model over n-grams (default 1e-4).");
    private readonly Option<double?> _directionL1 = CliOptions.Number("--direction-l1", 0, 100, "L-BFGS L1 of the direction model (default 0).");
    private readonly Option<double?> _directionL2 = CliOptions.Number("--direction-l2", 0, 1000, "L-BFGS L2 of the direction model (default 1e-4).");
    private readonly Option<double?> _embeddingL2 = CliOptions.Number("--embedding-l2", 0, 1000, "L-BFGS L2 of the topic model over sentence embeddings (default 0.1).");
    private readonly Option<double?> _embeddingShare = CliOptions.Number("--embedding-share", 0, 0.99, "The embedding topic model's share of the topic probabilities (default 0.6; 0 = n-grams only, no sentence encoder).", "S");
    private readonly Option<string?> _topicMixing = CliOptions.Choice("--topic-mixing",
        "How the two topic models' probabilities are combined: arithmetic (a weighted average) or geometric (of the log-probabilities).", "arithmetic", "geometric");
    private readonly Option<double?> _tolerance = CliOptions.Number("--tolerance", 1e-12, 0.1, "L-BFGS stops when the loss improves by less than this (default 1e-6).");
    private readonly Option<int?> _hashBits = CliOptions.Int("--hash-bits", 10, 26, "Size of the hashed feature space, 2^N (both models read the same features).");
    private readonly Option<int?> _wordNgrams = CliOptions.Int("--word-ngrams", 0, 5, "Word n-grams 1..N (0 = none).");
    private readonly Option<string?> _charNgrams = CharNgrams();
    private readonly Option<int?> _minDf = CliOptions.Int("--min-df", 1, 1000, "Drop features seen in fewer than N training notes.");
    private readonly Option<bool> _stem = CliOptions.Flag("--stem", "Light stemming of words in the word n-grams.");
    private readonly Option<string?> _flow = CliOptions.Choice("--flow", "One feature for the way the participants follow each other.", "on", "off");
    private readonly Option<string?> _teachingClauses = CliOptions.Choice("--teaching-clauses",
        "Features for who teaches in each clause, and whether both participants do.", "on", "off");
    private readonly Option<double?> _charShare = Share("--char-share", "Topic model: character n-grams' share of the vector's squared norm, 0..1 (words get the rest; none = one norm over all).");
    private readonly Option<double?> _directionCharShare = Share("--direction-char-share", "The same for the direction model.");
    private readonly Option<string?> _balance = CliOptions.Choice("--balance", "Weight classes equally in training.", "topic", "direction", "both", "none");
    private readonly Option<string?> _authorMarker = CliOptions.Choice("--author-marker", "Where the author's role is marked.", "none", "note", "sentence");
    private readonly Option<bool> _mapThey = CliOptions.Flag("--map-they", "Map they/them to the other participant.");
    private readonly Option<bool> _noPronouns = CliOptions.Flag("--no-pronouns", "Do not map he/she/him/her to the other participant.");
    private readonly Option<bool> _noAugment = CliOptions.Flag("--no-augment", "No role-swapped copies for the direction model.");
    private readonly Option<bool> _sentenceDropout = CliOptions.Flag("--sentence-dropout", "Add a copy of each note without one sentence to the topic training set.");
    private readonly Option<double?> _augmentWeight = CliOptions.Number("--augment-weight", 0.001, 1, "Weight of each role-swapped copy, in (0, 1].", "W");

    /// <summary>The sentinel <see cref="Share"/> returns for "none".</summary>
    private const double NoShare = -1;

    public void AddTo(Command command)
    {
        foreach (var option in new Option[]
                 {
                     _seed, _l1, _l2, _directionL1, _directionL2, _embeddingL2, _embeddingShare, _topicMixing, _tolerance, _hashBits,
                     _wordNgrams, _charNgrams, _minDf, _stem, _flow, _teachingClauses, _charShare, _directionCharShare, _balance, _authorMarker,
                     _mapThey, _noPronouns, _noAugment, _sentenceDropout, _augmentWeight,
                 })
        {
            command.Options.Add(option);
        }
    }

    public ClassifierOptions Read(ParseResult parsed)
    {
        var d = DefaultClassifierOptions.Value;
        var seed = parsed.GetValue(_seed);
        var features = d.Features with
        {
            HashBits = parsed.GetValue(_hashBits) ?? d.Features.HashBits,
            WordNgramMax = parsed.GetValue(_wordNgrams) ?? d.Features.WordNgramMax,
            MinDocumentFrequency = parsed.GetValue(_minDf) ?? d.Features.MinDocumentFrequency,
            Stem = parsed.GetValue(_stem) || d.Features.Stem,
            FlowFeature = parsed.GetValue(_flow) is { } flow ? flow == "on" : d.Features.FlowFeature,
            TeachingClauses = parsed.GetValue(_teachingClauses) is { } teaching ? teaching == "on" : d.Features.TeachingClauses,
        };
        if (parsed.GetValue(_charNgrams) is { } chars)
        {
            features = chars == "0"
                ? features with { CharNgramMax = 0 }
                : features with { CharNgramMin = int.Parse(chars.Split('-')[0], CultureInfo.InvariantCulture), CharNgramMax = int.Parse(chars.Split('-')[1], CultureInfo.InvariantCulture) };
        }

        var balance = parsed.GetValue(_balance);
        var roles = d.Roles with
        {
            MapTheyPronouns = parsed.GetValue(_mapThey) || d.Roles.MapTheyPronouns,
            MapThirdPersonPronouns = !parsed.GetValue(_noPronouns) && d.Roles.MapThirdPersonPronouns,
            AuthorMarker = parsed.GetValue(_authorMarker) switch
            {
                "none" => AuthorMarkerPlacement.None,
                "note" => AuthorMarkerPlacement.NoteStart,
                "sentence" => AuthorMarkerPlacement.SentenceStart,
                _ => d.Roles.AuthorMarker,
            },
        };

        return d with
        {
            Roles = roles,
            Features = features,
            TopicCharShare = ReadShare(parsed, _charShare, d.TopicCharShare),
            DirectionCharShare = ReadShare(parsed, _directionCharShare, d.DirectionCharShare),
            Seed = seed ?? d.Seed,
            TopicTrainer = d.TopicTrainer with
            {
                L1 = (float)(parsed.GetValue(_l1) ?? d.TopicTrainer.L1),
                L2 = (float)(parsed.GetValue(_l2) ?? d.TopicTrainer.L2),
                Tolerance = (float)(parsed.GetValue(_tolerance) ?? d.TopicTrainer.Tolerance),
                BalanceClasses = balance is null ? d.TopicTrainer.BalanceClasses : balance is "topic" or "both",
            },
            DirectionTrainer = d.DirectionTrainer with
            {
                L1 = (float)(parsed.GetValue(_directionL1) ?? d.DirectionTrainer.L1),
                L2 = (float)(parsed.GetValue(_directionL2) ?? d.DirectionTrainer.L2),
                Tolerance = (float)(parsed.GetValue(_tolerance) ?? d.DirectionTrainer.Tolerance),
                BalanceClasses = balance is null ? d.DirectionTrainer.BalanceClasses : balance is "direction" or "both",
            },
            EmbeddingTrainer = d.EmbeddingTrainer with
            {
                L2 = (float)(parsed.GetValue(_embeddingL2) ?? d.EmbeddingTrainer.L2),
                Tolerance = (float)(parsed.GetValue(_tolerance) ?? d.EmbeddingTrainer.Tolerance),
            },
            EmbeddingShare = parsed.GetValue(_embeddingShare) ?? d.EmbeddingShare,
            TopicMixing = parsed.GetValue(_topicMixing) switch
            {
                "arithmetic" => ProbabilityMixing.Arithmetic,
                "geometric" => ProbabilityMixing.Geometric,
                _ => d.TopicMixing,
            },
            AugmentDirection = !parsed.GetValue(_noAugment) && d.AugmentDirection,
            AugmentationWeight = parsed.GetValue(_augmentWeight) ?? d.AugmentationWeight,
            TopicSentenceDropout = parsed.GetValue(_sentenceDropout) || d.TopicSentenceDropout,
        };
    }

    /// <summary>The sentence encoder of the embedding topic model (used only when the embedding share is above 0).</summary>
    public static string Encoder => DefaultClassifierOptions.EmbeddingModel;

    private static double? ReadShare(ParseResult parsed, Option<double?> option, double? fallback) =>
        parsed.GetValue(option) switch
        {
            null => fallback,
            NoShare => null,
            var share => share,
        };

    private static Option<double?> Share(string name, string description) => new(name)
    {
        Description = description,
        HelpName = "S|none",
        CustomParser = result =>
        {
            var text = result.Tokens[0].Value;
            if (text == "none")
            {
                return NoShare;
            }

            if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var share) && share is >= 0 and <= 1)
            {
                return share;
            }

            result.AddError($"{name} must be a number from 0 to 1, or none, not '{text}'.");
            return null;
        },
    };

    private static Option<string?> CharNgrams() => new("--char-ngrams")
    {
        Description = "Character n-grams MIN-MAX (0 = none).",
        HelpName = "MIN-MAX",
        CustomParser = result =>
        {
            var text = result.Tokens[0].Value;
            if (text == "0")
            {
                return text;
            }

            var parts = text.Split('-');
            if (parts.Length == 2
                && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var min)
                && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var max)
                && min >= 1 && max >= min && max <= 8)
            {
                return text;
            }

            result.AddError("--char-ngrams must be MIN-MAX with 1 <= MIN <= MAX <= 8, or 0, not '" + text + "'.");
            return null;
        },
    };
}
