using MentorGraph.Analytics.Evaluation;

namespace MentorGraph.Analytics.Tests.Evaluation;

public class ConfusionMatrixTests
{
    [Fact]
    public void Scores_AreComputedFromCounts()
    {
        var matrix = new ConfusionMatrix(["a", "b", "c"]);
        // a: 3 right, 1 as b; b: 2 right; c: 1 as a (never predicted right).
        foreach (var (actual, predicted) in new[] { (0, 0), (0, 0), (0, 0), (0, 1), (1, 1), (1, 1), (2, 0) })
        {
            matrix.Add(actual, predicted);
        }

        Assert.Equal(5.0 / 7, matrix.Accuracy, 10);
        var scores = matrix.PerClass();
        Assert.Equal(0.75, scores[0].Precision, 10);
        Assert.Equal(0.75, scores[0].Recall, 10);
        Assert.Equal(2.0 / 3, scores[1].Precision, 10);
        Assert.Equal(1.0, scores[1].Recall, 10);
        Assert.Equal(0.8, scores[1].F1, 10);
        Assert.Equal(0.0, scores[2].F1);
        Assert.Equal((0.75 + 0.8 + 0) / 3, matrix.MacroF1, 10);
    }

    [Fact]
    public void MacroF1_IgnoresClassesWithoutSupport()
    {
        var matrix = new ConfusionMatrix(["a", "b", "c"]);
        matrix.Add(0, 0);
        matrix.Add(1, 1);
        Assert.Equal(1.0, matrix.MacroF1);
    }

    [Fact]
    public void Add_SumsMatricesOfTheSameLabels()
    {
        var a = new ConfusionMatrix(["x", "y"]);
        var b = new ConfusionMatrix(["x", "y"]);
        a.Add(0, 1);
        b.Add(0, 1);
        b.Add(1, 1);
        a.Add(b);
        Assert.Equal(2, a[0, 1]);
        Assert.Equal(3, a.Total);
        Assert.Throws<ArgumentException>(() => a.Add(new ConfusionMatrix(["x", "z"])));
    }
}
