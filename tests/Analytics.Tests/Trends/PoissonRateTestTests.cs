using MentorGraph.Analytics.Trends;

namespace MentorGraph.Analytics.Tests.Trends;

public sealed class PoissonRateTestTests
{
    /// <summary>Tail sums against the binomial distribution summed term by term from its definition.</summary>
    [Theory]
    [InlineData(26, 122, 1.0 / 9)]
    [InlineData(0, 10, 0.5)]
    [InlineData(5, 5, 0.3)]
    [InlineData(40, 300, 1.0 / 9)]
    public void Tails_EqualTheDirectSum(int k, int n, double p)
    {
        double Pmf(int i)
        {
            double c = 1;
            for (var j = 1; j <= i; j++)
            {
                c *= (n - i + j) / (double)j;
            }

            return c * Math.Pow(p, i) * Math.Pow(1 - p, n - i);
        }

        var upper = Enumerable.Range(k, n - k + 1).Sum(Pmf);
        var lower = Enumerable.Range(0, k + 1).Sum(Pmf);

        if (k >= n * p)
        {
            Assert.Equal(upper, PoissonRateTest.UpperTail(k, n, p), 1e-12);
        }

        if (k <= n * p)
        {
            Assert.Equal(lower, PoissonRateTest.LowerTail(k, n, p), 1e-12);
        }
    }

    [Fact]
    public void SameRate_IsNotSignificant()
    {
        Assert.True(PoissonRateTest.TwoSidedP(10, 80, 8) > 0.5);
    }

    [Fact]
    public void DoubledRateOnSmallCounts_IsNotSignificant()
    {
        // 6 notes against an average of 3: easily chance.
        Assert.True(PoissonRateTest.TwoSidedP(6, 24, 8) > 0.05);
    }

    [Fact]
    public void DoubledRateOnLargeCounts_IsVerySignificant()
    {
        Assert.True(PoissonRateTest.TwoSidedP(200, 800, 8) < 1e-15);
    }

    [Fact]
    public void FallToZero_IsSignificant_WhenTheBaselineIsLarge()
    {
        Assert.True(PoissonRateTest.TwoSidedP(0, 240, 8) < 1e-9);
    }

    [Fact]
    public void NoNotesAtAll_PIsOne()
    {
        Assert.Equal(1, PoissonRateTest.TwoSidedP(0, 0, 8));
    }

    [Fact]
    public void HugeCounts_StayFinite()
    {
        var p = PoissonRateTest.TwoSidedP(30_000, 8 * 29_000, 8);

        Assert.InRange(p, 0, 1);
        Assert.True(p < 1e-5);
    }
}
