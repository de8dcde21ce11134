using MentorGraph.Persistence.Domain;
using MentorGraph.Persistence.Entities;
using MentorGraph.Persistence.Tests.Support;
using MentorGraph.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace MentorGraph.Persistence.Tests.Model;

/// <summary>Optimistic concurrency: each update raises the version by one; an update of a stale version changes nothing and throws.</summary>
[Collection(PostgresCollection.Name)]
public sealed class ConcurrencyTests(MigratedDatabaseFixture database) : IClassFixture<MigratedDatabaseFixture>
{
    private readonly TestData data = new(database);

    [Fact]
    public async Task Update_TwiceInARow_VersionGoesOneTwoThreeAndUpdatedAtMoves()
    {
        var program = await data.ProgramAsync();
        await using var db = data.NewContext();
        var tracked = await db.Programs.SingleAsync(p => p.Id == program.Id);
        var createdAt = tracked.UpdatedAt;

        tracked.Goals = "First";
        await db.SaveChangesAsync();
        Assert.Equal(2, tracked.Version);
        tracked.Goals = "Second";
        await db.SaveChangesAsync();

        await using var read = data.NewContext();
        var back = await read.Programs.SingleAsync(p => p.Id == program.Id);
        Assert.Equal(("Second", 3), (back.Goals, back.Version));
        Assert.True(back.UpdatedAt > createdAt);
        Assert.Equal(back.CreatedAt, createdAt);
    }

    [Fact]
    public async Task Save_WithoutChanges_KeepsTheVersion()
    {
        var person = await data.PersonAsync(Band.Mid);
        await using var db = data.NewContext();
        var tracked = await db.People.SingleAsync(p => p.Id == person.Id);

        await db.SaveChangesAsync();

        Assert.Equal(1, (await data.NewContext().People.SingleAsync(p => p.Id == person.Id)).Version);
        Assert.Equal(1, tracked.Version);
    }

    [Fact]
    public async Task Update_ByTwoContextsFromTheSameVersion_SecondThrowsConcurrencyAndChangesNothing()
    {
        var person = await data.PersonAsync(Band.Mid);
        await using var first = data.NewContext();
        await using var second = data.NewContext();
        var mine = await first.People.SingleAsync(p => p.Id == person.Id);
        var theirs = await second.People.SingleAsync(p => p.Id == person.Id);

        mine.Title = "Mine";
        await first.SaveChangesAsync();
        theirs.Title = "Theirs";
        var error = await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());

        await using var read = data.NewContext();
        var back = await read.People.SingleAsync(p => p.Id == person.Id);
        Assert.Equal(("Mine", 2), (back.Title, back.Version));
        var violation = DatabaseErrors.Translate(error);
        Assert.Equal((RuleViolationKind.StaleVersion, "version"), (violation!.Kind, violation.Field));
    }

    [Fact]
    public async Task Update_ExpectingAStaleClientVersion_ThrowsConcurrencyAndChangesNothing()
    {
        var pairing = await data.PairingAsync(PairingStatus.Proposed);
        await using (var db = data.NewContext())
        {
            var tracked = await db.Pairings.SingleAsync(p => p.Id == pairing.Id);
            tracked.SeniorExpects = "Changed by someone else";
            await db.SaveChangesAsync();
        }

        await using var stale = data.NewContext();
        var current = await stale.Pairings.SingleAsync(p => p.Id == pairing.Id);
        stale.ExpectVersion(current, 1);
        Assert.Null(PairingTransitions.Apply(current, PairingAction.Accept, current.SeniorId, null, DateTimeOffset.UtcNow));
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => stale.SaveChangesAsync());

        await using var read = data.NewContext();
        var back = await read.Pairings.Include(p => p.StatusHistory).SingleAsync(p => p.Id == pairing.Id);
        Assert.Equal((PairingStatus.Proposed, 2), (back.Status, back.Version));
        Assert.Empty(back.StatusHistory);
    }

    [Fact]
    public async Task Update_ExpectingTheCurrentClientVersion_Succeeds()
    {
        var session = await data.SessionAsync(await data.PairingAsync());
        await using var db = data.NewContext();
        var tracked = await db.Sessions.SingleAsync(s => s.Id == session.Id);

        db.ExpectVersion(tracked, 1);
        tracked.DurationMinutes = 90;
        await db.SaveChangesAsync();

        Assert.Equal(2, tracked.Version);
    }

    [Fact]
    public async Task Insert_StartsAtVersionOne()
    {
        var department = await data.DepartmentAsync();

        Assert.Equal(1, department.Version);
    }
}
