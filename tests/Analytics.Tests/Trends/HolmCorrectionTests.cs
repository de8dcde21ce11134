using MentorGraph.Analytics.Trends;

namespace MentorGraph.Analytics.Tests.Trends;

public sealed class HolmCorrectionTests
{
    [Fact]
    public void Adjusted_StepsDownAndStaysMonotone_InTheGivenOrder()
    {
        var adjusted = HolmCorrection.Adjust([0.04, 0.01, 0.03, 0.5]);

        // Sorted 0.01, 0.03, 0.04, 0.5 → ×4, ×3, ×2, ×1 = 0.04, 0.09, 0.08→0.09 (monotone), 0.5.
        Assert.Equal([0.09, 0.04, 0.09, 0.5], adjusted.Select(p => Math.Round(p, 10)));
    }

    [Fact]
    public void AdjustedValues_NeverExceedOne()
    {
        Assert.All(HolmCorrection.Adjust([0.6, 0.7, 0.9]), p => Assert.Equal(1, p));
    }

    [Fact]
    public void NoValues_NoAdjustedValues()
    {
        Assert.Empty(HolmCorrection.Adjust([]));
    }
}
