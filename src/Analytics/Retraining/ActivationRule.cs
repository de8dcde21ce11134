using System.Globalization;

namespace MentorGraph.Analytics.Retraining;

/// <summary>What the activation rule decided, and why, in a sentence for the people reading the model list.</summary>
public sealed record ActivationDecision(bool Activate, string Reason);

/// <summary>
/// When a challenger replaces the active model: its topic macro-F1 and its direction accuracy are each at
/// least the active model's on every set that counts, and it is better on at least one of them — a tie
/// keeps the active model (re-classifying every note for no gain is not worth it). The sets that count
/// are the development set and, once there are at least <see cref="MinPersonLabels"/> person labels (and
/// some of them are held out), the held-out person-labelled notes; with fewer, the development set alone,
/// since a handful of held-out notes would make the comparison a coin toss.
/// </summary>
public static class ActivationRule
{
    /// <summary>How many person labels there must be before the held-out notes count.</summary>
    public const int MinPersonLabels = 50;

    /// <summary>Whether the held-out person labels are used at all with <paramref name="personLabels"/> labels.</summary>
    public static bool UsesHeldOut(int personLabels) => personLabels >= MinPersonLabels;

    /// <summary>Decides between the active model and the challenger, given both models' scores on the same notes.</summary>
    /// <param name="personLabels">How many person labels there are in all (training and held out).</param>
    public static ActivationDecision Decide(ScoreCard active, ScoreCard challenger, int personLabels)
    {
        ArgumentNullException.ThrowIfNull(active);
        ArgumentNullException.ThrowIfNull(challenger);
        var sets = new List<(string Name, ModelScores Active, ModelScores Challenger)>
        {
            ("development set", active.Development, challenger.Development),
        };
        string scope;
        if (!UsesHeldOut(personLabels))
        {
            scope = $"development set only ({personLabels} person labels, fewer than {MinPersonLabels})";
        }
        else if (active.HeldOut is null || challenger.HeldOut is null || challenger.HeldOut.Notes == 0)
        {
            scope = $"development set only (no held-out person labels among {personLabels})";
        }
        else
        {
            sets.Add(("held-out person labels", active.HeldOut, challenger.HeldOut));
            scope = $"development set and {challenger.HeldOut.Notes} held-out person labels";
        }

        var worse = new List<string>();
        var better = false;
        foreach (var (name, a, c) in sets)
        {
            Compare($"topic macro-F1 on the {name}", a.TopicMacroF1, c.TopicMacroF1, worse, ref better);
            Compare($"direction accuracy on the {name}", a.DirectionAccuracy, c.DirectionAccuracy, worse, ref better);
        }

        if (worse.Count > 0)
        {
            return new ActivationDecision(false, $"Rejected: lower {string.Join("; lower ", worse)} (judged on the {scope}).");
        }

        return better
            ? new ActivationDecision(true, $"Activated: no score lower and at least one higher than the active model's (judged on the {scope}).")
            : new ActivationDecision(false, $"Rejected: a tie with the active model on every score; the active model stays (judged on the {scope}).");
    }

    private static void Compare(string measure, double active, double challenger, List<string> worse, ref bool better)
    {
        if (challenger < active)
        {
            worse.Add(string.Create(CultureInfo.InvariantCulture, $"{measure} ({challenger:0.######} < {active:0.######})"));
        }
        else if (challenger > active)
        {
            better = true;
        }
    }
}
