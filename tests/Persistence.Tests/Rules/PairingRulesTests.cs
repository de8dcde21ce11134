using MentorGraph.Persistence.Domain;
using MentorGraph.Persistence.Entities;
using MentorGraph.Persistence.Tests.Support;
using MentorGraph.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace MentorGraph.Persistence.Tests.Rules;

/// <summary>
/// Who may be paired, in the database: one open pairing per two people per program (either way round),
/// the senior's band higher (MG002), no deactivated person in an open pairing (MG009), two people — and
/// the same rules in code (<see cref="PairingRules"/>) answer alike.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class PairingRulesTests(MigratedDatabaseFixture database) : IClassFixture<MigratedDatabaseFixture>
{
    private readonly TestData data = new(database);

    [Theory]
    [InlineData("PROPOSED")]
    [InlineData("ACTIVE")]
    [InlineData("PAUSED")]
    public async Task SecondPairing_SamePeopleSameProgramWhileOneIsOpen_RefusedAsConflict(string openStatus)
    {
        var first = await data.PairingAsync(EnumText<PairingStatus>.Parse(openStatus));

        var error = await data.SaveRefusedAsync(TestData.NewPairing(first.ProgramId, first.SeniorId, first.JuniorId, PairingStatus.Proposed));

        var violation = Refusal.AssertViolation(error, PostgresErrorCodes.UniqueViolation, RuleViolationKind.Conflict);
        Assert.Equal((DatabaseConstraints.OneOpenPairingPerPair, "juniorId"), (violation.Rule, violation.Field));
    }

    [Fact]
    public async Task SecondPairing_SamePeopleWithRolesSwapped_RefusedByTheSameIndex()
    {
        // Swapped roles need the junior to outrank the senior later: a promotion between the two proposals.
        var first = await data.PairingAsync(PairingStatus.Active, senior: await data.PersonAsync(Band.Senior), junior: await data.PersonAsync(Band.Mid));
        await using var db = data.NewContext();
        await db.People.Where(p => p.Id == first.JuniorId).ExecuteUpdateAsync(p => p.SetProperty(x => x.Band, Band.Executive));

        db.Pairings.Add(TestData.NewPairing(first.ProgramId, seniorId: first.JuniorId, juniorId: first.SeniorId, PairingStatus.Proposed));
        var error = await Assert.ThrowsAnyAsync<DbUpdateException>(() => db.SaveChangesAsync());

        Assert.Equal(DatabaseConstraints.OneOpenPairingPerPair, Refusal.AssertSqlState(error, PostgresErrorCodes.UniqueViolation).ConstraintName);
    }

    [Theory]
    [InlineData("COMPLETED")]
    [InlineData("CANCELLED")]
    [InlineData("DECLINED")]
    [InlineData("EXPIRED")]
    public async Task NewPairing_SamePeopleSameProgramAfterAClosedOne_Accepted(string closedStatus)
    {
        var closed = await data.PairingAsync(EnumText<PairingStatus>.Parse(closedStatus));

        await using var db = data.NewContext();
        db.Pairings.Add(TestData.NewPairing(closed.ProgramId, closed.SeniorId, closed.JuniorId, PairingStatus.Proposed));
        await db.SaveChangesAsync();

        Assert.Equal(2, await db.Pairings.CountAsync(p => p.ProgramId == closed.ProgramId));
    }

    [Fact]
    public async Task NewPairing_SamePeopleInAnotherProgram_Accepted()
    {
        var first = await data.PairingAsync(PairingStatus.Active);
        var otherProgram = await data.ProgramAsync();

        await using var db = data.NewContext();
        db.Pairings.Add(TestData.NewPairing(otherProgram.Id, first.SeniorId, first.JuniorId, PairingStatus.Proposed));
        await db.SaveChangesAsync();
    }

    [Theory]
    [InlineData(Band.Senior, Band.Senior)]
    [InlineData(Band.Junior, Band.Junior)]
    [InlineData(Band.Mid, Band.Senior)]
    [InlineData(Band.Junior, Band.Executive)]
    public async Task NewPairing_SeniorNotAboveJunior_RefusedWithBandOrder_AndCodeSaysTheSame(Band seniorBand, Band juniorBand)
    {
        var senior = await data.PersonAsync(seniorBand);
        var junior = await data.PersonAsync(juniorBand);
        var program = await data.ProgramAsync();

        var error = await data.SaveRefusedAsync(TestData.NewPairing(program.Id, senior.Id, junior.Id, PairingStatus.Proposed));

        var violation = Refusal.AssertViolation(error, DatabaseRuleViolations.BandOrder, RuleViolationKind.Invalid);
        Assert.Equal("seniorId", violation.Field);
        Assert.Equal(violation with { Message = "" }, PairingRules.CheckParticipants(senior, junior)! with { Message = "" });
    }

    [Theory]
    [InlineData(Band.Executive, Band.Senior)]
    [InlineData(Band.Senior, Band.Mid)]
    [InlineData(Band.Mid, Band.Junior)]
    [InlineData(Band.Executive, Band.Junior)]
    public async Task NewPairing_SeniorAboveJunior_Accepted_AndCodeAgrees(Band seniorBand, Band juniorBand)
    {
        var senior = await data.PersonAsync(seniorBand);
        var junior = await data.PersonAsync(juniorBand);

        await data.PairingAsync(PairingStatus.Proposed, senior, junior);

        Assert.Null(PairingRules.CheckParticipants(senior, junior));
    }

    [Fact]
    public async Task ChangingParticipants_ToAJuniorAboveTheSenior_RefusedWithBandOrder()
    {
        var pairing = await data.PairingAsync(PairingStatus.Proposed, senior: await data.PersonAsync(Band.Senior));
        var executive = await data.PersonAsync(Band.Executive);

        await using var db = data.NewContext();
        var tracked = await db.Pairings.SingleAsync(p => p.Id == pairing.Id);
        tracked.JuniorId = executive.Id;
        var error = await Assert.ThrowsAnyAsync<DbUpdateException>(() => db.SaveChangesAsync());

        Refusal.AssertViolation(error, DatabaseRuleViolations.BandOrder, RuleViolationKind.Invalid);
    }

    [Fact]
    public async Task SamePersonAsSeniorAndJunior_RefusedByCheck_AndCodeSaysTheSame()
    {
        var person = await data.PersonAsync(Band.Executive);
        var program = await data.ProgramAsync();

        var error = await data.SaveRefusedAsync(TestData.NewPairing(program.Id, person.Id, person.Id, PairingStatus.Proposed));

        var violation = Refusal.AssertViolation(error, PostgresErrorCodes.CheckViolation, RuleViolationKind.Invalid);
        Assert.Equal(DatabaseConstraints.PairingTwoPeople, violation.Rule);
        Assert.Equal(DatabaseConstraints.PairingTwoPeople, PairingRules.CheckParticipants(person, person)!.Rule);
    }

    [Fact]
    public async Task NewOpenPairing_WithADeactivatedPerson_RefusedWithInactiveParticipant_AndCodeSaysTheSame()
    {
        var senior = await data.PersonAsync(Band.Executive);
        var leaver = await data.PersonAsync(Band.Junior, active: false);
        var program = await data.ProgramAsync();

        var error = await data.SaveRefusedAsync(TestData.NewPairing(program.Id, senior.Id, leaver.Id, PairingStatus.Proposed));

        Refusal.AssertViolation(error, DatabaseRuleViolations.InactiveParticipant, RuleViolationKind.Invalid);
        Assert.Equal((DatabaseRuleViolations.InactiveParticipant, "juniorId"), (PairingRules.CheckParticipants(senior, leaver)!.Rule, PairingRules.CheckParticipants(senior, leaver)!.Field));
    }

    [Fact]
    public async Task ClosedPairing_WithADeactivatedPerson_CanBeLoadedAsHistory()
    {
        var leaver = await data.PersonAsync(Band.Junior, active: false);

        var pairing = await data.PairingAsync(PairingStatus.Completed, junior: leaver);

        Assert.NotEqual(0, pairing.Id);
    }

    [Fact]
    public async Task Accepting_AfterTheJuniorWasDeactivated_RefusedWithInactiveParticipant()
    {
        var pairing = await data.PairingAsync(PairingStatus.Proposed);
        await using var db = data.NewContext();
        await db.People.Where(p => p.Id == pairing.JuniorId)
            .ExecuteUpdateAsync(p => p.SetProperty(x => x.Active, false).SetProperty(x => x.DeactivatedAt, DateTimeOffset.UtcNow));
        var tracked = await db.Pairings.SingleAsync(p => p.Id == pairing.Id);

        Assert.Null(PairingTransitions.Apply(tracked, PairingAction.Accept, tracked.SeniorId, null, DateTimeOffset.UtcNow));
        var error = await Assert.ThrowsAnyAsync<DbUpdateException>(() => db.SaveChangesAsync());

        Refusal.AssertViolation(error, DatabaseRuleViolations.InactiveParticipant, RuleViolationKind.Invalid);
    }

    [Fact]
    public async Task CancelForLeaver_OnAProposedPairing_SavedAsCancelledWithReasonInHistory()
    {
        var pairing = await data.PairingAsync(PairingStatus.Proposed);
        await using var db = data.NewContext();
        var tracked = await db.Pairings.SingleAsync(p => p.Id == pairing.Id);

        Assert.Null(PairingTransitions.Apply(tracked, PairingAction.CancelForLeaver, null, "The junior left the company.", DateTimeOffset.UtcNow));
        await db.SaveChangesAsync();

        await using var read = data.NewContext();
        var back = await read.Pairings.Include(p => p.StatusHistory).SingleAsync(p => p.Id == pairing.Id);
        Assert.Equal((PairingStatus.Cancelled, (DateTimeOffset?)null), (back.Status, back.StartedAt));
        Assert.NotNull(back.EndedAt);
        var change = Assert.Single(back.StatusHistory);
        Assert.Equal((PairingStatus.Proposed, PairingStatus.Cancelled, "The junior left the company."), (change.From!.Value, change.To, change.Reason));
    }

    [Fact]
    public async Task StatusHistory_EntryWithoutAChange_RefusedByCheck()
    {
        var pairing = await data.PairingAsync(PairingStatus.Active);

        var error = await data.SaveRefusedAsync(new PairingStatusChange { PairingId = pairing.Id, From = PairingStatus.Active, To = PairingStatus.Active });

        Assert.Equal("pairing_status_changes_is_a_change", Refusal.AssertSqlState(error, PostgresErrorCodes.CheckViolation).ConstraintName);
    }

    [Fact]
    public async Task ActivePairing_WithoutStartedAt_RefusedByCheck()
    {
        var program = await data.ProgramAsync();
        var senior = await data.PersonAsync(Band.Executive);
        var junior = await data.PersonAsync(Band.Junior);
        var pairing = TestData.NewPairing(program.Id, senior.Id, junior.Id, PairingStatus.Active);
        pairing.StartedAt = null;

        var error = await data.SaveRefusedAsync(pairing);

        Assert.Equal("pairings_started_when_begun", Refusal.AssertSqlState(error, PostgresErrorCodes.CheckViolation).ConstraintName);
    }
}
