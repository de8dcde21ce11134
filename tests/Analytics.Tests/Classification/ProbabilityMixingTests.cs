using MentorGraph.Analytics.Classification;

namespace MentorGraph.Analytics.Tests.Classification;

public class ProbabilityMixingTests
{
    [Fact]
    public void Arithmetic_IsTheWeightedAverage()
    {
        float[] first = [0.8f, 0.2f];

        NoteClassifier.Mix(first, [0.2f, 0.8f], 0.25f, ProbabilityMixing.Arithmetic);

        Assert.Equal(0.65f, first[0], 5);
        Assert.Equal(0.35f, first[1], 5);
    }

    [Fact]
    public void Geometric_IsTheNormalizedWeightedGeometricMean()
    {
        float[] first = [0.9f, 0.1f];

        NoteClassifier.Mix(first, [0.4f, 0.6f], 0.5f, ProbabilityMixing.Geometric);

        var a = Math.Sqrt(0.9 * 0.4);
        var b = Math.Sqrt(0.1 * 0.6);
        Assert.Equal(a / (a + b), first[0], 5);
        Assert.Equal(1f, first.Sum(), 5);
    }

    [Fact]
    public void Geometric_AClassOneModelRulesOut_StaysUnlikely()
    {
        float[] first = [0.98f, 0.01f, 0.01f];

        NoteClassifier.Mix(first, [0.0001f, 0.5f, 0.4999f], 0.5f, ProbabilityMixing.Geometric);

        Assert.True(first[0] < first[1]);
    }
}
