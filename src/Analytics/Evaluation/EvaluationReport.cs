using System.Globalization;
using System.Text;

namespace MentorGraph.Analytics.Evaluation;

/// <summary>Formats evaluation results as a plain-text report (accuracy, macro-F1, per-class scores, confusion matrices).</summary>
public static class EvaluationReport
{
    public static string Format(EvaluationResult result, string title)
    {
        var text = new StringBuilder();
        text.AppendLine(title);
        text.AppendLine(Invariant($"notes: {result.Notes}"));
        text.AppendLine();
        AppendTask(text, "Topic", result.Topic, result.TopicMetrics);
        text.AppendLine();
        AppendTask(text, "Direction", result.Direction, result.DirectionMetrics);
        text.AppendLine();
        var review = result.Review;
        var share = result.Notes == 0 ? 0 : (double)review.Flagged / result.Notes;
        text.AppendLine(Invariant(
            $"needsReview: {review.Flagged} of {result.Notes} flagged ({share:P1}); both labels right in {review.FlaggedAccuracy:P1} of flagged, {review.UnflaggedAccuracy:P1} of unflagged"));
        return text.ToString();
    }

    public static string FormatCrossValidation(CrossValidationResult result, string title)
    {
        var text = new StringBuilder(Format(result.Pooled, title));
        text.AppendLine();
        text.AppendLine("Per fold: topic macro-F1 / direction accuracy");
        for (var i = 0; i < result.Folds.Count; i++)
        {
            var fold = result.Folds[i];
            text.AppendLine(Invariant($"  fold {i + 1}: {fold.Topic.MacroF1:F4} / {fold.Direction.Accuracy:F4}  ({fold.Notes} notes)"));
        }

        var topicF1 = result.Folds.Select(f => f.Topic.MacroF1).ToArray();
        var directionAccuracy = result.Folds.Select(f => f.Direction.Accuracy).ToArray();
        text.AppendLine(Invariant($"  mean:   {topicF1.Average():F4} ± {StandardDeviation(topicF1):F4} / {directionAccuracy.Average():F4} ± {StandardDeviation(directionAccuracy):F4}"));
        return text.ToString();
    }

    private static void AppendTask(StringBuilder text, string name, ConfusionMatrix matrix, MlNetMetrics predictions)
    {
        text.AppendLine(Invariant($"{name}: accuracy {matrix.Accuracy:F4}, macro-F1 {matrix.MacroF1:F4}"));
        if (predictions.Evaluate() is { } ml)
        {
            text.AppendLine(Invariant(
                $"  ML.NET: micro-accuracy {ml.MicroAccuracy:F4}, macro-accuracy {ml.MacroAccuracy:F4}, log-loss {ml.LogLoss:F4}, log-loss reduction {ml.LogLossReduction:F4}"));
        }

        var width = Math.Max(12, matrix.Labels.Max(l => l.Length) + 2);
        text.AppendLine(Invariant($"  {"class".PadRight(width)} precision  recall     F1  support"));
        foreach (var scores in matrix.PerClass())
        {
            text.AppendLine(Invariant(
                $"  {scores.Label.PadRight(width)} {scores.Precision,9:F4} {scores.Recall,7:F4} {scores.F1,6:F4} {scores.Support,8}"));
        }

        text.AppendLine(Invariant($"  confusion matrix (rows: true, columns: predicted):"));
        var columns = Enumerable.Range(0, matrix.Labels.Count).Select(i => Abbreviation(matrix.Labels[i])).ToArray();
        var cell = Math.Max(5, columns.Max(c => c.Length) + 1);
        text.Append("  ").Append("".PadRight(width));
        foreach (var column in columns)
        {
            text.Append(column.PadLeft(cell));
        }

        text.AppendLine();
        for (var actual = 0; actual < matrix.Labels.Count; actual++)
        {
            text.Append("  ").Append(matrix.Labels[actual].PadRight(width));
            for (var predicted = 0; predicted < matrix.Labels.Count; predicted++)
            {
                text.Append(matrix[actual, predicted].ToString(CultureInfo.InvariantCulture).PadLeft(cell));
            }

            text.AppendLine();
        }
    }

    /// <summary>A short column header: the initials of a slug ("digital-marketing" → "dm"), or the first four letters.</summary>
    private static string Abbreviation(string label)
    {
        var parts = label.Split('-');
        return parts.Length > 1 ? string.Concat(parts.Select(p => p[0])) : label[..Math.Min(4, label.Length)].ToLowerInvariant();
    }

    private static double StandardDeviation(IReadOnlyList<double> values)
    {
        if (values.Count < 2)
        {
            return 0;
        }

        var mean = values.Average();
        return Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / (values.Count - 1));
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
