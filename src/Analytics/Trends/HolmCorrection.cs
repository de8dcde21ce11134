namespace MentorGraph.Analytics.Trends;

/// <summary>
/// Holm's step-down correction for testing several hypotheses at once (here: every topic judged in one call):
/// it keeps the chance of flagging any topic by accident at most α, like Bonferroni, but rejects more when several
/// effects are real.
/// </summary>
public static class HolmCorrection
{
    /// <summary>The adjusted p-values, in the order given: compare each with α.</summary>
    public static double[] Adjust(IReadOnlyList<double> pValues)
    {
        var m = pValues.Count;
        var order = Enumerable.Range(0, m).OrderBy(i => pValues[i]).ThenBy(i => i).ToArray();
        var adjusted = new double[m];
        double running = 0;
        for (var rank = 0; rank < m; rank++)
        {
            var i = order[rank];
            running = Math.Max(running, Math.Min(1, (m - rank) * pValues[i]));
            adjusted[i] = running;
        }

        return adjusted;
    }
}
