using MentorGraph.Analytics.Training;

namespace MentorGraph.Analytics.Tests.Training;

public class ProgressPartTests
{
    [Fact]
    public void Report_MapsTheFractionIntoThePartAndPrefixesTheStage()
    {
        var whole = new RecordingProgress();
        var part = ProgressPart.Of(whole, 0.25, 0.75, "fold 2/4")!;

        part.Report(new TrainingProgress("topic model, epoch 1/2", 0));
        part.Report(new TrainingProgress("topic model, epoch 2/2", 0.5));
        part.Report(new TrainingProgress("direction model, epoch 1/1", 1));

        Assert.Equal(
            [new("fold 2/4, topic model, epoch 1/2", 0.25), new("fold 2/4, topic model, epoch 2/2", 0.5), new TrainingProgress("fold 2/4, direction model, epoch 1/1", 0.75)],
            whole.Reports);
    }

    [Fact]
    public void Report_ConsecutivePartsOfThirds_NeverGoBack()
    {
        var whole = new RecordingProgress();
        for (var i = 0; i < 3; i++)
        {
            var part = ProgressPart.Of(whole, (double)i / 3, (double)(i + 1) / 3, $"part {i}")!;
            foreach (var fraction in new[] { 0, 0.1, 1.0 / 3, 0.7, 0.99, 1 })
            {
                part.Report(new TrainingProgress("x", fraction));
            }
        }

        var fractions = whole.Reports.Select(r => r.Fraction).ToArray();
        Assert.Equal(fractions.Order(), fractions);
        Assert.Equal(1, fractions[^1]);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(5)]
    [InlineData(7)]
    [InlineData(10)]
    public void Report_FinishedLastPart_IsExactlyOne(int parts)
    {
        var whole = new RecordingProgress();
        var last = ProgressPart.Of(whole, (double)(parts - 1) / parts, 1, "last")!;

        last.Report(new TrainingProgress("done", 1));

        Assert.Equal(1.0, whole.Reports.Single().Fraction);
    }

    [Fact]
    public void Of_NoListener_IsNull()
    {
        Assert.Null(ProgressPart.Of(null, 0, 1, "x"));
    }
}
