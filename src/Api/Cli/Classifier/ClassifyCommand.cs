using System.CommandLine;
using MentorGraph.Analytics.Classification;
using MentorGraph.Analytics.Records;

namespace MentorGraph.Api.Cli.Classifier;

/// <summary><c>mentorgraph classify [FILE|-]</c>: classifies JSON Lines notes from a file or stdin, one result line per record.</summary>
internal static class ClassifyCommand
{
    public static Command Create(CliContext context)
    {
        var defaults = new ClassifyOptions();
        var input = CliOptions.File("FILE",
            "JSON Lines notes, one {\"id\",\"text\",\"authorRole\":\"SENIOR\"|\"JUNIOR\",\"seniorName\",\"juniorName\"} per line; '-' or none reads standard input. " +
            "Each gives one output line; an invalid one gives {\"id\",\"error\":{\"code\",\"field\",\"message\"}} and the batch goes on (exit code 1 at the end).",
            required: false);
        var model = ModelOption.Create();
        var evidence = CliOptions.Int("--evidence", 0, 50, $"Evidence n-grams per model (default {defaults.EvidencePerModel}).");
        var secondary = CliOptions.Number("--secondary-threshold", 0, 1, $"List other topics with probability >= P (default {defaults.SecondaryTopicThreshold}).", "P");
        var topicReview = CliOptions.Number("--topic-review-threshold", 0, 1, $"needsReview when the topic's probability < P (default {defaults.TopicReviewThreshold}).", "P");
        var directionReview = CliOptions.Number("--direction-review-threshold", 0, 1, $"needsReview when the direction's probability < P (default {defaults.DirectionReviewThreshold}).", "P");
        var limits = new RecordLimitOptions();
        var command = new Command("classify", "Classifies session notes (JSON Lines): topic, direction, evidence.")
        {
            input, model, evidence, secondary, topicReview, directionReview,
        };
        limits.AddTo(command);
        command.SetAction(async (parsed, cancellationToken) =>
        {
            var options = new ClassifyOptions
            {
                EvidencePerModel = parsed.GetValue(evidence) ?? defaults.EvidencePerModel,
                SecondaryTopicThreshold = (float)(parsed.GetValue(secondary) ?? defaults.SecondaryTopicThreshold),
                TopicReviewThreshold = (float)(parsed.GetValue(topicReview) ?? defaults.TopicReviewThreshold),
                DirectionReviewThreshold = (float)(parsed.GetValue(directionReview) ?? defaults.DirectionReviewThreshold),
            };
            var path = parsed.GetValue(input) is { } file && file != "-" ? file : null;

            using var reader = path is null ? null : InputFiles.Open(path);
            var classifier = ModelOption.Load(context, parsed.GetValue(model));
            var summary = await BatchClassification.RunAsync(classifier, reader ?? context.In, context.Out, options, limits.Read(parsed));
            await context.Out.FlushAsync(cancellationToken);
            await context.Error.WriteLineAsync($"classified {summary.Classified}, rejected {summary.Rejected}");
            return summary.Rejected == 0 ? ExitCodes.Success : ExitCodes.Failed;
        });
        return command;
    }
}
