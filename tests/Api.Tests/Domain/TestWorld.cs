using MentorGraph.Api.Schema.Nodes;
using MentorGraph.Persistence;
using MentorGraph.Persistence.Domain;
using MentorGraph.Persistence.Entities;
using MentorGraph.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace MentorGraph.Api.Tests.Domain;

/// <summary>
/// Rows for one test in its class's database, written directly with EF (fast, and independent of the API under
/// test): every name and email unique, so tests of a class never meet on a unique rule.
/// </summary>
public sealed class TestWorld(MigratedDatabaseFixture database)
{
    public static DateTimeOffset Now => DateTimeOffset.UtcNow;

    public MentorGraphDbContext NewContext() => MentorGraphDatabase.CreateContext(database.DataSource);

    public static string Unique(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..(prefix.Length + 13)];

    public static string Id(string type, long key) => GlobalId.Encode(type, key);

    public async Task<T> AddAsync<T>(T entity)
        where T : class
    {
        await using var db = NewContext();
        db.Add(entity);
        await db.SaveChangesAsync();
        return entity;
    }

    public Task<Department> DepartmentAsync(string? name = null) => AddAsync(new Department { Name = name ?? Unique("Department") });

    public Task<Person> PersonAsync(Band band, string? name = null, long? departmentId = null, string? email = null) => AddAsync(new Person
    {
        Name = name ?? Unique("Person"),
        Email = email ?? Unique("person") + "@example.com",
        Band = band,
        DepartmentId = departmentId,
    });

    public Task<MentoringProgram> ProgramAsync(string? name = null, DateOnly? startsOn = null) => AddAsync(new MentoringProgram
    {
        Name = name ?? Unique("Program"),
        StartsOn = startsOn ?? new DateOnly(2026, 1, 1),
        EndsOn = new DateOnly(2026, 12, 31),
        DefaultCadence = Cadence.Weekly,
    });

    /// <summary>A pairing in <paramref name="status"/> reached through the state machine's edges (history written), new people unless given.</summary>
    public async Task<Pairing> PairingAsync(
        PairingStatus status = PairingStatus.Active, Person? senior = null, Person? junior = null, MentoringProgram? program = null, long? proposedBy = null)
    {
        senior ??= await PersonAsync(Band.Executive);
        junior ??= await PersonAsync(Band.Junior);
        program ??= await ProgramAsync();
        var at = Now.AddDays(-30);
        var pairing = new Pairing { ProgramId = program.Id, SeniorId = senior.Id, JuniorId = junior.Id, Cadence = Cadence.Weekly };
        PairingTransitions.Propose(pairing, proposedBy ?? junior.Id, at, TimeSpan.FromDays(14));
        var path = status switch
        {
            PairingStatus.Proposed => [],
            PairingStatus.Active => new[] { PairingAction.Accept },
            PairingStatus.Paused => [PairingAction.Accept, PairingAction.Pause],
            PairingStatus.Completed => [PairingAction.Accept, PairingAction.Complete],
            PairingStatus.Cancelled => [PairingAction.Accept, PairingAction.Cancel],
            PairingStatus.Declined => [PairingAction.Decline],
            PairingStatus.Expired => [PairingAction.Expire],
            _ => throw new ArgumentOutOfRangeException(nameof(status)),
        };
        foreach (var action in path)
        {
            at = at.AddDays(1);
            Assert.Null(PairingTransitions.Apply(pairing, action, senior.Id, null, at));
        }

        return await AddAsync(pairing);
    }

    public Task<Session> SessionAsync(Pairing pairing, SessionStatus status = SessionStatus.Completed, DateTimeOffset? at = null)
    {
        var when = at ?? Now.AddDays(-7);
        return AddAsync(new Session
        {
            PairingId = pairing.Id,
            ScheduledAt = when,
            OccurredAt = status == SessionStatus.Completed ? when : null,
            DurationMinutes = 45,
            Format = SessionFormat.Coffee,
            Status = status,
        });
    }

    public Task<SessionNote> NoteAsync(Session session, long authorId, NoteVisibility visibility, string? text = null) =>
        AddAsync(new SessionNote { SessionId = session.Id, AuthorId = authorId, Visibility = visibility, Text = text ?? Unique("Note text") });

    public Task<Lesson> LessonAsync(Pairing pairing, long teacherId, LessonVisibility visibility, long? sessionId = null, string? title = null, string? topic = null) =>
        AddAsync(new Lesson
        {
            PairingId = pairing.Id,
            SessionId = sessionId,
            TeacherId = teacherId,
            LearnerId = teacherId == pairing.SeniorId ? pairing.JuniorId : pairing.SeniorId,
            Direction = teacherId == pairing.JuniorId ? LearningDirection.Upward : LearningDirection.Downward,
            Title = title ?? Unique("Lesson"),
            Visibility = visibility,
            TopicId = topic,
            TopicSource = topic is null ? null : LabelSource.Person,
        });

    /// <summary>A count of rows, to assert that a refused mutation wrote nothing.</summary>
    public async Task<int> CountAsync<T>()
        where T : class
    {
        await using var db = NewContext();
        return await db.Set<T>().CountAsync();
    }

    public async Task<T> ReloadAsync<T>(long id)
        where T : class
    {
        await using var db = NewContext();
        return await db.Set<T>().AsNoTracking().SingleAsync(e => EF.Property<long>(e, "Id") == id);
    }
}
