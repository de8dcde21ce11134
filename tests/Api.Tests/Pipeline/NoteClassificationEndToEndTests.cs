using MentorGraph.Api.Schema.Nodes;
using MentorGraph.Api.Tests.Domain;
using MentorGraph.Api.Tests.Hosting;
using MentorGraph.Persistence.Entities;
using MentorGraph.Tests.Support;
using static MentorGraph.Api.Tests.Pipeline.PipelineTestSupport;

namespace MentorGraph.Api.Tests.Pipeline;

/// <summary>
/// A note's way through the pipeline, through GraphQL, with a real Hangfire server in the host and the sweep out
/// of the way (so what classifies the note is the job its write enqueued): written → classified and readable by
/// those who may read the note; edited → classified again; a person's label is never overwritten; the session's
/// lesson gets the topic; <c>pipeline</c> for ADMIN only.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class NoteClassificationEndToEndTests(NoteClassificationEndToEndTests.Fixture fixture) : IClassFixture<NoteClassificationEndToEndTests.Fixture>
{
    private const string NoteQuery = """
        query($id: ID!) { node(id: $id) { ... on SessionNote { text
          classification { topic { id } direction source modelVersion topicConfidence evidence { ngram } }
          modelClassification { topic { id } direction source modelVersion } } } }
        """;

    private const string WriteNote = """
        mutation($input: WriteSessionNoteInput!) { writeSessionNote(input: $input) { note { id classification { source } } errors { __typename } } }
        """;

    [Fact]
    public async Task NoteWrittenThroughGraphQL_IsClassifiedByItsJob_AndReadableByThePairOnly()
    {
        var (session, senior, junior) = await SessionAsync();
        var stranger = await fixture.World.PersonAsync(Band.Mid);
        var lesson = await fixture.World.LessonAsync(await fixture.World.ReloadAsync<Pairing>(session.PairingId), junior.Id, LessonVisibility.Pair, session.Id);

        var id = await WriteAsync(junior, session, "I showed Tom Instagram reels and TikTok followers. He had not seen it before.");
        var note = await ClassifiedAsync(id, junior);

        Assert.Equal("SOCIAL_MEDIA", note["classification"]!["topic"]!["id"]!.GetValue<string>());
        Assert.Equal("MODEL", note["classification"]!["source"]!.GetValue<string>());
        Assert.StartsWith("builtin-", note["classification"]!["modelVersion"]!.GetValue<string>());
        Assert.NotNull(note["classification"]!["evidence"]);
        Assert.Equal(note["classification"]!["topic"]!.ToJsonString(), note["modelClassification"]!["topic"]!.ToJsonString());
        var bySenior = (await RunAsync(fixture.Host, NoteQuery, Token(fixture.Host, senior.Email), new { id })).Ok()["node"]!;
        Assert.Equal("SOCIAL_MEDIA", bySenior["classification"]!["topic"]!["id"]!.GetValue<string>());
        var byStranger = (await RunAsync(fixture.Host, NoteQuery, Token(fixture.Host, stranger.Email), new { id })).Ok()["node"];
        Assert.Null(byStranger);
        Assert.Equal(("SOCIAL_MEDIA", (LabelSource?)LabelSource.Model), await LessonTopicAsync(lesson.Id));
    }

    [Fact]
    public async Task NewNotesJob_RefreshesTheTopicTrends_AfterStoringTheLabels()
    {
        var (session, _, junior) = await SessionAsync();

        var id = await WriteAsync(junior, session, "I showed Tom Instagram reels and TikTok followers. He had not seen it before.");
        await ClassifiedAsync(id, junior);

        // The job refreshes the trends right after its last batch; the refresh's own schedule is a minute away at most,
        // so a few seconds tell the two apart nearly always (and either keeps the tables right).
        await WaitForAsync(
            async () => await ScalarAsync(fixture.Database.ConnectionString,
                    "SELECT coalesce(sum(notes), 0) FROM insights.topic_trends WHERE granularity = 'WEEK'")
                == await ScalarAsync(fixture.Database.ConnectionString, "SELECT count(*) FROM session_notes WHERE topic_id IS NOT NULL"),
            "the weekly trend rows count every classified note",
            seconds: 5);
        Assert.True(await ScalarAsync(fixture.Database.ConnectionString,
            "SELECT count(*) FROM insights.topic_trends WHERE granularity = 'WEEK' AND topic_id = 'SOCIAL_MEDIA' AND notes > 0") > 0);
    }

    [Fact]
    public async Task EditingTheNote_ClassifiesItsNewText_AndKeepsTheOldResult()
    {
        var (session, _, junior) = await SessionAsync();
        var id = await WriteAsync(junior, session, "I showed Tom Instagram reels and TikTok followers. He had not seen it before.");
        await ClassifiedAsync(id, junior);

        await WriteAsync(junior, session, "Tom walked me through the budget, P&L and pricing and I took notes.");
        var edited = await ClassifiedAsync(id, junior, n => n["classification"]?["topic"]?["id"]?.GetValue<string>() == "BUSINESS_FUNDAMENTALS");

        Assert.Equal("BUSINESS_FUNDAMENTALS", edited["modelClassification"]!["topic"]!["id"]!.GetValue<string>());
        Assert.Equal(2, await ScalarAsync(fixture.Database.ConnectionString, "SELECT count(*) FROM note_classifications WHERE note_id = $1", Key(id)));
        Assert.Equal(0, await ScalarAsync(fixture.Database.ConnectionString, "SELECT count(*) FROM classification_outbox WHERE note_id = $1", Key(id)));
    }

    [Fact]
    public async Task PersonsLabel_IsNeverOverwrittenByAJob_TheModelsResultStaysReadable()
    {
        var (session, _, junior) = await SessionAsync();
        var id = await WriteAsync(junior, session, "I showed Tom Instagram reels and TikTok followers. He had not seen it before.");
        await ClassifiedAsync(id, junior);
        await ScalarAsync(fixture.Database.ConnectionString,
            "UPDATE session_notes SET topic_id = 'LEADERSHIP', direction = 'MUTUAL', label_source = 'PERSON', model_version = NULL WHERE id = $1 RETURNING 1", Key(id));

        await WriteAsync(junior, session, "Tom walked me through the budget, P&L and pricing and I took notes.");
        var note = await ClassifiedAsync(id, junior, n => n["modelClassification"]?["topic"]?["id"]?.GetValue<string>() == "BUSINESS_FUNDAMENTALS");

        Assert.Equal("LEADERSHIP", note["classification"]!["topic"]!["id"]!.GetValue<string>());
        Assert.Equal("PERSON", note["classification"]!["source"]!.GetValue<string>());
        Assert.Null(note["classification"]!["modelVersion"]);
        Assert.Null(note["classification"]!["evidence"]);
        Assert.Equal(1.0, note["classification"]!["topicConfidence"]!.GetValue<double>());
        Assert.Equal("MODEL", note["modelClassification"]!["source"]!.GetValue<string>());
    }

    [Fact]
    public async Task Pipeline_ForAdmin_ShowsTheBacklogAndActiveModel_ForAMember_IsForbidden()
    {
        var (_, _, junior) = await SessionAsync();
        const string query = "{ pipeline { pendingNotes oldestPendingAt activeModelVersion } }";

        var admin = (await RunAsync(fixture.Host, query, Token(fixture.Host, "admin@example.com", "ADMIN"))).Ok()["pipeline"]!;
        var member = await RunAsync(fixture.Host, query, Token(fixture.Host, junior.Email));

        Assert.True(admin["pendingNotes"]!.GetValue<int>() >= 0);
        Assert.StartsWith("builtin-", admin["activeModelVersion"]!.GetValue<string>());
        Assert.Equal(["FORBIDDEN"], member.Codes);
    }

    private static long Key(string id) => GlobalId.TryDecode(id, out var type, out var key) && type == NodeTypes.SessionNote ? key : throw new InvalidOperationException(id);

    private async Task<(Session Session, Person Senior, Person Junior)> SessionAsync()
    {
        var senior = await fixture.World.PersonAsync(Band.Executive, "Tom Baker");
        var junior = await fixture.World.PersonAsync(Band.Junior, "Maya Lopez");
        var pairing = await fixture.World.PairingAsync(senior: senior, junior: junior);
        return (await fixture.World.SessionAsync(pairing), senior, junior);
    }

    private async Task<string> WriteAsync(Person author, Session session, string text)
    {
        var payload = (await RunAsync(fixture.Host, WriteNote, Token(fixture.Host, author.Email),
            new { input = new { sessionId = TestWorld.Id(NodeTypes.Session, session.Id), text, visibility = "PAIR" } })).Ok()["writeSessionNote"]!;
        Assert.Empty(payload["errors"]!.AsArray());
        return payload["note"]!["id"]!.GetValue<string>();
    }

    private async Task<System.Text.Json.Nodes.JsonNode> ClassifiedAsync(string id, Person reader, Func<System.Text.Json.Nodes.JsonNode, bool>? done = null)
    {
        System.Text.Json.Nodes.JsonNode? note = null;
        await WaitForAsync(async () =>
        {
            note = (await RunAsync(fixture.Host, NoteQuery, Token(fixture.Host, reader.Email), new { id })).Ok()["node"]!;
            return note["classification"] is not null && (done?.Invoke(note) ?? true);
        }, $"note {id} is classified");
        return note!;
    }

    private async Task<(string?, LabelSource?)> LessonTopicAsync(long lessonId)
    {
        var lesson = await fixture.World.ReloadAsync<Lesson>(lessonId);
        return (lesson.TopicId, lesson.TopicSource);
    }

    /// <summary>A migrated database and the host of serve with a job server over it.</summary>
    public sealed class Fixture(PostgresServerFixture server) : IAsyncLifetime
    {
        public MigratedDatabaseFixture Database { get; } = new(server);

        public ApiTestHost Host { get; private set; } = null!;

        public TestWorld World => new(Database);

        public async Task InitializeAsync()
        {
            await Database.InitializeAsync();
            Host = await StartAsync(Database.ConnectionString, JobSettings());
        }

        public async Task DisposeAsync()
        {
            await Host.DisposeAsync();
            await Database.DisposeAsync();
        }
    }
}
