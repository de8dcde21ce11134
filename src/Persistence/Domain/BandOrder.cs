using MentorGraph.Persistence.Entities;

namespace MentorGraph.Persistence.Domain;

/// <summary>
/// EXECUTIVE &gt; SENIOR &gt; MID &gt; JUNIOR — the SQL function <c>band_rank</c> in code (same numbers). A
/// pairing's senior must rank higher than its junior (trigger <c>pairings_check_band_order</c>, MG002).
/// </summary>
public static class BandOrder
{
    /// <summary>JUNIOR 1, MID 2, SENIOR 3, EXECUTIVE 4.</summary>
    public static int Rank(Band band) => band switch
    {
        Band.Junior => 1,
        Band.Mid => 2,
        Band.Senior => 3,
        Band.Executive => 4,
        _ => throw new ArgumentOutOfRangeException(nameof(band), band, "Not a band."),
    };

    public static bool IsHigher(Band band, Band than) => Rank(band) > Rank(than);

    /// <summary>Null when <paramref name="senior"/> ranks above <paramref name="junior"/>; else the MG002 violation on <c>seniorId</c>.</summary>
    public static RuleViolation? CheckSeniorAboveJunior(Band senior, Band junior) =>
        IsHigher(senior, junior)
            ? null
            : new RuleViolation(
                RuleViolationKind.Invalid,
                DatabaseRuleViolations.BandOrder,
                $"The senior's band ({EnumText<Band>.ToText(senior)}) must be higher than the junior's ({EnumText<Band>.ToText(junior)}).")
            {
                Field = "seniorId",
            };
}
