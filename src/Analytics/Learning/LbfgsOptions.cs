namespace MentorGraph.Analytics.Learning;

/// <summary>
/// Settings of ML.NET's <c>LbfgsMaximumEntropy</c> trainer (multinomial logistic regression fitted by
/// L-BFGS) for one of the classifier's models.
/// </summary>
public sealed record LbfgsOptions
{
    /// <summary>L1 strength (0 = off). ML.NET's default of 1 drives almost every n-gram weight to zero on our notes.</summary>
    public float L1 { get; init; }

    /// <summary>L2 strength, relative to the summed (weighted) loss of all examples.</summary>
    public float L2 { get; init; } = 1e-4f;

    /// <summary>Stop when the relative improvement of the loss falls below this. ML.NET's default is 1e-7; 1e-6
    /// scores the same in cross-validation (topic 0.889 against 0.888, direction 0.954 against 0.952) and trains
    /// the default model in a quarter less time.</summary>
    public float Tolerance { get; init; } = 1e-6f;

    /// <summary>An upper bound on L-BFGS iterations, so a badly conditioned problem cannot run forever.</summary>
    public int MaxIterations { get; init; } = 2000;

    /// <summary>Past iterations L-BFGS remembers to approximate the curvature.</summary>
    public int HistorySize { get; init; } = 20;

    /// <summary>Weight each example by N / (classes × examples of its class), so a rare class
    /// (MUTUAL) counts as much as a frequent one.</summary>
    public bool BalanceClasses { get; init; }

    public void Validate()
    {
        if (!(L1 >= 0) || !(L2 >= 0) || float.IsInfinity(L1) || float.IsInfinity(L2))
        {
            throw new ArgumentException("L1 and L2 must be non-negative and finite.");
        }

        if (!(Tolerance > 0) || float.IsInfinity(Tolerance))
        {
            throw new ArgumentOutOfRangeException(nameof(Tolerance), Tolerance, "Tolerance must be positive.");
        }

        if (MaxIterations is < 1 or > 1_000_000)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxIterations), MaxIterations, "MaxIterations must be between 1 and 1,000,000.");
        }

        if (HistorySize is < 1 or > 1000)
        {
            throw new ArgumentOutOfRangeException(nameof(HistorySize), HistorySize, "HistorySize must be between 1 and 1000.");
        }
    }
}
