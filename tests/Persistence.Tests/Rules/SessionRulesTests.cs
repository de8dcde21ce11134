using MentorGraph.Persistence.Domain;
using MentorGraph.Persistence.Entities;
using MentorGraph.Persistence.Tests.Support;
using MentorGraph.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace MentorGraph.Persistence.Tests.Rules;

/// <summary>Sessions: transitions through <see cref="SessionTransitions"/>, occurred_at exactly when COMPLETED and never in the future (MG007), duration 1..1440.</summary>
[Collection(PostgresCollection.Name)]
public sealed class SessionRulesTests(MigratedDatabaseFixture database) : IClassFixture<MigratedDatabaseFixture>
{
    private readonly TestData data = new(database);

    [Fact]
    public async Task Complete_ScheduledSessionInThePast_SavedWithOccurredAtAndDuration()
    {
        var session = await data.SessionAsync(await data.PairingAsync());
        var occurredAt = DateTimeOffset.UtcNow.AddMinutes(-30);
        await using var db = data.NewContext();
        var tracked = await db.Sessions.SingleAsync(s => s.Id == session.Id);

        Assert.Null(SessionTransitions.Complete(tracked, occurredAt, 25, DateTimeOffset.UtcNow));
        await db.SaveChangesAsync();

        await using var read = data.NewContext();
        var back = await read.Sessions.SingleAsync(s => s.Id == session.Id);
        Assert.Equal((SessionStatus.Completed, 25, 2), (back.Status, back.DurationMinutes, back.Version));
        Assert.Equal(occurredAt.ToUnixTimeMilliseconds(), back.OccurredAt!.Value.ToUnixTimeMilliseconds());
    }

    [Fact]
    public async Task Complete_OccurredInTheFuture_RefusedByCodeAndByTrigger()
    {
        var session = await data.SessionAsync(await data.PairingAsync());
        var tomorrow = DateTimeOffset.UtcNow.AddDays(1);
        await using var db = data.NewContext();
        var tracked = await db.Sessions.SingleAsync(s => s.Id == session.Id);

        var inCode = SessionTransitions.Complete(tracked, tomorrow, null, DateTimeOffset.UtcNow);
        Assert.Equal((DatabaseRuleViolations.OccurredInFuture, "occurredAt"), (inCode!.Rule, inCode.Field));
        Assert.Equal(SessionStatus.Scheduled, tracked.Status);

        (tracked.Status, tracked.OccurredAt) = (SessionStatus.Completed, tomorrow);
        var error = await Assert.ThrowsAnyAsync<DbUpdateException>(() => db.SaveChangesAsync());

        var violation = Refusal.AssertViolation(error, DatabaseRuleViolations.OccurredInFuture, RuleViolationKind.Invalid);
        Assert.Equal(inCode with { Message = "" }, violation with { Message = "" });
    }

    [Theory]
    [InlineData(SessionAction.Cancel, SessionStatus.Cancelled)]
    [InlineData(SessionAction.MarkMissed, SessionStatus.Missed)]
    public async Task Close_ScheduledSession_SavedWithStatusAndReason(SessionAction action, SessionStatus expected)
    {
        var session = await data.SessionAsync(await data.PairingAsync());
        await using var db = data.NewContext();
        var tracked = await db.Sessions.SingleAsync(s => s.Id == session.Id);

        Assert.Null(SessionTransitions.Close(tracked, action, "Travel"));
        await db.SaveChangesAsync();

        await using var read = data.NewContext();
        var back = await read.Sessions.SingleAsync(s => s.Id == session.Id);
        Assert.Equal((expected, "Travel", (DateTimeOffset?)null), (back.Status, back.StatusReason, back.OccurredAt));
    }

    [Fact]
    public async Task CancelledSession_SetBackToScheduled_RefusedWithTransitionFromAndTo()
    {
        var session = await data.SessionAsync(await data.PairingAsync(), SessionStatus.Cancelled);
        await using var db = data.NewContext();
        var tracked = await db.Sessions.SingleAsync(s => s.Id == session.Id);

        Assert.Equal(RuleViolationKind.InvalidTransition, SessionTransitions.Close(tracked, SessionAction.MarkMissed, null)!.Kind);
        tracked.Status = SessionStatus.Scheduled;
        var error = await Assert.ThrowsAnyAsync<DbUpdateException>(() => db.SaveChangesAsync());

        var violation = Refusal.AssertViolation(error, DatabaseRuleViolations.SessionTransitionRefused, RuleViolationKind.InvalidTransition);
        Assert.Equal(("CANCELLED", "SCHEDULED", "status"), (violation.From, violation.To, violation.Field));
    }

    [Fact]
    public async Task ScheduledSession_WithOccurredAt_RefusedByCheck()
    {
        var pairing = await data.PairingAsync();

        var error = await data.SaveRefusedAsync(new Session
        {
            PairingId = pairing.Id,
            ScheduledAt = DateTimeOffset.UtcNow,
            OccurredAt = DateTimeOffset.UtcNow.AddHours(-1),
            DurationMinutes = 30,
            Format = SessionFormat.Lunch,
        });

        Assert.Equal("sessions_occurred_exactly_when_completed", Refusal.AssertSqlState(error, PostgresErrorCodes.CheckViolation).ConstraintName);
    }

    [Fact]
    public async Task Session_ScheduledInThePast_Accepted()
    {
        var pairing = await data.PairingAsync();
        await using var db = data.NewContext();

        db.Sessions.Add(new Session { PairingId = pairing.Id, ScheduledAt = DateTimeOffset.UtcNow.AddDays(-60), DurationMinutes = 30, Format = SessionFormat.Office });
        await db.SaveChangesAsync();
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1441)]
    public async Task Session_DurationOutsideOneMinuteToOneDay_RefusedByCheck(int minutes)
    {
        var pairing = await data.PairingAsync();

        var error = await data.SaveRefusedAsync(new Session { PairingId = pairing.Id, ScheduledAt = DateTimeOffset.UtcNow, DurationMinutes = minutes, Format = SessionFormat.Other });

        Assert.Equal("sessions_duration_range", Refusal.AssertSqlState(error, PostgresErrorCodes.CheckViolation).ConstraintName);
    }
}
