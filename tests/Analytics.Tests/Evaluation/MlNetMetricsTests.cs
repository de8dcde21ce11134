using MentorGraph.Analytics.Evaluation;

namespace MentorGraph.Analytics.Tests.Evaluation;

public class MlNetMetricsTests
{
    [Fact]
    public void Evaluate_AgreesWithOurConfusionMatrixAndGivesLogLoss()
    {
        var metrics = new MlNetMetrics(3);
        var matrix = new ConfusionMatrix(["a", "b", "c"]);
        (int Label, float[] P)[] predictions =
        [
            (0, [0.7f, 0.2f, 0.1f]), (0, [0.2f, 0.6f, 0.2f]), (1, [0.1f, 0.8f, 0.1f]), (2, [0.1f, 0.1f, 0.8f]), (2, [0.5f, 0.1f, 0.4f]),
        ];
        foreach (var (label, p) in predictions)
        {
            metrics.Add(label, p);
            matrix.Add(label, Array.IndexOf(p, p.Max()));
        }

        var ml = metrics.Evaluate()!;

        Assert.Equal(matrix.Accuracy, ml.MicroAccuracy, 6);
        Assert.Equal(predictions.Average(p => -Math.Log(p.P[p.Label])), ml.LogLoss, 4);
        Assert.Equal(matrix[2, 0], (int)ml.ConfusionMatrix.Counts[2][0]);
    }

    [Fact]
    public void Evaluate_NoPredictions_IsNull()
    {
        Assert.Null(new MlNetMetrics(3).Evaluate());
    }

    [Fact]
    public void Report_ShowsMlNetsMetricsForEachTask()
    {
        var result = Evaluator.Evaluate(SharedClassifier.Tiny, TestNotes.Tiny());

        var report = EvaluationReport.Format(result, "tiny");

        Assert.Equal(2, report.Split("ML.NET: micro-accuracy").Length - 1);
        Assert.Contains("log-loss reduction", report);
    }
}
