using MentorGraph.Analytics.DefaultModel;
using MentorGraph.Analytics.Evaluation;

namespace MentorGraph.Api.Cli.Classifier;

/// <summary>
/// <c>mentorgraph evaluate --data FILE</c>: scores a model on labeled notes it did not train on; with
/// <c>--cv K</c>, runs grouped K-fold cross-validation on FILE (or on the built-in corpus with <c>--corpus</c>).
/// </summary>
internal sealed class EvaluateCommand : ClassifierCommand
{
    public override string Name => "evaluate";

    public override string Summary => "Scores a model on labeled notes: accuracy, macro-F1, per-class P/R/F1, confusion matrices.";

    protected override string Usage =>
        "Usage: mentorgraph evaluate --data FILE [--model MODEL]\n" +
        "       mentorgraph evaluate (--data FILE | --corpus) --cv K [training options]\n" +
        "  --data FILE   labeled notes (JSON Lines); invalid records are reported on stderr and skipped\n" +
        "  --corpus      with --cv: the built-in training corpus\n" +
        "  --cv K        grouped K-fold cross-validation instead of scoring a trained model\n" +
        ModelArguments.Help + "\n" +
        TrainingArguments.Help + "\n" +
        RecordLimitArguments.Help;

    protected override IReadOnlySet<string> ValueOptions { get; } =
        new HashSet<string>(["data", "model", "cv", .. TrainingArguments.ValueNames, .. RecordLimitArguments.Names]);

    protected override IReadOnlySet<string> Flags { get; } = new HashSet<string>(["corpus", .. TrainingArguments.FlagNames]);

    protected override async Task<int> RunAsync(CliContext context, CommandArguments args)
    {
        if (args.Positional.Count > 0)
        {
            throw new UsageException($"Unexpected argument '{args.Positional[0]}'.");
        }

        var data = args.String("data");
        var folds = args.Int("cv", 2, 20);
        if (data is null == !args.Has("corpus"))
        {
            throw new UsageException("Give exactly one of --data FILE or --corpus.");
        }

        if (args.Has("corpus") && folds is null)
        {
            throw new UsageException("--corpus is only for --cv: the built-in model was trained on it.");
        }

        if (folds is not null && args.Has("model"))
        {
            throw new UsageException("--cv trains its own models; it cannot be combined with --model.");
        }

        var limits = RecordLimitArguments.Read(args);
        var notes = data is null ? EmbeddedCorpus.Read() : await LabeledInput.ReadAsync(context, data, limits);
        var source = data ?? "built-in corpus";
        if (folds is { } k)
        {
            var options = TrainingArguments.Read(args);
            var result = CrossValidation.Run(notes, options, k, options.TopicTrainer.Seed);
            await context.Out.WriteAsync(EvaluationReport.FormatCrossValidation(result, $"{k}-fold cross-validation (grouped) on {source}"));
            return 0;
        }

        var classifier = ModelArguments.Load(args);
        var evaluation = Evaluator.Evaluate(classifier, notes);
        await context.Out.WriteAsync(EvaluationReport.Format(evaluation, $"evaluation on {source}"));
        return 0;
    }
}
