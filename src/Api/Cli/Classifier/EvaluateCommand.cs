using System.CommandLine;
using MentorGraph.Analytics.DefaultModel;
using MentorGraph.Analytics.Evaluation;

namespace MentorGraph.Api.Cli.Classifier;

/// <summary>
/// <c>mentorgraph evaluate --data FILE</c>: scores a model on labeled notes it did not train on; with
/// <c>--cv K</c>, runs grouped K-fold cross-validation on FILE (or on the built-in corpus with <c>--corpus</c>).
/// </summary>
internal static class EvaluateCommand
{
    public static Command Create(CliContext context)
    {
        var data = CliOptions.Text("--data", "FILE", "Labeled notes (JSON Lines); invalid records are reported on stderr and skipped.");
        var corpus = CliOptions.Flag("--corpus", "With --cv: cross-validate on the built-in training corpus.");
        var folds = CliOptions.Int("--cv", 2, 20, "Grouped K-fold cross-validation instead of scoring a trained model.", "K");
        var model = ModelOption.Create();
        var training = new TrainingOptions();
        var limits = new RecordLimitOptions();
        var command = new Command("evaluate", "Scores a model on labeled notes, or cross-validates training settings (--cv).")
        {
            data, corpus, folds, model,
        };
        training.AddTo(command);
        limits.AddTo(command);
        command.Validators.Add(result =>
        {
            var hasData = result.GetResult(data) is not null;
            var hasCorpus = result.GetValue(corpus);
            var hasFolds = result.GetResult(folds) is not null;
            if (hasData == hasCorpus)
            {
                result.AddError("Give exactly one of --data FILE or --corpus.");
            }
            else if (hasCorpus && !hasFolds)
            {
                result.AddError("--corpus is only for --cv: the built-in model was trained on it.");
            }
            else if (hasFolds && result.GetResult(model) is not null)
            {
                result.AddError("--cv trains its own models; it cannot be combined with --model.");
            }
        });
        command.SetAction(async (parsed, cancellationToken) =>
        {
            var path = parsed.GetValue(data);
            var notes = path is null ? EmbeddedCorpus.Read() : await LabeledInput.ReadAsync(context, path, limits.Read(parsed));
            var source = path ?? "built-in corpus";
            if (parsed.GetValue(folds) is { } k)
            {
                var options = training.Read(parsed);
                var embedder = options.EmbeddingShare > 0 ? SentenceEncoders.Embedder(TrainingOptions.Encoder) : null;
                var result = TrainingRefusals.Guard(() => TerminalProgress.Run(context, $"{k}-fold cross-validation",
                    progress => CrossValidation.Run(notes, options, k, embedder, progress)));
                await context.Out.WriteAsync(EvaluationReport.FormatCrossValidation(result, $"{k}-fold cross-validation (grouped) on {source}"));
                return ExitCodes.Success;
            }

            var classifier = ModelOption.Load(context, parsed.GetValue(model));
            var evaluation = Evaluator.Evaluate(classifier, notes);
            await context.Out.WriteAsync(EvaluationReport.Format(evaluation, $"evaluation on {source}"));
            return ExitCodes.Success;
        });
        return command;
    }
}
