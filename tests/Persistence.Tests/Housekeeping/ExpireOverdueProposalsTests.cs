using MentorGraph.Persistence.Domain;
using MentorGraph.Persistence.Entities;
using MentorGraph.Persistence.Housekeeping;
using MentorGraph.Persistence.Tests.Support;
using MentorGraph.Tests.Support;

namespace MentorGraph.Persistence.Tests.Housekeeping;

/// <summary>
/// <see cref="PairingHousekeeping.ExpireOverdueProposalsAsync"/> on PostgreSQL: only PROPOSED pairings past
/// <c>respond_by</c> expire, each with one history entry by the system; running it again, or twice at once, changes
/// nothing more.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class ExpireOverdueProposalsTests(MigratedDatabaseFixture database) : IClassFixture<MigratedDatabaseFixture>
{
    private static readonly DateTimeOffset Now = HousekeepingData.Seconds(DateTimeOffset.UtcNow);

    private readonly HousekeepingData data = new(new TestData(database));
    private readonly PairingHousekeeping housekeeping = new(database.DataSource);

    [Fact]
    public async Task OverdueProposal_BecomesExpired_WithOneHistoryEntryBySystemNamingRespondBy()
    {
        var respondBy = Now.AddDays(-6);
        var pairing = await data.PairingAsync(Now.AddDays(-20), respondBy);

        var expired = await housekeeping.ExpireOverdueProposalsAsync(Now, batchSize: 100);

        Assert.True(expired >= 1);
        var after = await data.ReloadAsync(pairing.Id);
        Assert.Equal((PairingStatus.Expired, Now, pairing.Version + 1), (after.Status, after.EndedAt, after.Version));
        var last = (await data.HistoryAsync(pairing.Id)).Last();
        Assert.Equal((PairingStatus.Proposed, PairingStatus.Expired, (long?)null, Now), (last.From, last.To, last.ByPersonId, last.At));
        Assert.Equal($"Not answered by {respondBy.UtcDateTime:yyyy-MM-dd'T'HH:mm:ss'Z'}.", last.Reason);
    }

    [Fact]
    public async Task ProposalStillInTime_OrDueExactlyNow_StaysProposed()
    {
        var inTime = await data.PairingAsync(Now.AddDays(-13), Now.AddHours(1));
        var dueNow = await data.PairingAsync(Now.AddDays(-14), Now);

        await housekeeping.ExpireOverdueProposalsAsync(Now, batchSize: 100);

        foreach (var pairing in new[] { inTime, dueNow })
        {
            var after = await data.ReloadAsync(pairing.Id);
            Assert.Equal((PairingStatus.Proposed, pairing.Version), (after.Status, after.Version));
            Assert.Single(await data.HistoryAsync(pairing.Id));
        }
    }

    [Theory]
    [InlineData(PairingAction.Accept)]
    [InlineData(PairingAction.Decline)]
    [InlineData(PairingAction.CancelForLeaver)]
    public async Task AnsweredProposal_PastRespondBy_IsNotTouched(PairingAction answer)
    {
        var pairing = await data.PairingAsync(Now.AddDays(-20), Now.AddDays(-6), Cadence.Weekly, (answer, Now.AddDays(-19)));
        var historyBefore = (await data.HistoryAsync(pairing.Id)).Count;

        await housekeeping.ExpireOverdueProposalsAsync(Now, batchSize: 100);

        var after = await data.ReloadAsync(pairing.Id);
        Assert.Equal((PairingStateMachine.TargetOf(answer), pairing.Version), (after.Status, after.Version));
        Assert.Equal(historyBefore, (await data.HistoryAsync(pairing.Id)).Count);
    }

    [Fact]
    public async Task RunAgain_ExpiresNothingMore_AndWritesNoSecondHistoryEntry()
    {
        var pairing = await data.PairingAsync(Now.AddDays(-20), Now.AddDays(-6));
        await housekeeping.ExpireOverdueProposalsAsync(Now, batchSize: 100);
        var version = (await data.ReloadAsync(pairing.Id)).Version;

        var again = await housekeeping.ExpireOverdueProposalsAsync(Now.AddMinutes(5), batchSize: 100);

        Assert.Equal(0, again);
        Assert.Equal(version, (await data.ReloadAsync(pairing.Id)).Version);
        Assert.Equal(2, (await data.HistoryAsync(pairing.Id)).Count);
    }

    [Fact]
    public async Task MoreThanOneBatch_ExpiresThemAll()
    {
        var pairings = new List<Pairing>();
        for (var i = 0; i < 7; i++)
        {
            pairings.Add(await data.PairingAsync(Now.AddDays(-20), Now.AddDays(-6).AddMinutes(i)));
        }

        var expired = await housekeeping.ExpireOverdueProposalsAsync(Now, batchSize: 2);

        Assert.True(expired >= 7);
        foreach (var pairing in pairings)
        {
            Assert.Equal(PairingStatus.Expired, (await data.ReloadAsync(pairing.Id)).Status);
        }
    }

    [Fact]
    public async Task TwoRunsAtOnce_ExpireEachProposalOnce_WithOneHistoryEntryEach()
    {
        var pairings = new List<Pairing>();
        for (var i = 0; i < 40; i++)
        {
            pairings.Add(await data.PairingAsync(Now.AddDays(-20), Now.AddDays(-6).AddSeconds(i)));
        }

        await using var second = Npgsql.NpgsqlDataSource.Create(database.ConnectionString);
        var other = new PairingHousekeeping(second);
        var counts = await Task.WhenAll(
            Task.Run(() => housekeeping.ExpireOverdueProposalsAsync(Now, batchSize: 3)),
            Task.Run(() => other.ExpireOverdueProposalsAsync(Now, batchSize: 3)));

        Assert.True(counts.Sum() >= pairings.Count);
        foreach (var pairing in pairings)
        {
            var history = await data.HistoryAsync(pairing.Id);
            Assert.Single(history, c => c.To == PairingStatus.Expired);
            Assert.Equal((PairingStatus.Expired, pairing.Version + 1), ((await data.ReloadAsync(pairing.Id)).Status, (await data.ReloadAsync(pairing.Id)).Version));
        }
    }

    [Fact]
    public async Task ProposalLockedByAnotherTransaction_IsSkippedWithoutWaiting_AndExpiredByTheNextRun()
    {
        var locked = await data.PairingAsync(Now.AddDays(-20), Now.AddDays(-6));
        await using var connection = await database.DataSource.OpenConnectionAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await using (var lockRow = new Npgsql.NpgsqlCommand($"SELECT 1 FROM pairings WHERE id = {locked.Id} FOR UPDATE", connection, transaction))
        {
            await lockRow.ExecuteNonQueryAsync();
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await housekeeping.ExpireOverdueProposalsAsync(Now, batchSize: 100, timeout.Token);
        Assert.Equal(PairingStatus.Proposed, (await data.ReloadAsync(locked.Id)).Status);

        await transaction.RollbackAsync();
        await housekeeping.ExpireOverdueProposalsAsync(Now, batchSize: 100);
        Assert.Equal(PairingStatus.Expired, (await data.ReloadAsync(locked.Id)).Status);
    }

    [Fact]
    public async Task BatchSizeBelowOne_IsRefused() =>
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => housekeeping.ExpireOverdueProposalsAsync(Now, batchSize: 0));
}
