using MentorGraph.Persistence.Domain;
using MentorGraph.Persistence.Entities;
using MentorGraph.Persistence.Tests.Support;
using MentorGraph.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace MentorGraph.Persistence.Tests.Model;

/// <summary>Every table through EF: what is saved is what a new context reads back, relations included.</summary>
[Collection(PostgresCollection.Name)]
public sealed class RoundTripTests(MigratedDatabaseFixture database) : IClassFixture<MigratedDatabaseFixture>
{
    private static readonly DateTimeOffset At = new(2025, 3, 4, 10, 30, 15, 123, TimeSpan.Zero);

    private readonly TestData data = new(database);

    [Fact]
    public async Task Department_SavedAndRead_SameNameVersionOneAndTimestamps()
    {
        var department = await data.DepartmentAsync();

        await using var db = data.NewContext();
        var read = await db.Departments.SingleAsync(d => d.Id == department.Id);
        Assert.Equal(department.Name, read.Name);
        Assert.Equal(1, read.Version);
        Assert.True(read.CreatedAt > DateTimeOffset.UtcNow.AddMinutes(-5));
        Assert.Equal(read.CreatedAt, read.UpdatedAt);
    }

    [Fact]
    public async Task Person_WithDepartmentAndTopics_ReadBackWithEveryField()
    {
        var department = await data.DepartmentAsync();
        long id;
        await using (var db = data.NewContext())
        {
            var person = new Person
            {
                Name = "Ada Lovelace",
                Email = TestData.Unique("Ada") + "@Example.com",
                Title = "Analyst",
                DepartmentId = department.Id,
                Band = Band.Mid,
                Active = false,
                DeactivatedAt = At,
                CanTeach = [new PersonCanTeach { TopicId = "DATA_ANALYTICS" }, new PersonCanTeach { TopicId = "SOCIAL_MEDIA" }],
                WantsToLearn = [new PersonWantsToLearn { TopicId = "LEADERSHIP" }],
            };
            db.People.Add(person);
            await db.SaveChangesAsync();
            id = person.Id;
        }

        await using var read = data.NewContext();
        var back = await read.People.Include(p => p.Department).Include(p => p.CanTeach).ThenInclude(t => t.Topic)
            .Include(p => p.WantsToLearn).SingleAsync(p => p.Id == id);
        Assert.Equal(("Ada Lovelace", "Analyst", Band.Mid, false, At), (back.Name, back.Title, back.Band, back.Active, back.DeactivatedAt));
        Assert.EndsWith("@Example.com", back.Email);
        Assert.Equal(department.Name, back.Department!.Name);
        Assert.Equal(["DATA_ANALYTICS", "SOCIAL_MEDIA"], back.CanTeach.Select(t => t.TopicId).Order());
        Assert.Equal("data-analytics", back.CanTeach.Single(t => t.TopicId == "DATA_ANALYTICS").Topic.Slug);
        Assert.Equal(["LEADERSHIP"], back.WantsToLearn.Select(t => t.TopicId));
        Assert.Equal("MID", await ScalarAsync($"SELECT band FROM people WHERE id = {id}"));
    }

    [Fact]
    public async Task Program_SavedAndRead_DatesCadenceAndTexts()
    {
        long id;
        await using (var db = data.NewContext())
        {
            var program = new MentoringProgram
            {
                Name = "Spring cohort",
                Description = "Reverse mentoring for the leadership team.",
                Goals = "Digital fluency.",
                StartsOn = new DateOnly(2025, 3, 1),
                EndsOn = new DateOnly(2025, 8, 31),
                DefaultCadence = Cadence.Biweekly,
            };
            db.Programs.Add(program);
            await db.SaveChangesAsync();
            id = program.Id;
        }

        await using var read = data.NewContext();
        var back = await read.Programs.SingleAsync(p => p.Id == id);
        Assert.Equal(
            ("Spring cohort", "Reverse mentoring for the leadership team.", "Digital fluency.", new DateOnly(2025, 3, 1), new DateOnly(2025, 8, 31), Cadence.Biweekly),
            (back.Name, back.Description, back.Goals, back.StartsOn, back.EndsOn, back.DefaultCadence));
        Assert.Equal("BIWEEKLY", await ScalarAsync($"SELECT default_cadence FROM programs WHERE id = {id}"));
    }

    [Fact]
    public async Task Pairing_ProposedThroughTransitions_ReadBackWithParticipantsAndHistory()
    {
        var senior = await data.PersonAsync(Band.Executive);
        var junior = await data.PersonAsync(Band.Junior);
        var program = await data.ProgramAsync();
        long id;
        await using (var db = data.NewContext())
        {
            var pairing = new Pairing
            {
                ProgramId = program.Id,
                SeniorId = senior.Id,
                JuniorId = junior.Id,
                SeniorExpects = "Learn TikTok",
                JuniorExpects = "Learn budgeting",
                Cadence = Cadence.Monthly,
            };
            PairingTransitions.Propose(pairing, junior.Id, At, PairingTransitions.DefaultRespondWithin);
            db.Pairings.Add(pairing);
            await db.SaveChangesAsync();
            Assert.Null(PairingTransitions.Apply(pairing, PairingAction.Accept, senior.Id, null, At.AddDays(1)));
            await db.SaveChangesAsync();
            id = pairing.Id;
        }

        await using var read = data.NewContext();
        var back = await read.Pairings.Include(p => p.Senior).Include(p => p.Junior).Include(p => p.Program).Include(p => p.ProposedBy)
            .Include(p => p.StatusHistory.OrderBy(c => c.At)).SingleAsync(p => p.Id == id);
        Assert.Equal(
            (PairingStatus.Active, Cadence.Monthly, "Learn TikTok", "Learn budgeting", At, At.AddDays(14), (DateTimeOffset?)At.AddDays(1), (DateTimeOffset?)null, false),
            (back.Status, back.Cadence, back.SeniorExpects, back.JuniorExpects, back.ProposedAt, back.RespondBy, back.StartedAt, back.EndedAt, back.AtRisk));
        Assert.Equal((senior.Name, junior.Name, program.Name, junior.Name), (back.Senior.Name, back.Junior.Name, back.Program.Name, back.ProposedBy!.Name));
        Assert.Equal(
            [(null, PairingStatus.Proposed, junior.Id, At), (PairingStatus.Proposed, PairingStatus.Active, senior.Id, At.AddDays(1))],
            back.StatusHistory.Select(c => (c.From, c.To, c.ByPersonId, c.At)));
        Assert.Equal(2, back.Version);
    }

    [Fact]
    public async Task Session_SavedAndRead_EveryFieldAndEveryFormat()
    {
        var pairing = await data.PairingAsync();
        await using (var db = data.NewContext())
        {
            foreach (var format in Enum.GetValues<SessionFormat>())
            {
                db.Sessions.Add(new Session { PairingId = pairing.Id, ScheduledAt = At, DurationMinutes = 30, Format = format });
            }

            db.Sessions.Add(new Session
            {
                PairingId = pairing.Id,
                ScheduledAt = At,
                OccurredAt = At.AddMinutes(5),
                DurationMinutes = 1440,
                Format = SessionFormat.Walk,
                Status = SessionStatus.Completed,
                StatusReason = "Went long",
            });
            await db.SaveChangesAsync();
        }

        await using var read = data.NewContext();
        var sessions = await read.Sessions.Where(s => s.PairingId == pairing.Id).OrderBy(s => s.Id).ToListAsync();
        Assert.Equal([.. Enum.GetValues<SessionFormat>(), SessionFormat.Walk], sessions.Select(s => s.Format));
        var completed = sessions[^1];
        Assert.Equal(
            (At, (DateTimeOffset?)At.AddMinutes(5), 1440, SessionStatus.Completed, "Went long", 1),
            (completed.ScheduledAt, completed.OccurredAt, completed.DurationMinutes, completed.Status, completed.StatusReason, completed.Version));
    }

    [Fact]
    public async Task Times_GivenWithAnOffset_AreStoredAsTheSameInstantInUtc()
    {
        var pairing = await data.PairingAsync();
        var withOffset = new DateTimeOffset(2025, 3, 4, 12, 0, 0, TimeSpan.FromHours(2));
        long id;
        await using (var db = data.NewContext())
        {
            var session = new Session { PairingId = pairing.Id, ScheduledAt = withOffset, DurationMinutes = 30, Format = SessionFormat.Video };
            db.Sessions.Add(session);
            await db.SaveChangesAsync();
            id = session.Id;
        }

        await using var read = data.NewContext();
        var back = await read.Sessions.SingleAsync(s => s.Id == id);
        Assert.Equal(withOffset, back.ScheduledAt);
        Assert.Equal(TimeSpan.Zero, back.ScheduledAt.Offset);
    }

    [Fact]
    public async Task SessionNote_WithClassification_ReadBackWithSessionAuthorAndTopic()
    {
        var pairing = await data.PairingAsync();
        var session = await data.SessionAsync(pairing);
        long id;
        await using (var db = data.NewContext())
        {
            var note = new SessionNote
            {
                SessionId = session.Id,
                AuthorId = pairing.JuniorId,
                Text = "We went through the dashboard together.",
                Visibility = NoteVisibility.Private,
                TopicId = "DATA_ANALYTICS",
                Direction = NoteDirection.Mutual,
                LabelSource = LabelSource.Model,
                ModelVersion = "v1",
                ClassifiedAt = At,
            };
            db.SessionNotes.Add(note);
            await db.SaveChangesAsync();
            id = note.Id;
        }

        await using var read = data.NewContext();
        var back = await read.SessionNotes.Include(n => n.Session).Include(n => n.Author).Include(n => n.Topic).SingleAsync(n => n.Id == id);
        Assert.Equal(
            ("We went through the dashboard together.", NoteVisibility.Private, NoteDirection.Mutual, (LabelSource?)LabelSource.Model, "v1", (DateTimeOffset?)At),
            (back.Text, back.Visibility, back.Direction!.Value, back.LabelSource, back.ModelVersion, back.ClassifiedAt));
        Assert.Equal((session.Id, pairing.JuniorId, "Data and analytics"), (back.Session.Id, back.Author.Id, back.Topic!.Title));
    }

    [Fact]
    public async Task SessionFeedback_SavedAndRead_RatingCommentAndAuthor()
    {
        var pairing = await data.PairingAsync();
        var session = await data.SessionAsync(pairing, SessionStatus.Completed);
        await using (var db = data.NewContext())
        {
            db.SessionFeedback.Add(new SessionFeedback { SessionId = session.Id, AuthorId = pairing.SeniorId, Rating = 5, Comment = "Great" });
            db.SessionFeedback.Add(new SessionFeedback { SessionId = session.Id, AuthorId = pairing.JuniorId, Rating = 1 });
            await db.SaveChangesAsync();
        }

        await using var read = data.NewContext();
        var feedback = await read.SessionFeedback.Include(f => f.Author).Where(f => f.SessionId == session.Id).OrderBy(f => f.Rating).ToListAsync();
        Assert.Equal(
            [(1, (string?)null, pairing.JuniorId), (5, "Great", pairing.SeniorId)],
            feedback.Select(f => (f.Rating, f.Comment, f.Author.Id)));
        Assert.All(feedback, f => Assert.True(f.CreatedAt > DateTimeOffset.UtcNow.AddMinutes(-5)));
    }

    [Fact]
    public async Task Lesson_RecordedWithLessonRules_ReadBackWithDerivedLearnerAndDirection()
    {
        var pairing = await data.PairingAsync();
        var session = await data.SessionAsync(pairing);
        long id;
        await using (var db = data.NewContext())
        {
            var lesson = new Lesson
            {
                SessionId = session.Id,
                Title = "Short video for product launches",
                Detail = "How to film and cut a 30-second clip.",
                TopicId = "SOCIAL_MEDIA",
                TopicSource = LabelSource.Person,
                Visibility = LessonVisibility.Company,
            };
            Assert.Null(LessonRules.AssignTeacher(lesson, pairing, pairing.JuniorId));
            db.Lessons.Add(lesson);
            await db.SaveChangesAsync();
            id = lesson.Id;
        }

        await using var read = data.NewContext();
        var back = await read.Lessons.Include(l => l.Teacher).Include(l => l.Learner).Include(l => l.Session).Include(l => l.Pairing)
            .Include(l => l.Topic).SingleAsync(l => l.Id == id);
        Assert.Equal(
            (pairing.JuniorId, pairing.SeniorId, LearningDirection.Upward, LessonVisibility.Company, (LabelSource?)LabelSource.Person, "Social media"),
            (back.Teacher.Id, back.Learner.Id, back.Direction, back.Visibility, back.TopicSource, back.Topic!.Title));
        Assert.Equal((session.Id, pairing.Id, "Short video for product launches", "How to film and cut a 30-second clip."), (back.Session!.Id, back.Pairing.Id, back.Title, back.Detail));
        Assert.Equal("UPWARD COMPANY PERSON", await ScalarAsync($"SELECT direction || ' ' || visibility || ' ' || topic_source FROM lessons WHERE id = {id}"));
    }

    [Fact]
    public async Task NoteRead_SavedAndRead_WithNoteAndReader()
    {
        var pairing = await data.PairingAsync();
        var session = await data.SessionAsync(pairing);
        var admin = await data.PersonAsync(Band.Senior);
        long noteId;
        await using (var db = data.NewContext())
        {
            var note = new SessionNote { SessionId = session.Id, AuthorId = pairing.SeniorId, Text = "Notes", Visibility = NoteVisibility.Pair };
            db.SessionNotes.Add(note);
            await db.SaveChangesAsync();
            noteId = note.Id;
            db.NoteReads.Add(new NoteRead { NoteId = noteId, ReaderId = admin.Id, ReadAt = At });
            db.NoteReads.Add(new NoteRead { NoteId = noteId, ReaderId = admin.Id });
            await db.SaveChangesAsync();
        }

        await using var read = data.NewContext();
        var note2 = await read.SessionNotes.Include(n => n.Reads.OrderBy(r => r.ReadAt)).ThenInclude(r => r.Reader).SingleAsync(n => n.Id == noteId);
        Assert.Equal([admin.Id, admin.Id], note2.Reads.Select(r => r.Reader.Id));
        Assert.Equal(At, note2.Reads[0].ReadAt);
        Assert.True(note2.Reads[1].ReadAt > DateTimeOffset.UtcNow.AddMinutes(-5));
    }

    private async Task<string?> ScalarAsync(string sql)
    {
        await using var command = database.DataSource.CreateCommand(sql);
        return (string?)await command.ExecuteScalarAsync();
    }
}
