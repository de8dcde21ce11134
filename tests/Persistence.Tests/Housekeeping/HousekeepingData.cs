using MentorGraph.Persistence.Domain;
using MentorGraph.Persistence.Entities;
using MentorGraph.Persistence.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace MentorGraph.Persistence.Tests.Housekeeping;

/// <summary>
/// Pairings with chosen times for the housekeeping tests, built along the state machine (history written), each
/// with new people and a program of its own. The housekeeping operations act on the whole database, so tests assert
/// on their own rows.
/// </summary>
internal sealed class HousekeepingData(TestData data)
{
    /// <summary>Whole seconds, so instants read back from PostgreSQL (microseconds) compare equal.</summary>
    public static DateTimeOffset Seconds(DateTimeOffset at) => new(at.UtcTicks - (at.UtcTicks % TimeSpan.TicksPerSecond), TimeSpan.Zero);

    /// <summary>A pairing proposed at <paramref name="proposedAt"/>, answerable until <paramref name="respondBy"/>, then taken along <paramref name="actions"/> a day apart.</summary>
    public async Task<Pairing> PairingAsync(
        DateTimeOffset proposedAt, DateTimeOffset respondBy, Cadence cadence = Cadence.Weekly, params (PairingAction Action, DateTimeOffset At)[] actions)
    {
        var senior = await data.PersonAsync(Band.Executive);
        var junior = await data.PersonAsync(Band.Junior);
        var program = await data.ProgramAsync();
        var pairing = new Pairing { ProgramId = program.Id, SeniorId = senior.Id, JuniorId = junior.Id, Cadence = cadence };
        PairingTransitions.Propose(pairing, junior.Id, proposedAt, respondBy - proposedAt);
        foreach (var (action, at) in actions)
        {
            Assert.Null(PairingTransitions.Apply(pairing, action, senior.Id, null, at));
        }

        await using var db = data.NewContext();
        db.Pairings.Add(pairing);
        await db.SaveChangesAsync();
        return pairing;
    }

    /// <summary>An ACTIVE pairing of <paramref name="cadence"/> accepted at <paramref name="startedAt"/>.</summary>
    public Task<Pairing> ActiveAsync(Cadence cadence, DateTimeOffset startedAt) =>
        PairingAsync(startedAt.AddDays(-1), startedAt.AddDays(13), cadence, (PairingAction.Accept, startedAt));

    /// <summary>A session of <paramref name="pairing"/> scheduled at <paramref name="at"/>; a COMPLETED one occurred then.</summary>
    public async Task SessionAsync(Pairing pairing, DateTimeOffset at, SessionStatus status = SessionStatus.Completed)
    {
        await using var db = data.NewContext();
        db.Sessions.Add(new Session
        {
            PairingId = pairing.Id,
            ScheduledAt = at,
            OccurredAt = status == SessionStatus.Completed ? at : null,
            DurationMinutes = 45,
            Format = SessionFormat.Video,
            Status = status,
        });
        await db.SaveChangesAsync();
    }

    public async Task<Pairing> ReloadAsync(long id)
    {
        await using var db = data.NewContext();
        return await db.Pairings.AsNoTracking().SingleAsync(p => p.Id == id);
    }

    public async Task<List<PairingStatusChange>> HistoryAsync(long id)
    {
        await using var db = data.NewContext();
        return await db.PairingStatusChanges.AsNoTracking().Where(c => c.PairingId == id).OrderBy(c => c.Id).ToListAsync();
    }

    /// <summary>The row's <c>xmin</c>: it changes whenever the row is written, even with the same values.</summary>
    public async Task<string> RowVersionAsync(long id)
    {
        await using var db = data.NewContext();
        return await db.Database.SqlQuery<string>($"SELECT xmin::text AS \"Value\" FROM pairings WHERE id = {id}").SingleAsync();
    }
}
