using System.CommandLine;
using System.Globalization;
using MentorGraph.Analytics.Artifacts;
using MentorGraph.Analytics.Evaluation;
using MentorGraph.Analytics.Training;

namespace MentorGraph.Api.Cli.Classifier;

/// <summary><c>mentorgraph train --data FILE --out MODEL</c>: trains a classifier from labeled JSON Lines and saves it.</summary>
internal static class TrainCommand
{
    public static Command Create(CliContext context)
    {
        var data = CliOptions.Text("--data", "FILE", "Labeled notes (JSON Lines): the records of 'classify' plus \"topic\" and \"direction\"; invalid ones are reported on stderr and skipped.");
        data.Required = true;
        var output = CliOptions.Text("--out", "MODEL", "Where to write the model.");
        output.Required = true;
        var folds = CliOptions.Int("--cv", 2, 20, "First run grouped K-fold cross-validation and record its scores in the model.", "K");
        var training = new TrainingOptions();
        var limits = new RecordLimitOptions();
        var command = new Command("train", "Trains a note classifier from labeled JSON Lines and saves the model.") { data, output, folds };
        training.AddTo(command);
        limits.AddTo(command);
        command.SetAction(async (parsed, cancellationToken) =>
        {
            var options = training.Read(parsed);
            var notes = await LabeledInput.ReadAsync(context, parsed.GetValue(data)!, limits.Read(parsed));
            var outputPath = parsed.GetValue(output)!;
            var embedder = options.EmbeddingShare > 0 ? SentenceEncoders.Embedder(TrainingOptions.Encoder) : null;
            var (classifier, crossValidation) = TrainingRefusals.Guard(() => TerminalProgress.Run(context, "Training", progress => parsed.GetValue(folds) is { } k
                ? ClassifierTrainer.TrainWithCrossValidation(notes, options, k, embedder, progress)
                : (ClassifierTrainer.Train(notes, options, embedder, progress), null)));
            try
            {
                ModelPackage.Save(classifier, outputPath);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new CommandFailedException($"Cannot write model '{outputPath}': {e.Message}");
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

            await o.WriteLineAsync($"model written to {outputPath}");
            return ExitCodes.Success;
        });
        return command;
    }
}
