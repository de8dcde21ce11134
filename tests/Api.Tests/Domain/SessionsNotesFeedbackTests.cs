using System.Text.Json.Nodes;
using MentorGraph.Api.Schema.Nodes;
using MentorGraph.Persistence.Entities;
using MentorGraph.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace MentorGraph.Api.Tests.Domain;

/// <summary>
/// Sessions (every transition, past schedules, no future completion), notes (who reads which, the ADMIN read
/// audit, the length limit, the upsert) and feedback (once, completed sessions only, dual-blind) through GraphQL.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class SessionsNotesFeedbackTests(DomainApiFixture api) : IClassFixture<DomainApiFixture>
{
    private const string SessionFields = "session { status version occurredAt durationMinutes statusReason } errors { __typename ... on Error { code } ... on InvalidTransitionError { from to } ... on ConflictError { version } ... on ValidationError { field } }";

    [Fact]
    public async Task ScheduleSession_InThePast_IsAllowed_AndByAStranger_NotFound()
    {
        var (pairing, senior, _) = await PairAsync();
        var stranger = await api.Data.PersonAsync(Band.Mid);
        var input = new { pairingId = TestWorld.Id(NodeTypes.Pairing, pairing.Id), scheduledAt = "2025-06-01T09:00:00Z", durationMinutes = 30, format = "WALK" };
        const string mutation = "mutation($input: ScheduleSessionInput!) { scheduleSession(input: $input) { session { status scheduledAt format } errors { __typename ... on Error { code } } } }";

        var scheduled = (await api.RunAsync(mutation, api.Token(senior.Email), new { input })).Ok()["scheduleSession"]!;
        var byStranger = (await api.RunAsync(mutation, api.Token(stranger.Email), new { input })).Ok()["scheduleSession"]!;

        Assert.Equal("SCHEDULED", scheduled["session"]!["status"]!.GetValue<string>());
        Assert.Equal("2025-06-01T09:00:00.000Z", scheduled["session"]!["scheduledAt"]!.GetValue<string>());
        Assert.Equal("NotFoundError", byStranger["errors"]![0]!["__typename"]!.GetValue<string>());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1441)]
    public async Task ScheduleSession_DurationOutOfRange_IsAValidationError_AndNothingIsWritten(int minutes)
    {
        var (pairing, senior, _) = await PairAsync();
        var before = await api.Data.CountAsync<Session>();

        var payload = (await api.RunAsync(
            "mutation($input: ScheduleSessionInput!) { scheduleSession(input: $input) { session { id } errors { ... on Error { code } ... on ValidationError { field } } } }",
            api.Token(senior.Email),
            new { input = new { pairingId = TestWorld.Id(NodeTypes.Pairing, pairing.Id), scheduledAt = "2026-06-01T09:00:00Z", durationMinutes = minutes, format = "VIDEO" } })).Ok()["scheduleSession"]!;

        Assert.Equal("OUT_OF_RANGE", payload["errors"]![0]!["code"]!.GetValue<string>());
        Assert.Equal("durationMinutes", payload["errors"]![0]!["field"]!.GetValue<string>());
        Assert.Equal(before, await api.Data.CountAsync<Session>());
    }

    public static TheoryData<string, SessionStatus> EverySessionTransitionFromEveryStatus()
    {
        var data = new TheoryData<string, SessionStatus>();
        foreach (var mutation in new[] { "completeSession", "cancelSession", "markSessionMissed" })
        {
            foreach (var status in Enum.GetValues<SessionStatus>())
            {
                data.Add(mutation, status);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EverySessionTransitionFromEveryStatus))]
    public async Task SessionTransition_OnlyFromScheduled_ElseInvalidTransition_WithNothingWritten(string mutation, SessionStatus from)
    {
        var (pairing, senior, _) = await PairAsync();
        var session = await api.Data.SessionAsync(pairing, from);
        var input = new JsonObject { ["sessionId"] = TestWorld.Id(NodeTypes.Session, session.Id), ["version"] = 1 };
        if (mutation == "completeSession")
        {
            input["occurredAt"] = "2026-01-10T10:00:00Z";
        }
        else
        {
            input["reason"] = "Travel";
        }

        var input_type = char.ToUpperInvariant(mutation[0]) + mutation[1..] + "Input";
        var payload = (await api.RunAsync($"mutation($input: {input_type}!) {{ {mutation}(input: $input) {{ {SessionFields} }} }}", api.Token(senior.Email), new { input })).Ok()[mutation]!;

        var after = await api.Data.ReloadAsync<Session>(session.Id);
        if (from == SessionStatus.Scheduled)
        {
            var to = mutation switch { "completeSession" => SessionStatus.Completed, "cancelSession" => SessionStatus.Cancelled, _ => SessionStatus.Missed };
            Assert.Empty(payload["errors"]!.AsArray());
            Assert.Equal((to, 2), (after.Status, after.Version));
        }
        else
        {
            var error = Assert.Single(payload["errors"]!.AsArray())!;
            Assert.Equal("InvalidTransitionError", error["__typename"]!.GetValue<string>());
            Assert.Equal(Persistence.Entities.EnumText<SessionStatus>.ToText(from), error["from"]!.GetValue<string>());
            Assert.Equal((from, 1), (after.Status, after.Version));
        }
    }

    [Fact]
    public async Task CompleteSession_InTheFuture_IsAValidationErrorOnOccurredAt_AndNothingChanges()
    {
        var (pairing, senior, _) = await PairAsync();
        var session = await api.Data.SessionAsync(pairing, SessionStatus.Scheduled);

        var payload = (await api.RunAsync(
            $"mutation($input: CompleteSessionInput!) {{ completeSession(input: $input) {{ {SessionFields} }} }}",
            api.Token(senior.Email),
            new { input = new { sessionId = TestWorld.Id(NodeTypes.Session, session.Id), version = 1, occurredAt = DateTimeOffset.UtcNow.AddDays(1).ToString("O") } })).Ok()["completeSession"]!;

        Assert.Equal("occurredAt", payload["errors"]![0]!["field"]!.GetValue<string>());
        Assert.Equal(SessionStatus.Scheduled, (await api.Data.ReloadAsync<Session>(session.Id)).Status);
    }

    [Fact]
    public async Task Notes_AMemberNeverSeesAnotherPairsNotes_PrivateOnlyByItsAuthor_NotEvenAdmin()
    {
        var (pairing, senior, junior) = await PairAsync();
        var session = await api.Data.SessionAsync(pairing);
        var pairNote = await api.Data.NoteAsync(session, junior.Id, NoteVisibility.Pair, "What I taught about TikTok");
        var privateNote = await api.Data.NoteAsync(session, senior.Id, NoteVisibility.Private, "My private reflection");
        var stranger = await api.Data.PersonAsync(Band.Senior);
        var admin = await api.Data.PersonAsync(Band.Executive);

        var bySenior = await NotesAsync(session, api.Token(senior.Email));
        var byJunior = await NotesAsync(session, api.Token(junior.Email));
        var byAdmin = await NotesAsync(session, api.Token(admin.Email, "ADMIN"));
        var byStranger = await api.RunAsync("query($id: ID!) { session(id: $id) { id } node(id: $id) { id } }", api.Token(stranger.Email), new { id = TestWorld.Id(NodeTypes.Session, session.Id) });
        var privateByAdmin = await api.RunAsync("query($id: ID!) { node(id: $id) { id } }", api.Token(admin.Email, "ADMIN"), new { id = TestWorld.Id(NodeTypes.SessionNote, privateNote.Id) });

        Assert.Equal(["What I taught about TikTok", "My private reflection"], bySenior);
        Assert.Equal(["What I taught about TikTok"], byJunior);
        Assert.Equal(["What I taught about TikTok"], byAdmin);
        Assert.Null(byStranger.Ok()["session"]);
        Assert.Null(byStranger.Ok()["node"]);
        Assert.Null(privateByAdmin.Ok()["node"]);
        Assert.NotEqual(pairNote.Id, privateNote.Id);
    }

    [Fact]
    public async Task AdminReadingAnotherPairsNote_WritesAnAuditRow_ThatTheAuthorSees_AndOthersDoNot()
    {
        var (pairing, senior, junior) = await PairAsync();
        var session = await api.Data.SessionAsync(pairing);
        var note = await api.Data.NoteAsync(session, junior.Id, NoteVisibility.Pair);
        var admin = await api.Data.PersonAsync(Band.Executive);

        await NotesAsync(session, api.Token(admin.Email, "ADMIN"));
        await NotesAsync(session, api.Token(senior.Email));
        const string reads = "query($id: ID!) { node(id: $id) { ... on SessionNote { readByAdmins { reader { name } readAt } } } }";
        var byAuthor = (await api.RunAsync(reads, api.Token(junior.Email), new { id = TestWorld.Id(NodeTypes.SessionNote, note.Id) })).Ok();
        var byOther = (await api.RunAsync(reads, api.Token(senior.Email), new { id = TestWorld.Id(NodeTypes.SessionNote, note.Id) })).Ok();

        await using var db = api.Data.NewContext();
        var audit = await db.NoteReads.Where(r => r.NoteId == note.Id).ToListAsync();
        Assert.Equal(admin.Id, Assert.Single(audit).ReaderId);
        Assert.Equal(admin.Name, byAuthor["node"]!["readByAdmins"]![0]!["reader"]!["name"]!.GetValue<string>());
        Assert.Empty(byOther["node"]!["readByAdmins"]!.AsArray());
    }

    [Fact]
    public async Task WriteSessionNote_IsAnUpsertByTheAuthor_OverLongIsTooLong_AdminCannotWrite_AndNothingIsWrittenOnRefusal()
    {
        var (pairing, senior, junior) = await PairAsync();
        var session = await api.Data.SessionAsync(pairing);
        var admin = await api.Data.PersonAsync(Band.Executive);
        const string mutation = "mutation($input: WriteSessionNoteInput!) { writeSessionNote(input: $input) { note { id text version visibility author { name } classification { direction } } errors { __typename ... on Error { code } ... on ValidationError { field } } } }";
        var id = TestWorld.Id(NodeTypes.Session, session.Id);

        var first = (await api.RunAsync(mutation, api.Token(junior.Email), new { input = new { sessionId = id, text = "First draft", visibility = "PRIVATE" } })).Ok()["writeSessionNote"]!;
        var second = (await api.RunAsync(mutation, api.Token(junior.Email), new { input = new { sessionId = id, text = "Final text", visibility = "PAIR" } })).Ok()["writeSessionNote"]!;
        var tooLong = (await api.RunAsync(mutation, api.Token(junior.Email), new { input = new { sessionId = id, text = new string('x', 20_001), visibility = "PAIR" } })).Ok()["writeSessionNote"]!;
        var empty = (await api.RunAsync(mutation, api.Token(senior.Email), new { input = new { sessionId = id, text = "   ", visibility = "PAIR" } })).Ok()["writeSessionNote"]!;
        var byAdmin = (await api.RunAsync(mutation, api.Token(admin.Email, "ADMIN"), new { input = new { sessionId = id, text = "Admin's view", visibility = "PAIR" } })).Ok()["writeSessionNote"]!;

        Assert.Equal(first["note"]!["id"]!.GetValue<string>(), second["note"]!["id"]!.GetValue<string>());
        Assert.Equal(2, second["note"]!["version"]!.GetValue<int>());
        Assert.Null(second["note"]!["classification"]);
        Assert.Equal(("TOO_LONG", "text"), (tooLong["errors"]![0]!["code"]!.GetValue<string>(), tooLong["errors"]![0]!["field"]!.GetValue<string>()));
        Assert.Equal("EMPTY", empty["errors"]![0]!["code"]!.GetValue<string>());
        Assert.Equal("ForbiddenError", byAdmin["errors"]![0]!["__typename"]!.GetValue<string>());
        await using var db = api.Data.NewContext();
        var notes = await db.SessionNotes.Where(n => n.SessionId == session.Id).ToListAsync();
        Assert.Equal("Final text", Assert.Single(notes).Text);
    }

    [Fact]
    public async Task DeleteSessionNote_OnlyByItsAuthor()
    {
        var (pairing, senior, junior) = await PairAsync();
        var session = await api.Data.SessionAsync(pairing);
        var note = await api.Data.NoteAsync(session, junior.Id, NoteVisibility.Pair);
        const string mutation = "mutation($input: DeleteSessionNoteInput!) { deleteSessionNote(input: $input) { note { id } errors { __typename ... on Error { code } } } }";
        var input = new { noteId = TestWorld.Id(NodeTypes.SessionNote, note.Id), version = 1 };

        var byOther = (await api.RunAsync(mutation, api.Token(senior.Email), new { input })).Ok()["deleteSessionNote"]!;
        Assert.Equal("FORBIDDEN", byOther["errors"]![0]!["code"]!.GetValue<string>());
        Assert.Equal(1, await CountNotesAsync(session.Id));

        var byAuthor = (await api.RunAsync(mutation, api.Token(junior.Email), new { input })).Ok()["deleteSessionNote"]!;
        Assert.Empty(byAuthor["errors"]!.AsArray());
        Assert.Equal(0, await CountNotesAsync(session.Id));
    }

    [Fact]
    public async Task Feedback_IsDualBlind_TheOtherSeesItOnlyAfterGivingTheirs_AdminAlways()
    {
        var (pairing, senior, junior) = await PairAsync();
        var session = await api.Data.SessionAsync(pairing);
        var admin = await api.Data.PersonAsync(Band.Executive);

        Assert.Empty((await SubmitAsync(session, junior.Email, 5, "Great"))["errors"]!.AsArray());
        Assert.Equal([5], await RatingsAsync(session, junior.Email));
        Assert.Empty(await RatingsAsync(session, senior.Email));
        Assert.Equal([5], await RatingsAsync(session, admin.Email, "ADMIN"));

        Assert.Empty((await SubmitAsync(session, senior.Email, 4, null))["errors"]!.AsArray());
        Assert.Equal([5, 4], await RatingsAsync(session, senior.Email));
        Assert.Equal([5, 4], await RatingsAsync(session, junior.Email));
    }

    [Fact]
    public async Task Feedback_Twice_IsAConflict_OutOfRange_AValidationError_OnAScheduledSession_Refused_AndNothingIsWritten()
    {
        var (pairing, senior, junior) = await PairAsync();
        var completed = await api.Data.SessionAsync(pairing);
        var scheduled = await api.Data.SessionAsync(pairing, SessionStatus.Scheduled);
        await SubmitAsync(completed, junior.Email, 3, null);
        var before = await api.Data.CountAsync<SessionFeedback>();

        var twice = await SubmitAsync(completed, junior.Email, 4, null);
        var outOfRange = await SubmitAsync(completed, senior.Email, 6, null);
        var notCompleted = await SubmitAsync(scheduled, senior.Email, 4, null);

        Assert.Equal("ALREADY_EXISTS", twice["errors"]![0]!["code"]!.GetValue<string>());
        Assert.Equal("OUT_OF_RANGE", outOfRange["errors"]![0]!["code"]!.GetValue<string>());
        Assert.Equal("ValidationError", notCompleted["errors"]![0]!["__typename"]!.GetValue<string>());
        Assert.Equal(before, await api.Data.CountAsync<SessionFeedback>());
    }

    private async Task<(Pairing Pairing, Person Senior, Person Junior)> PairAsync()
    {
        var senior = await api.Data.PersonAsync(Band.Executive);
        var junior = await api.Data.PersonAsync(Band.Junior);
        return (await api.Data.PairingAsync(PairingStatus.Active, senior, junior), senior, junior);
    }

    private async Task<List<string>> NotesAsync(Session session, string token)
    {
        var data = (await api.RunAsync("query($id: ID!) { session(id: $id) { notes { text } } }", token, new { id = TestWorld.Id(NodeTypes.Session, session.Id) })).Ok();
        return [.. data["session"]!["notes"]!.AsArray().Select(n => n!["text"]!.GetValue<string>())];
    }

    private async Task<JsonNode> SubmitAsync(Session session, string email, int rating, string? comment) =>
        (await api.RunAsync(
            "mutation($input: SubmitFeedbackInput!) { submitFeedback(input: $input) { feedback { rating } errors { __typename ... on Error { code } } } }",
            api.Token(email),
            new { input = new { sessionId = TestWorld.Id(NodeTypes.Session, session.Id), rating, comment } })).Ok()["submitFeedback"]!;

    private async Task<List<int>> RatingsAsync(Session session, string email, params string[] roles)
    {
        var data = (await api.RunAsync("query($id: ID!) { session(id: $id) { feedback { rating } } }", api.Token(email, roles), new { id = TestWorld.Id(NodeTypes.Session, session.Id) })).Ok();
        return [.. data["session"]!["feedback"]!.AsArray().Select(f => f!["rating"]!.GetValue<int>())];
    }

    private async Task<int> CountNotesAsync(long sessionId)
    {
        await using var db = api.Data.NewContext();
        return await db.SessionNotes.CountAsync(n => n.SessionId == sessionId);
    }
}
