namespace MentorGraph.Analytics.Learning;

/// <summary>
/// Settings of the FTRL-Proximal optimizer (per-coordinate adaptive learning rates with L1/L2
/// regularization, McMahan et al. 2013) used to fit the softmax model.
/// </summary>
public sealed record TrainerOptions
{
    /// <summary>Seeds the order in which examples are visited each epoch.</summary>
    public ulong Seed { get; init; } = 20240601;

    public int Epochs { get; init; } = 12;

    /// <summary>Learning-rate scale α.</summary>
    public double Alpha { get; init; } = 0.5;

    /// <summary>Learning-rate smoothing β.</summary>
    public double Beta { get; init; } = 1.0;

    /// <summary>L1 strength (drives weights to exactly zero; 0 = off).</summary>
    public double L1 { get; init; }

    /// <summary>L2 strength.</summary>
    public double L2 { get; init; } = 0.01;

    /// <summary>Weight each example by N / (classes × examples of its class), so a rare class
    /// (MUTUAL) counts as much as a frequent one.</summary>
    public bool BalanceClasses { get; init; }

    public void Validate()
    {
        if (Epochs is < 1 or > 1000)
        {
            throw new ArgumentOutOfRangeException(nameof(Epochs), Epochs, "Epochs must be between 1 and 1000.");
        }

        if (!(Alpha > 0) || !(Beta >= 0) || !(L1 >= 0) || !(L2 >= 0) || double.IsInfinity(Alpha) || double.IsInfinity(L2))
        {
            throw new ArgumentException("Alpha must be positive; Beta, L1 and L2 non-negative and finite.");
        }
    }
}
