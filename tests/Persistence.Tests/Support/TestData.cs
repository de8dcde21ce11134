using MentorGraph.Persistence.Domain;
using MentorGraph.Persistence.Entities;
using MentorGraph.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace MentorGraph.Persistence.Tests.Support;

/// <summary>
/// Makes rows for one test in the class's shared database: every name and email is unique, and each
/// pairing gets its own program unless one is given, so tests do not meet on unique rules.
/// </summary>
internal sealed class TestData(MigratedDatabaseFixture database)
{
    public static readonly DateTimeOffset Now = DateTimeOffset.UtcNow;

    /// <summary>A new context (and unit of work) over the fixture's pool; the caller disposes it.</summary>
    public MentorGraphDbContext NewContext() => MentorGraphDatabase.CreateContext(database.DataSource);

    public static string Unique(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..(prefix.Length + 13)];

    public async Task<Department> DepartmentAsync()
    {
        await using var db = NewContext();
        var department = new Department { Name = Unique("Department") };
        db.Departments.Add(department);
        await db.SaveChangesAsync();
        return department;
    }

    public async Task<Person> PersonAsync(Band band, bool active = true)
    {
        await using var db = NewContext();
        var person = new Person
        {
            Name = Unique("Person"),
            Email = Unique("person") + "@example.com",
            Band = band,
            Active = active,
            DeactivatedAt = active ? null : Now,
        };
        db.People.Add(person);
        await db.SaveChangesAsync();
        return person;
    }

    public async Task<MentoringProgram> ProgramAsync()
    {
        await using var db = NewContext();
        var program = new MentoringProgram
        {
            Name = Unique("Program"),
            StartsOn = new DateOnly(2025, 1, 1),
            EndsOn = new DateOnly(2025, 12, 31),
            DefaultCadence = Cadence.Weekly,
        };
        db.Programs.Add(program);
        await db.SaveChangesAsync();
        return program;
    }

    /// <summary>A pairing in <paramref name="status"/>, with the dates that status requires; a new senior and junior unless given.</summary>
    public async Task<Pairing> PairingAsync(
        PairingStatus status = PairingStatus.Active, Person? senior = null, Person? junior = null, MentoringProgram? program = null)
    {
        senior ??= await PersonAsync(Band.Executive);
        junior ??= await PersonAsync(Band.Junior);
        program ??= await ProgramAsync();
        await using var db = NewContext();
        var pairing = NewPairing(program.Id, senior.Id, junior.Id, status);
        db.Pairings.Add(pairing);
        await db.SaveChangesAsync();
        return pairing;
    }

    /// <summary>An unsaved pairing in <paramref name="status"/> with consistent dates.</summary>
    public static Pairing NewPairing(long programId, long seniorId, long juniorId, PairingStatus status) => new()
    {
        ProgramId = programId,
        SeniorId = seniorId,
        JuniorId = juniorId,
        Cadence = Cadence.Weekly,
        Status = status,
        ProposedAt = Now.AddDays(-30),
        RespondBy = Now.AddDays(-16),
        StartedAt = status is PairingStatus.Active or PairingStatus.Paused or PairingStatus.Completed ? Now.AddDays(-29) : null,
        EndedAt = PairingStateMachine.IsClosed(status) ? Now.AddDays(-1) : null,
    };

    /// <summary>A session of <paramref name="pairing"/> in <paramref name="status"/> (COMPLETED ones occurred an hour ago).</summary>
    public async Task<Session> SessionAsync(Pairing pairing, SessionStatus status = SessionStatus.Scheduled)
    {
        await using var db = NewContext();
        var session = new Session
        {
            PairingId = pairing.Id,
            ScheduledAt = Now.AddHours(-2),
            OccurredAt = status == SessionStatus.Completed ? Now.AddHours(-1) : null,
            DurationMinutes = 45,
            Format = SessionFormat.Coffee,
            Status = status,
        };
        db.Sessions.Add(session);
        await db.SaveChangesAsync();
        return session;
    }

    /// <summary>Saves <paramref name="entity"/> in a new context and returns what the save threw.</summary>
    public async Task<DbUpdateException> SaveRefusedAsync<T>(T entity)
        where T : class
    {
        await using var db = NewContext();
        db.Add(entity);
        return await Assert.ThrowsAnyAsync<DbUpdateException>(() => db.SaveChangesAsync());
    }
}
