namespace MentorGraph.Persistence.Housekeeping;

/// <summary>What one run of <see cref="PairingHousekeeping.MarkAtRiskAsync"/> changed: pairings newly flagged and flags cleared.</summary>
public readonly record struct AtRiskChanges(int Marked, int Cleared)
{
    public static AtRiskChanges operator +(AtRiskChanges a, AtRiskChanges b) => new(a.Marked + b.Marked, a.Cleared + b.Cleared);
}
