using System.Globalization;
using MentorGraph.Analytics.Artifacts;
using MentorGraph.Analytics.Evaluation;
using MentorGraph.Analytics.Training;

namespace MentorGraph.Api.Cli.Classifier;

/// <summary><c>mentorgraph train --data FILE --out MODEL</c>: trains a classifier from labeled JSON Lines and saves it.</summary>
internal sealed class TrainCommand : ClassifierCommand
{
    public override string Name => "train";

    public override string Summary => "Trains a note classifier from labeled JSON Lines and saves the model.";

    protected override string Usage =>
        "Usage: mentorgraph train --data FILE --out MODEL [--cv K] [options]\n" +
        "Records are those of 'classify' plus \"topic\" and \"direction\"; invalid ones are reported on stderr and skipped.\n" +
        "  --data FILE   labeled notes (JSON Lines)\n" +
        "  --out MODEL   where to write the model\n" +
        "  --cv K        first run grouped K-fold cross-validation and record its scores in the model\n" +
        TrainingArguments.Help + "\n" +
        RecordLimitArguments.Help;

    protected override IReadOnlySet<string> ValueOptions { get; } =
        new HashSet<string>(["data", "out", "cv", .. TrainingArguments.ValueNames, .. RecordLimitArguments.Names]);

    protected override IReadOnlySet<string> Flags { get; } = new HashSet<string>(TrainingArguments.FlagNames);

    protected override async Task<int> RunAsync(CliContext context, CommandArguments args)
    {
        var data = args.String("data") ?? throw new UsageException("--data FILE is required.");
        var output = args.String("out") ?? throw new UsageException("--out MODEL is required.");
        if (args.Positional.Count > 0)
        {
            throw new UsageException($"Unexpected argument '{args.Positional[0]}'.");
        }

        var options = TrainingArguments.Read(args);
        var folds = args.Int("cv", 2, 20);
        var notes = await LabeledInput.ReadAsync(context, data, RecordLimitArguments.Read(args));

        var (classifier, crossValidation) = folds is { } k
            ? ClassifierTrainer.TrainWithCrossValidation(notes, options, k)
            : (ClassifierTrainer.Train(notes, options), null);
        try
        {
            ModelArtifact.Save(classifier, output);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CommandFailedException($"Cannot write model '{output}': {e.Message}");
        }

        var metrics = classifier.Metadata.Metrics;
        var o = context.Out;
        await o.WriteLineAsync($"trained on {notes.Count} notes ({classifier.Metadata.DirectionExamples} direction examples)");
        await o.WriteLineAsync($"training set sha256 {classifier.Metadata.TrainingSetHash}");
        await o.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"training accuracy: topic {metrics.TrainingTopicAccuracy:F4}, direction {metrics.TrainingDirectionAccuracy:F4}"));
        if (crossValidation is not null)
        {
            await o.WriteLineAsync();
            await o.WriteAsync(EvaluationReport.FormatCrossValidation(crossValidation, $"{crossValidation.Folds.Count}-fold cross-validation (grouped)"));
        }

        await o.WriteLineAsync($"model written to {output}");
        return 0;
    }
}
