using MentorGraph.Api.Models;
using MentorGraph.Api.Schema.Nodes;
using MentorGraph.Persistence.Entities;
using MentorGraph.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MentorGraph.Api.Tests.Domain;

/// <summary>labelNote (the label, its training row, every refusal writing nothing), reviewQueue and classifierModels through GraphQL.</summary>
[Collection(PostgresCollection.Name)]
public sealed class LabelsApiTests(DomainApiFixture api) : IClassFixture<DomainApiFixture>
{
    private const string LabelNote =
        "mutation($input: LabelNoteInput!) { labelNote(input: $input) { note { id version } errors { __typename ... on Error { code } ... on ValidationError { field } ... on NotFoundError { field } ... on ForbiddenError { field } } } }";

    private const string ReviewQueue =
        "query($first: Int, $after: String) { reviewQueue(first: $first, after: $after) { nodes { note { id } confidence topic { id } topicConfidence direction directionConfidence modelVersion } pageInfo { endCursor hasNextPage } } }";

    [Fact]
    public async Task LabelNote_ByAdmin_SetsThePersonLabel_KeepsTheVersion_AndWritesTheTrainingRow()
    {
        var (session, senior, _) = await SessionAsync();
        var note = await api.Data.NoteAsync(session, senior.Id, NoteVisibility.Pair, "Maya showed me TikTok analytics.");
        var admin = await api.Data.PersonAsync(Band.Senior);

        var payload = (await api.RunAsync(
            "mutation($input: LabelNoteInput!) { labelNote(input: $input) { note { id classification { source modelVersion topic { id } direction } } errors { __typename } } }",
            api.Token(admin.Email, "ADMIN"),
            Input(note.Id, "SOCIAL_MEDIA", "UPWARD"))).Ok()["labelNote"]!;

        Assert.Empty(payload["errors"]!.AsArray());
        Assert.Equal(TestWorld.Id(NodeTypes.SessionNote, note.Id), payload["note"]!["id"]!.GetValue<string>());
        var shown = payload["note"]!["classification"]!;
        Assert.Equal(("PERSON", null, "SOCIAL_MEDIA", "UPWARD"),
            (shown["source"]!.GetValue<string>(), shown["modelVersion"]?.GetValue<string>(), shown["topic"]!["id"]!.GetValue<string>(), shown["direction"]!.GetValue<string>()));
        var stored = await api.Data.ReloadAsync<SessionNote>(note.Id);
        Assert.Equal(("SOCIAL_MEDIA", NoteDirection.Upward, LabelSource.Person, null, 1),
            (stored.TopicId, stored.Direction, stored.LabelSource, stored.ModelVersion, stored.Version));
        Assert.NotNull(stored.ClassifiedAt);
        await using var db = api.Data.NewContext();
        var label = await db.NoteLabels.AsNoTracking().SingleAsync(l => l.NoteId == note.Id);
        Assert.Equal(("SOCIAL_MEDIA", NoteDirection.Upward, admin.Id, admin.Email), (label.TopicId, label.Direction, label.LabelledById, label.LabelledByEmail));
        Assert.Equal(stored.TextSha256, label.TextSha256);
    }

    [Fact]
    public async Task LabelNote_AgainWithOtherLabels_KeepsBothRows_TheNoteShowsTheLatest()
    {
        var (session, _, junior) = await SessionAsync();
        var note = await api.Data.NoteAsync(session, junior.Id, NoteVisibility.Pair);
        var admin = await api.Data.PersonAsync(Band.Senior);

        (await api.RunAsync(LabelNote, api.Token(admin.Email, "ADMIN"), Input(note.Id, "SOCIAL_MEDIA", "UPWARD"))).Ok();
        (await api.RunAsync(LabelNote, api.Token(admin.Email, "ADMIN"), Input(note.Id, "LEADERSHIP", "MUTUAL"))).Ok();

        var stored = await api.Data.ReloadAsync<SessionNote>(note.Id);
        Assert.Equal(("LEADERSHIP", NoteDirection.Mutual), (stored.TopicId, stored.Direction));
        await using var db = api.Data.NewContext();
        Assert.Equal(2, await db.NoteLabels.CountAsync(l => l.NoteId == note.Id));
    }

    [Fact]
    public async Task LabelNote_MalformedOrForeignId_IsAValidationError_AndNothingIsWritten()
    {
        var admin = await api.Data.PersonAsync(Band.Senior);
        var before = await api.Data.CountAsync<NoteLabel>();

        foreach (var id in new[] { "not-an-id", TestWorld.Id(NodeTypes.Session, 1) })
        {
            var payload = (await api.RunAsync(LabelNote, api.Token(admin.Email, "ADMIN"), new { input = new { noteId = id, topic = "SOCIAL_MEDIA", direction = "UPWARD" } })).Ok()["labelNote"]!;
            Assert.Null(payload["note"]);
            Assert.Equal(("ValidationError", "INVALID_VALUE", "noteId"),
                (payload["errors"]![0]!["__typename"]!.GetValue<string>(), payload["errors"]![0]!["code"]!.GetValue<string>(), payload["errors"]![0]!["field"]!.GetValue<string>()));
        }

        Assert.Equal(before, await api.Data.CountAsync<NoteLabel>());
    }

    [Fact]
    public async Task LabelNote_UnknownNoteOrAnothersPrivateNote_IsNotFound_AndNothingIsWritten()
    {
        var (session, senior, _) = await SessionAsync();
        var privateNote = await api.Data.NoteAsync(session, senior.Id, NoteVisibility.Private);
        var admin = await api.Data.PersonAsync(Band.Senior);
        var before = await api.Data.CountAsync<NoteLabel>();

        foreach (var key in new[] { long.MaxValue, privateNote.Id })
        {
            var payload = (await api.RunAsync(LabelNote, api.Token(admin.Email, "ADMIN"), Input(key, "SOCIAL_MEDIA", "UPWARD"))).Ok()["labelNote"]!;
            Assert.Equal(("NotFoundError", "NOT_FOUND"), (payload["errors"]![0]!["__typename"]!.GetValue<string>(), payload["errors"]![0]!["code"]!.GetValue<string>()));
        }

        Assert.Equal(before, await api.Data.CountAsync<NoteLabel>());
        Assert.Null((await api.Data.ReloadAsync<SessionNote>(privateNote.Id)).LabelSource);
    }

    [Fact]
    public async Task LabelNote_OwnPrivateNoteOrASignInOutsideTheDirectory_IsForbidden_AndNothingIsWritten()
    {
        var (session, senior, _) = await SessionAsync();
        var ownPrivate = await api.Data.NoteAsync(session, senior.Id, NoteVisibility.Private);
        var pairNote = await api.Data.NoteAsync(session, session.Pairing.JuniorId, NoteVisibility.Pair);
        var before = await api.Data.CountAsync<NoteLabel>();

        var own = (await api.RunAsync(LabelNote, api.Token(senior.Email, "ADMIN"), Input(ownPrivate.Id, "SOCIAL_MEDIA", "UPWARD"))).Ok()["labelNote"]!;
        var outsider = (await api.RunAsync(LabelNote, api.Token("nobody-here@example.com", "ADMIN"), Input(pairNote.Id, "SOCIAL_MEDIA", "UPWARD"))).Ok()["labelNote"]!;

        Assert.Equal(("ForbiddenError", "noteId"), (own["errors"]![0]!["__typename"]!.GetValue<string>(), own["errors"]![0]!["field"]!.GetValue<string>()));
        Assert.Equal("ForbiddenError", outsider["errors"]![0]!["__typename"]!.GetValue<string>());
        Assert.Equal(before, await api.Data.CountAsync<NoteLabel>());
        Assert.Null((await api.Data.ReloadAsync<SessionNote>(pairNote.Id)).LabelSource);
    }

    [Fact]
    public async Task LabelNote_ByAMember_IsRefusedWithForbidden_AndNothingIsWritten()
    {
        var (session, senior, _) = await SessionAsync();
        var note = await api.Data.NoteAsync(session, senior.Id, NoteVisibility.Pair);
        var before = await api.Data.CountAsync<NoteLabel>();

        var response = await api.RunAsync(LabelNote, api.Token(senior.Email), Input(note.Id, "SOCIAL_MEDIA", "UPWARD"));

        Assert.Equal(["FORBIDDEN"], response.Codes);
        Assert.Equal(before, await api.Data.CountAsync<NoteLabel>());
    }

    [Fact]
    public async Task LabelNote_UnknownTopic_IsABadUserInputError_AndNothingIsWritten()
    {
        var (session, senior, _) = await SessionAsync();
        var note = await api.Data.NoteAsync(session, senior.Id, NoteVisibility.Pair);
        var admin = await api.Data.PersonAsync(Band.Senior);
        var before = await api.Data.CountAsync<NoteLabel>();

        var response = await api.RunAsync(LabelNote, api.Token(admin.Email, "ADMIN"), Input(note.Id, "ASTROLOGY", "UPWARD"));

        Assert.Equal(["BAD_USER_INPUT"], response.Codes);
        Assert.Equal(before, await api.Data.CountAsync<NoteLabel>());
    }

    [Fact]
    public async Task ReviewQueue_ListsPairNotesWhoseModelLabelNeedsReview_LowestConfidenceFirst_UntilAPersonLabelsThem()
    {
        var version = (await api.Host.App.Services.GetRequiredService<DatabaseActiveModelSource>().GetAsync()).Version;
        var (session, senior, junior) = await SessionAsync();
        var (otherSession, otherSenior, _) = await SessionAsync();
        var doubtful = await ModelLabelledNoteAsync(session, senior.Id, NoteVisibility.Pair, version, 0.31f, 0.9f, needsReview: true);
        var veryDoubtful = await ModelLabelledNoteAsync(session, junior.Id, NoteVisibility.Pair, version, 0.8f, 0.22f, needsReview: true);
        var confident = await ModelLabelledNoteAsync(otherSession, otherSenior.Id, NoteVisibility.Pair, version, 0.95f, 0.9f, needsReview: false);
        var secret = await ModelLabelledNoteAsync(otherSession, otherSession.Pairing.JuniorId, NoteVisibility.Private, version, 0.1f, 0.1f, needsReview: true);
        var admin = await api.Data.PersonAsync(Band.Senior);
        var token = api.Token(admin.Email, "ADMIN");

        var mine = await QueueAsync(token, doubtful, veryDoubtful, confident, secret);
        Assert.Equal([veryDoubtful, doubtful], mine.Select(n => n.Id));
        Assert.Equal((0.22, "SOCIAL_MEDIA", 0.8, "UPWARD", 0.22, version), mine[0].Item);

        (await api.RunAsync(LabelNote, token, Input(veryDoubtful, "LEADERSHIP", "DOWNWARD"))).Ok();
        Assert.Equal([doubtful], (await QueueAsync(token, doubtful, veryDoubtful, confident, secret)).Select(n => n.Id));
    }

    [Fact]
    public async Task ReviewQueue_ForAMember_IsForbidden()
    {
        var member = await api.Data.PersonAsync(Band.Junior);
        var response = await api.RunAsync(ReviewQueue, api.Token(member.Email), new { first = 5 });
        Assert.Equal(["FORBIDDEN"], response.Codes);
    }

    [Fact]
    public async Task ClassifierModels_ListsTheActiveBuiltinModel_WithItsReason()
    {
        var version = (await api.Host.App.Services.GetRequiredService<DatabaseActiveModelSource>().GetAsync()).Version;
        var admin = await api.Data.PersonAsync(Band.Senior);

        var models = (await api.RunAsync(
            "{ classifierModels { version status active reason trainingNotes personLabels developmentScores { topicMacroF1 notes } heldOutScores { notes } comparedWith activatedAt retiredAt } }",
            api.Token(admin.Email, "ADMIN"))).Ok()["classifierModels"]!.AsArray();

        var builtin = Assert.Single(models, m => m!["version"]!.GetValue<string>() == version)!;
        Assert.Equal(("ACTIVE", true, 0), (builtin["status"]!.GetValue<string>(), builtin["active"]!.GetValue<bool>(), builtin["personLabels"]!.GetValue<int>()));
        Assert.StartsWith("The built-in model", builtin["reason"]!.GetValue<string>());
        Assert.Equal(240, builtin["developmentScores"]!["notes"]!.GetValue<int>());
        Assert.NotNull(builtin["activatedAt"]);
    }

    private static object Input(long noteId, string topic, string direction) =>
        new { input = new { noteId = TestWorld.Id(NodeTypes.SessionNote, noteId), topic, direction } };

    /// <summary>The queue's items among <paramref name="ours"/> (other tests of the class add their own), in the queue's order, read page by page.</summary>
    private async Task<List<(long Id, (double, string, double, string, double, string) Item)>> QueueAsync(string token, params long[] ours)
    {
        var wanted = ours.ToDictionary(id => TestWorld.Id(NodeTypes.SessionNote, id));
        var found = new List<(long, (double, string, double, string, double, string))>();
        string? after = null;
        while (true)
        {
            var page = (await api.RunAsync(ReviewQueue, token, new { first = 2, after })).Ok()["reviewQueue"]!;
            foreach (var node in page["nodes"]!.AsArray())
            {
                if (wanted.TryGetValue(node!["note"]!["id"]!.GetValue<string>(), out var id))
                {
                    found.Add((id, (node["confidence"]!.GetValue<double>(), node["topic"]!["id"]!.GetValue<string>(), node["topicConfidence"]!.GetValue<double>(),
                        node["direction"]!.GetValue<string>(), node["directionConfidence"]!.GetValue<double>(), node["modelVersion"]!.GetValue<string>())));
                }
            }

            if (!page["pageInfo"]!["hasNextPage"]!.GetValue<bool>())
            {
                return found;
            }

            after = page["pageInfo"]!["endCursor"]!.GetValue<string>();
        }
    }

    /// <summary>A note labelled by the active model, with the model's result for its text (what the classify job stores).</summary>
    private async Task<long> ModelLabelledNoteAsync(Session session, long authorId, NoteVisibility visibility, string version, float topic, float direction, bool needsReview)
    {
        var note = await api.Data.NoteAsync(session, authorId, visibility);
        await using var db = api.Data.NewContext();
        var stored = await db.SessionNotes.SingleAsync(n => n.Id == note.Id);
        (stored.TopicId, stored.Direction, stored.LabelSource, stored.ModelVersion, stored.ClassifiedAt) =
            ("SOCIAL_MEDIA", NoteDirection.Upward, LabelSource.Model, version, DateTimeOffset.UtcNow);
        db.NoteClassifications.Add(new NoteClassificationResult
        {
            NoteId = note.Id,
            ModelVersion = version,
            TextSha256 = stored.TextSha256,
            TopicId = "SOCIAL_MEDIA",
            TopicProbability = topic,
            Direction = NoteDirection.Upward,
            DirectionProbability = direction,
            NeedsReview = needsReview,
            ClassifiedAt = DateTimeOffset.UtcNow,
        });
        await db.SaveChangesAsync();
        return note.Id;
    }

    private async Task<(Session Session, Person Senior, Person Junior)> SessionAsync()
    {
        var senior = await api.Data.PersonAsync(Band.Executive);
        var junior = await api.Data.PersonAsync(Band.Junior);
        var pairing = await api.Data.PairingAsync(PairingStatus.Active, senior, junior);
        var session = await api.Data.SessionAsync(pairing);
        session.Pairing = pairing;
        return (session, senior, junior);
    }
}
