using MentorGraph.Persistence.Domain;
using MentorGraph.Persistence.Entities;
using MentorGraph.Persistence.Tests.Support;
using MentorGraph.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace MentorGraph.Persistence.Tests.Rules;

/// <summary>Notes and feedback: written by a participant (MG003), one each per participant per session, feedback only on COMPLETED sessions (MG008).</summary>
[Collection(PostgresCollection.Name)]
public sealed class NoteAndFeedbackRulesTests(MigratedDatabaseFixture database) : IClassFixture<MigratedDatabaseFixture>
{
    private readonly TestData data = new(database);

    [Fact]
    public async Task Note_ByBothParticipants_OneEachAccepted()
    {
        var pairing = await data.PairingAsync();
        var session = await data.SessionAsync(pairing);

        await using var db = data.NewContext();
        db.SessionNotes.Add(Note(session, pairing.SeniorId));
        db.SessionNotes.Add(Note(session, pairing.JuniorId));
        await db.SaveChangesAsync();

        Assert.Equal(2, await db.SessionNotes.CountAsync(n => n.SessionId == session.Id));
    }

    [Fact]
    public async Task Note_BySomeoneOutsideThePairing_RefusedWithNotAParticipant()
    {
        var pairing = await data.PairingAsync();
        var session = await data.SessionAsync(pairing);
        var outsider = await data.PersonAsync(Band.Mid);

        var error = await data.SaveRefusedAsync(Note(session, outsider.Id));

        var violation = Refusal.AssertViolation(error, DatabaseRuleViolations.NotAParticipant, RuleViolationKind.Invalid);
        Assert.Equal("authorId", violation.Field);
    }

    [Fact]
    public async Task Note_MovedToAnotherAuthorOutsideThePairing_RefusedWithNotAParticipant()
    {
        var pairing = await data.PairingAsync();
        var session = await data.SessionAsync(pairing);
        var outsider = await data.PersonAsync(Band.Mid);
        await using var db = data.NewContext();
        var note = Note(session, pairing.SeniorId);
        db.SessionNotes.Add(note);
        await db.SaveChangesAsync();

        note.AuthorId = outsider.Id;
        var error = await Assert.ThrowsAnyAsync<DbUpdateException>(() => db.SaveChangesAsync());

        Refusal.AssertViolation(error, DatabaseRuleViolations.NotAParticipant, RuleViolationKind.Invalid);
    }

    [Fact]
    public async Task SecondNote_SameAuthorSameSession_RefusedAsConflict()
    {
        var pairing = await data.PairingAsync();
        var session = await data.SessionAsync(pairing);
        await using (var db = data.NewContext())
        {
            db.SessionNotes.Add(Note(session, pairing.JuniorId));
            await db.SaveChangesAsync();
        }

        var error = await data.SaveRefusedAsync(Note(session, pairing.JuniorId));

        var violation = Refusal.AssertViolation(error, PostgresErrorCodes.UniqueViolation, RuleViolationKind.Conflict);
        Assert.Equal(DatabaseConstraints.OneNotePerAuthor, violation.Rule);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(100_001)]
    public async Task Note_TextOutsideTheHardCap_RefusedByCheck(int length)
    {
        var pairing = await data.PairingAsync();
        var session = await data.SessionAsync(pairing);
        var note = Note(session, pairing.SeniorId);
        note.Text = new string('x', length);

        var error = await data.SaveRefusedAsync(note);

        Assert.Equal("session_notes_text_length", Refusal.AssertSqlState(error, PostgresErrorCodes.CheckViolation).ConstraintName);
    }

    [Fact]
    public async Task Note_WithATopicButNoDirectionOrSource_RefusedByCheck()
    {
        var pairing = await data.PairingAsync();
        var session = await data.SessionAsync(pairing);
        var note = Note(session, pairing.SeniorId);
        note.TopicId = "LEADERSHIP";

        var error = await data.SaveRefusedAsync(note);

        Assert.Equal("session_notes_classification_complete", Refusal.AssertSqlState(error, PostgresErrorCodes.CheckViolation).ConstraintName);
    }

    [Fact]
    public async Task Feedback_ByBothParticipantsOnACompletedSession_Accepted_AndCodeAgrees()
    {
        var pairing = await data.PairingAsync();
        var session = await data.SessionAsync(pairing, SessionStatus.Completed);

        await using var db = data.NewContext();
        db.SessionFeedback.Add(new SessionFeedback { SessionId = session.Id, AuthorId = pairing.SeniorId, Rating = 4 });
        db.SessionFeedback.Add(new SessionFeedback { SessionId = session.Id, AuthorId = pairing.JuniorId, Rating = 5 });
        await db.SaveChangesAsync();

        Assert.Null(FeedbackRules.Check(session, pairing, pairing.SeniorId));
    }

    [Fact]
    public async Task Feedback_BySomeoneOutsideThePairing_RefusedWithNotAParticipant_AndCodeSaysTheSame()
    {
        var pairing = await data.PairingAsync();
        var session = await data.SessionAsync(pairing, SessionStatus.Completed);
        var outsider = await data.PersonAsync(Band.Mid);

        var error = await data.SaveRefusedAsync(new SessionFeedback { SessionId = session.Id, AuthorId = outsider.Id, Rating = 3 });

        Refusal.AssertViolation(error, DatabaseRuleViolations.NotAParticipant, RuleViolationKind.Invalid);
        Assert.Equal(DatabaseRuleViolations.NotAParticipant, FeedbackRules.Check(session, pairing, outsider.Id)!.Rule);
    }

    [Theory]
    [InlineData(SessionStatus.Scheduled)]
    [InlineData(SessionStatus.Cancelled)]
    [InlineData(SessionStatus.Missed)]
    public async Task Feedback_OnASessionNotCompleted_RefusedWithFeedbackBeforeCompletion_AndCodeSaysTheSame(SessionStatus status)
    {
        var pairing = await data.PairingAsync();
        var session = await data.SessionAsync(pairing, status);

        var error = await data.SaveRefusedAsync(new SessionFeedback { SessionId = session.Id, AuthorId = pairing.JuniorId, Rating = 3 });

        Refusal.AssertViolation(error, DatabaseRuleViolations.FeedbackBeforeCompletion, RuleViolationKind.Invalid);
        Assert.Equal(DatabaseRuleViolations.FeedbackBeforeCompletion, FeedbackRules.Check(session, pairing, pairing.JuniorId)!.Rule);
    }

    [Fact]
    public async Task SecondFeedback_SameParticipantSameSession_RefusedAsConflict()
    {
        var pairing = await data.PairingAsync();
        var session = await data.SessionAsync(pairing, SessionStatus.Completed);
        await using (var db = data.NewContext())
        {
            db.SessionFeedback.Add(new SessionFeedback { SessionId = session.Id, AuthorId = pairing.SeniorId, Rating = 4 });
            await db.SaveChangesAsync();
        }

        var error = await data.SaveRefusedAsync(new SessionFeedback { SessionId = session.Id, AuthorId = pairing.SeniorId, Rating = 2 });

        Assert.Equal(DatabaseConstraints.OneFeedbackPerAuthor, Refusal.AssertViolation(error, PostgresErrorCodes.UniqueViolation, RuleViolationKind.Conflict).Rule);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    public async Task Feedback_RatingOutsideOneToFive_RefusedByCheck(int rating)
    {
        var pairing = await data.PairingAsync();
        var session = await data.SessionAsync(pairing, SessionStatus.Completed);

        var error = await data.SaveRefusedAsync(new SessionFeedback { SessionId = session.Id, AuthorId = pairing.SeniorId, Rating = rating });

        Assert.Equal("session_feedback_rating_range", Refusal.AssertSqlState(error, PostgresErrorCodes.CheckViolation).ConstraintName);
    }

    private static SessionNote Note(Session session, long authorId) =>
        new() { SessionId = session.Id, AuthorId = authorId, Text = "What we talked about.", Visibility = NoteVisibility.Pair };
}
