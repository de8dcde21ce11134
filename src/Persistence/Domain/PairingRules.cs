using MentorGraph.Persistence.Entities;

namespace MentorGraph.Persistence.Domain;

/// <summary>Who may be paired: the rules the pairing triggers and CHECKs enforce, as code the API runs first.</summary>
public static class PairingRules
{
    /// <summary>
    /// Null when <paramref name="senior"/> and <paramref name="junior"/> may form a new open pairing: two
    /// people (CHECK <c>pairings_two_people</c>), the senior's band higher (MG002), both active (MG009).
    /// </summary>
    public static RuleViolation? CheckParticipants(Person senior, Person junior)
    {
        if (senior.Id == junior.Id)
        {
            return new RuleViolation(RuleViolationKind.Invalid, DatabaseConstraints.PairingTwoPeople, "A pairing needs two different people.")
            {
                Field = "juniorId",
            };
        }

        if (BandOrder.CheckSeniorAboveJunior(senior.Band, junior.Band) is { } bandOrder)
        {
            return bandOrder;
        }

        var inactive = !senior.Active ? "seniorId" : !junior.Active ? "juniorId" : null;
        return inactive is null
            ? null
            : new RuleViolation(RuleViolationKind.Invalid, DatabaseRuleViolations.InactiveParticipant, "A deactivated person cannot take part in an open pairing.")
            {
                Field = inactive,
            };
    }

    /// <summary>Whether <paramref name="personId"/> is one of the pairing's two participants.</summary>
    public static bool IsParticipant(Pairing pairing, long personId) => personId == pairing.SeniorId || personId == pairing.JuniorId;

    /// <summary>Null when <paramref name="personId"/> is a participant; else the MG003 violation on <paramref name="field"/>.</summary>
    public static RuleViolation? CheckParticipant(Pairing pairing, long personId, string field) =>
        IsParticipant(pairing, personId)
            ? null
            : new RuleViolation(RuleViolationKind.Invalid, DatabaseRuleViolations.NotAParticipant, "Only the pairing's two participants can do this.")
            {
                Field = field,
            };
}
