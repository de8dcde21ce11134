using MentorGraph.Persistence.Domain;
using MentorGraph.Persistence.Entities;
using MentorGraph.Persistence.Housekeeping;
using MentorGraph.Persistence.Tests.Support;
using MentorGraph.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace MentorGraph.Persistence.Tests.Housekeeping;

/// <summary>
/// <see cref="PairingHousekeeping.MarkAtRiskAsync"/> on PostgreSQL: ACTIVE pairings without a completed session for
/// more than three cadence periods are flagged — not at exactly three — the flag is cleared when that no longer holds
/// or the pairing is not ACTIVE, and rows whose flag is right are not written. The SQL agrees with
/// <see cref="AtRiskRule"/>.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class MarkAtRiskTests(MigratedDatabaseFixture database) : IClassFixture<MigratedDatabaseFixture>
{
    private const int Periods = 3;

    // Far enough back that every session and "now" of a test lies in the past (occurred_at may not be in the future).
    private static readonly DateTimeOffset Base = HousekeepingData.Seconds(DateTimeOffset.UtcNow.AddDays(-400));

    private readonly HousekeepingData data = new(new TestData(database));
    private readonly PairingHousekeeping housekeeping = new(database.DataSource);

    [Theory]
    [InlineData(Cadence.Weekly, 21)]
    [InlineData(Cadence.Biweekly, 42)]
    [InlineData(Cadence.Monthly, 90)]
    public async Task LastCompletedSession_ExactlyThreePeriodsAgo_IsNotAtRisk_OneSecondMoreIs(Cadence cadence, int days)
    {
        var pairing = await data.ActiveAsync(cadence, Base);
        var lastSession = Base.AddDays(10);
        await data.SessionAsync(pairing, lastSession);
        var boundary = lastSession.AddDays(days);

        await housekeeping.MarkAtRiskAsync(boundary, Periods, batchSize: 100);
        var atBoundary = (await data.ReloadAsync(pairing.Id)).AtRisk;
        await housekeeping.MarkAtRiskAsync(boundary.AddSeconds(1), Periods, batchSize: 100);
        var after = await data.ReloadAsync(pairing.Id);

        Assert.False(atBoundary);
        Assert.True(after.AtRisk);
        Assert.Equal(pairing.Version, after.Version);
        Assert.False(AtRiskRule.IsAtRisk(PairingStatus.Active, cadence, lastSession, boundary, Periods));
        Assert.True(AtRiskRule.IsAtRisk(PairingStatus.Active, cadence, lastSession, boundary.AddSeconds(1), Periods));
    }

    [Fact]
    public async Task Boundary_AcrossADaylightSavingChange_InTheSessionTimeZone_IsStillNinetyTimesTwentyFourHours()
    {
        // 2025-03-30 is Berlin's change to summer time; the 90 days from the session span it.
        var lastSession = new DateTimeOffset(2025, 1, 15, 12, 0, 0, TimeSpan.Zero);
        var pairing = await data.ActiveAsync(Cadence.Monthly, lastSession.AddDays(-5));
        await data.SessionAsync(pairing, lastSession);
        var berlin = new Npgsql.NpgsqlConnectionStringBuilder(database.ConnectionString) { Timezone = "Europe/Berlin" };
        await using var dataSource = Npgsql.NpgsqlDataSource.Create(berlin.ConnectionString);
        var inBerlin = new PairingHousekeeping(dataSource);
        var boundary = lastSession + TimeSpan.FromHours(90 * 24);

        await inBerlin.MarkAtRiskAsync(boundary, Periods, batchSize: 100);
        var atBoundary = (await data.ReloadAsync(pairing.Id)).AtRisk;
        await inBerlin.MarkAtRiskAsync(boundary.AddSeconds(1), Periods, batchSize: 100);

        Assert.False(atBoundary);
        Assert.True((await data.ReloadAsync(pairing.Id)).AtRisk);
    }

    [Fact]
    public async Task NoSessionYet_CountsFromTheStart()
    {
        var pairing = await data.ActiveAsync(Cadence.Weekly, Base);

        await housekeeping.MarkAtRiskAsync(Base.AddDays(21), Periods, batchSize: 100);
        var atBoundary = (await data.ReloadAsync(pairing.Id)).AtRisk;
        await housekeeping.MarkAtRiskAsync(Base.AddDays(21).AddSeconds(1), Periods, batchSize: 100);

        Assert.False(atBoundary);
        Assert.True((await data.ReloadAsync(pairing.Id)).AtRisk);
    }

    [Fact]
    public async Task SessionsNotCompleted_DoNotCount()
    {
        var pairing = await data.ActiveAsync(Cadence.Weekly, Base);
        await data.SessionAsync(pairing, Base.AddDays(20), SessionStatus.Cancelled);
        await data.SessionAsync(pairing, Base.AddDays(20), SessionStatus.Missed);
        await data.SessionAsync(pairing, Base.AddDays(20), SessionStatus.Scheduled);

        await housekeeping.MarkAtRiskAsync(Base.AddDays(22), Periods, batchSize: 100);

        Assert.True((await data.ReloadAsync(pairing.Id)).AtRisk);
    }

    [Fact]
    public async Task Resumed_CountsFromTheResume_NotFromTheStart()
    {
        var resumedAt = Base.AddDays(100);
        var pairing = await data.PairingAsync(
            Base.AddDays(-1), Base.AddDays(13), Cadence.Weekly,
            (PairingAction.Accept, Base), (PairingAction.Pause, Base.AddDays(5)), (PairingAction.Resume, resumedAt));

        await housekeeping.MarkAtRiskAsync(resumedAt.AddDays(21), Periods, batchSize: 100);
        var atBoundary = (await data.ReloadAsync(pairing.Id)).AtRisk;
        await housekeeping.MarkAtRiskAsync(resumedAt.AddDays(21).AddSeconds(1), Periods, batchSize: 100);

        Assert.False(atBoundary);
        Assert.True((await data.ReloadAsync(pairing.Id)).AtRisk);
    }

    [Fact]
    public async Task FlaggedPairing_ThatMeetsAgain_IsCleared()
    {
        var pairing = await data.ActiveAsync(Cadence.Weekly, Base);
        await housekeeping.MarkAtRiskAsync(Base.AddDays(30), Periods, batchSize: 100);
        Assert.True((await data.ReloadAsync(pairing.Id)).AtRisk);
        await data.SessionAsync(pairing, Base.AddDays(31));

        var changes = await housekeeping.MarkAtRiskAsync(Base.AddDays(32), Periods, batchSize: 100);

        Assert.True(changes.Cleared >= 1);
        var after = await data.ReloadAsync(pairing.Id);
        Assert.Equal((false, pairing.Version), (after.AtRisk, after.Version));
    }

    [Theory]
    [InlineData(PairingAction.Pause)]
    [InlineData(PairingAction.Complete)]
    [InlineData(PairingAction.Cancel)]
    public async Task PairingNotActive_IsNeverFlagged_AndAFlagLeftOnItIsCleared(PairingAction action)
    {
        var quiet = await data.PairingAsync(Base.AddDays(-1), Base.AddDays(13), Cadence.Weekly, (PairingAction.Accept, Base), (action, Base.AddDays(1)));
        var flagged = await data.PairingAsync(Base.AddDays(-1), Base.AddDays(13), Cadence.Weekly, (PairingAction.Accept, Base), (action, Base.AddDays(1)));
        await using (var db = new TestData(database).NewContext())
        {
            // A flag left from when it was ACTIVE (e.g. set by a run that raced the transition).
            await db.Database.ExecuteSqlAsync($"UPDATE pairings SET at_risk = true WHERE id = {flagged.Id}");
        }

        await housekeeping.MarkAtRiskAsync(Base.AddDays(200), Periods, batchSize: 100);

        Assert.False((await data.ReloadAsync(quiet.Id)).AtRisk);
        Assert.False((await data.ReloadAsync(flagged.Id)).AtRisk);
    }

    [Fact]
    public async Task RunAgain_WritesNoRow()
    {
        var atRisk = await data.ActiveAsync(Cadence.Monthly, Base);
        var fine = await data.ActiveAsync(Cadence.Monthly, Base);
        await data.SessionAsync(fine, Base.AddDays(80));
        var now = Base.AddDays(100);
        await housekeeping.MarkAtRiskAsync(now, Periods, batchSize: 100);
        var rowVersions = (await data.RowVersionAsync(atRisk.Id), await data.RowVersionAsync(fine.Id));

        var again = await housekeeping.MarkAtRiskAsync(now, Periods, batchSize: 100);

        Assert.Equal(new AtRiskChanges(0, 0), again);
        Assert.Equal(rowVersions, (await data.RowVersionAsync(atRisk.Id), await data.RowVersionAsync(fine.Id)));
        Assert.Equal((true, false), ((await data.ReloadAsync(atRisk.Id)).AtRisk, (await data.ReloadAsync(fine.Id)).AtRisk));
    }

    [Fact]
    public async Task MoreThanOneBatch_FlagsThemAll()
    {
        var pairings = new List<Pairing>();
        for (var i = 0; i < 5; i++)
        {
            pairings.Add(await data.ActiveAsync(Cadence.Biweekly, Base.AddDays(i)));
        }

        await housekeeping.MarkAtRiskAsync(Base.AddDays(300), Periods, batchSize: 2);

        foreach (var pairing in pairings)
        {
            Assert.True((await data.ReloadAsync(pairing.Id)).AtRisk);
        }
    }

    [Fact]
    public async Task FewerPeriods_FlagSooner()
    {
        var pairing = await data.ActiveAsync(Cadence.Weekly, Base);

        await housekeeping.MarkAtRiskAsync(Base.AddDays(8), periods: 1, batchSize: 100);

        Assert.True((await data.ReloadAsync(pairing.Id)).AtRisk);
    }
}
