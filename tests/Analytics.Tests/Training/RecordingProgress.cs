using MentorGraph.Analytics.Training;

namespace MentorGraph.Analytics.Tests.Training;

/// <summary>Keeps every progress report in the order it came (synchronously, unlike <see cref="Progress{T}"/>).</summary>
internal sealed class RecordingProgress : IProgress<TrainingProgress>
{
    private readonly List<TrainingProgress> _reports = [];
    private readonly Lock _gate = new();

    public IReadOnlyList<TrainingProgress> Reports
    {
        get
        {
            lock (_gate)
            {
                return _reports.ToArray();
            }
        }
    }

    public void Report(TrainingProgress value)
    {
        lock (_gate)
        {
            _reports.Add(value);
        }
    }

    /// <summary>Asserts the fractions start at 0, never go down and end at exactly 1.</summary>
    public void AssertRisesFromZeroToOne()
    {
        var fractions = Reports.Select(r => r.Fraction).ToArray();
        Assert.NotEmpty(fractions);
        Assert.Equal(0, fractions[0]);
        Assert.Equal(1, fractions[^1]);
        for (var i = 1; i < fractions.Length; i++)
        {
            Assert.True(fractions[i] >= fractions[i - 1], $"report {i} ({Reports[i].Stage}) went back from {fractions[i - 1]} to {fractions[i]}");
        }
    }
}
