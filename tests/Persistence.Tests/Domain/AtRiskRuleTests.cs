using MentorGraph.Persistence.Domain;
using MentorGraph.Persistence.Entities;

namespace MentorGraph.Persistence.Tests.Domain;

/// <summary>The at-risk rule in code: the periods' lengths, the strict boundary, ACTIVE only.</summary>
public sealed class AtRiskRuleTests
{
    private static readonly DateTimeOffset Since = new(2026, 1, 31, 9, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(Cadence.Weekly, 7)]
    [InlineData(Cadence.Biweekly, 14)]
    [InlineData(Cadence.Monthly, 30)]
    public void Period_IsAFixedNumberOfDays(Cadence cadence, int days) => Assert.Equal(days, CadencePeriods.DaysOf(cadence));

    [Theory]
    [InlineData(Cadence.Weekly)]
    [InlineData(Cadence.Biweekly)]
    [InlineData(Cadence.Monthly)]
    public void Active_AtExactlyThePeriods_IsNotAtRisk_ATickLaterIs(Cadence cadence)
    {
        var boundary = Since + AtRiskRule.Allowance(cadence, 3);

        Assert.False(AtRiskRule.IsAtRisk(PairingStatus.Active, cadence, Since, boundary, 3));
        Assert.True(AtRiskRule.IsAtRisk(PairingStatus.Active, cadence, Since, boundary.AddTicks(1), 3));
    }

    [Theory]
    [InlineData(PairingStatus.Proposed)]
    [InlineData(PairingStatus.Paused)]
    [InlineData(PairingStatus.Completed)]
    [InlineData(PairingStatus.Cancelled)]
    [InlineData(PairingStatus.Declined)]
    [InlineData(PairingStatus.Expired)]
    public void NotActive_IsNeverAtRisk(PairingStatus status) =>
        Assert.False(AtRiskRule.IsAtRisk(status, Cadence.Weekly, Since, Since.AddYears(1), 3));

    [Theory]
    [InlineData(PairingAction.Pause)]
    [InlineData(PairingAction.Complete)]
    [InlineData(PairingAction.Cancel)]
    public void LeavingActive_ClearsTheFlag(PairingAction action)
    {
        var pairing = new Pairing { Status = PairingStatus.Active, StartedAt = Since, AtRisk = true };

        Assert.Null(PairingTransitions.Apply(pairing, action, null, null, Since.AddDays(30)));

        Assert.False(pairing.AtRisk);
    }
}
