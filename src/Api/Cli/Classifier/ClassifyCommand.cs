using MentorGraph.Analytics.Classification;
using MentorGraph.Analytics.Records;

namespace MentorGraph.Api.Cli.Classifier;

/// <summary><c>mentorgraph classify [FILE]</c>: classifies JSON Lines notes from a file or stdin, one result line per record.</summary>
internal sealed class ClassifyCommand : ClassifierCommand
{
    public override string Name => "classify";

    public override string Summary => "Classifies session notes (JSON Lines from FILE or stdin): topic, direction, evidence.";

    protected override string Usage =>
        "Usage: mentorgraph classify [FILE|-] [options]\n" +
        "Reads {\"id\",\"text\",\"authorRole\":\"SENIOR\"|\"JUNIOR\",\"seniorName\",\"juniorName\"} per line from FILE (or stdin)\n" +
        "and writes one JSON line per record; an invalid record gives {\"id\",\"error\":{\"code\",\"message\"}} and the batch goes on.\n" +
        "Exit code 0 when every record was classified, 1 when some were rejected.\n" +
        ModelArguments.Help + "\n" +
        "  --evidence N                  evidence n-grams per model (default 3)\n" +
        "  --secondary-threshold P       list other topics with probability >= P (default 0.2)\n" +
        "  --topic-review-threshold P    needsReview when the topic's probability < P (default 0.45)\n" +
        "  --direction-review-threshold P  needsReview when the direction's probability < P (default 0.6)\n" +
        RecordLimitArguments.Help;

    protected override IReadOnlySet<string> ValueOptions { get; } = new HashSet<string>(
        ["model", "evidence", "secondary-threshold", "topic-review-threshold", "direction-review-threshold", .. RecordLimitArguments.Names]);

    protected override async Task<int> RunAsync(CliContext context, CommandArguments args)
    {
        if (args.Positional.Count > 1)
        {
            throw new UsageException("classify takes at most one input file.");
        }

        var defaults = new ClassifyOptions();
        var options = new ClassifyOptions
        {
            EvidencePerModel = args.Int("evidence", 0, 50) ?? defaults.EvidencePerModel,
            SecondaryTopicThreshold = (float)(args.Double("secondary-threshold", 0, 1) ?? defaults.SecondaryTopicThreshold),
            TopicReviewThreshold = (float)(args.Double("topic-review-threshold", 0, 1) ?? defaults.TopicReviewThreshold),
            DirectionReviewThreshold = (float)(args.Double("direction-review-threshold", 0, 1) ?? defaults.DirectionReviewThreshold),
        };
        var limits = RecordLimitArguments.Read(args);
        var path = args.Positional.Count == 1 && args.Positional[0] != "-" ? args.Positional[0] : null;

        using var file = path is null ? null : InputFiles.Open(path);
        var classifier = ModelArguments.Load(args);
        var summary = await BatchClassification.RunAsync(classifier, file ?? context.In, context.Out, options, limits);
        await context.Out.FlushAsync();
        await context.Error.WriteLineAsync($"classified {summary.Classified}, rejected {summary.Rejected}");
        return summary.Rejected == 0 ? 0 : 1;
    }
}
