namespace MentorGraph.Analytics.Trends;

/// <summary>
/// The exact conditional test of two Poisson rates: a count <c>x</c> observed over an exposure of 1 against a
/// baseline total <c>b</c> over an exposure of <c>t</c>. Under "the rate has not changed", <c>x</c> given
/// <c>x + b</c> is binomial with <c>p = 1 / (1 + t)</c>, so the tail probabilities are exact — no normal
/// approximation, which fails for the small counts a topic's week has.
/// </summary>
public static class PoissonRateTest
{
    /// <summary>Two-sided p-value: twice the tail on the side <paramref name="observed"/> lies, at most 1.</summary>
    /// <param name="observed">The count of the period judged.</param>
    /// <param name="baselineTotal">The counts of the baseline periods added up.</param>
    /// <param name="baselinePeriods">How many periods the baseline spans (the exposure ratio).</param>
    public static double TwoSidedP(int observed, int baselineTotal, int baselinePeriods)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(observed);
        ArgumentOutOfRangeException.ThrowIfNegative(baselineTotal);
        ArgumentOutOfRangeException.ThrowIfLessThan(baselinePeriods, 1);
        var n = observed + baselineTotal;
        if (n == 0)
        {
            return 1;
        }

        var p = 1.0 / (1 + baselinePeriods);
        var tail = observed >= n * p ? UpperTail(observed, n, p) : LowerTail(observed, n, p);
        return Math.Min(1, 2 * tail);
    }

    /// <summary>P(X ≥ k) for X ~ Binomial(n, p), with k at or above the mean: the terms from k up only shrink.</summary>
    internal static double UpperTail(int k, int n, double p)
    {
        if (k <= 0)
        {
            return 1;
        }

        var ratio = p / (1 - p);
        double term = 1, sum = 0;
        for (var i = k; i <= n; i++)
        {
            sum += term;
            if (term < sum * 1e-17)
            {
                break;
            }

            term *= (n - i) / (i + 1.0) * ratio;
        }

        return Math.Min(1, Math.Exp(LogPmf(k, n, p)) * sum);
    }

    /// <summary>P(X ≤ k) for X ~ Binomial(n, p), with k at or below the mean: the terms from k down only shrink.</summary>
    internal static double LowerTail(int k, int n, double p)
    {
        if (k >= n)
        {
            return 1;
        }

        var ratio = (1 - p) / p;
        double term = 1, sum = 0;
        for (var i = k; i >= 0; i--)
        {
            sum += term;
            if (term < sum * 1e-17)
            {
                break;
            }

            term *= i / (n - i + 1.0) * ratio;
        }

        return Math.Min(1, Math.Exp(LogPmf(k, n, p)) * sum);
    }

    /// <summary>log P(X = k) for X ~ Binomial(n, p); log C(n, k) as a sum of logs (n is a few periods' notes).</summary>
    internal static double LogPmf(int k, int n, double p)
    {
        var small = Math.Min(k, n - k);
        double logChoose = 0;
        for (var i = 1; i <= small; i++)
        {
            logChoose += Math.Log((n - small + i) / (double)i);
        }

        return logChoose + (k == 0 ? 0 : k * Math.Log(p)) + (n - k == 0 ? 0 : (n - k) * Math.Log(1 - p));
    }
}
