using System.Text.Json.Nodes;
using MentorGraph.Api.Schema.Nodes;
using MentorGraph.Persistence.Entities;
using MentorGraph.Tests.Support;

namespace MentorGraph.Api.Tests.Domain;

/// <summary>Lessons through GraphQL: direction derived from the teacher, who reads which (pair, program, company feed), updates and deletes.</summary>
[Collection(PostgresCollection.Name)]
public sealed class LessonApiTests(DomainApiFixture api) : IClassFixture<DomainApiFixture>
{
    private const string Record = """
        mutation($input: RecordLessonInput!) {
          recordLesson(input: $input) {
            lesson { id version title direction topic { id } topicSource visibility teacher { name } learner { name } session { id } pairing { id } }
            errors { __typename ... on Error { code } ... on ValidationError { field } }
          }
        }
        """;

    [Fact]
    public async Task RecordLesson_TaughtByTheJunior_IsUpward_ByTheSenior_Downward()
    {
        var (pairing, senior, junior) = await PairAsync();
        var session = await api.Data.SessionAsync(pairing);

        var upward = await RecordAsync(api.Token(senior.Email), pairing, junior.Id, session.Id, "SOCIAL_MEDIA");
        var downward = await RecordAsync(api.Token(junior.Email), pairing, senior.Id, null, null);

        Assert.Equal("UPWARD", upward["lesson"]!["direction"]!.GetValue<string>());
        Assert.Equal(senior.Name, upward["lesson"]!["learner"]!["name"]!.GetValue<string>());
        Assert.Equal("SOCIAL_MEDIA", upward["lesson"]!["topic"]!["id"]!.GetValue<string>());
        Assert.Equal("PERSON", upward["lesson"]!["topicSource"]!.GetValue<string>());
        Assert.NotNull(upward["lesson"]!["session"]);
        Assert.Equal("DOWNWARD", downward["lesson"]!["direction"]!.GetValue<string>());
        Assert.Null(downward["lesson"]!["topic"]);
        Assert.Null(downward["lesson"]!["topicSource"]);
    }

    [Fact]
    public async Task RecordLesson_TeacherOutsideThePair_OrASessionOfAnotherPairing_IsAValidationError_AndNothingIsWritten()
    {
        var (pairing, senior, _) = await PairAsync();
        var (other, _, _) = await PairAsync();
        var otherSession = await api.Data.SessionAsync(other);
        var outsider = await api.Data.PersonAsync(Band.Mid);
        var before = await api.Data.CountAsync<Lesson>();

        var wrongTeacher = await RecordAsync(api.Token(senior.Email), pairing, outsider.Id, null, null);
        var wrongSession = await RecordAsync(api.Token("admin-lessons@example.com", "ADMIN"), pairing, senior.Id, otherSession.Id, null);

        Assert.Equal("teacherId", wrongTeacher["errors"]![0]!["field"]!.GetValue<string>());
        Assert.Equal("sessionId", wrongSession["errors"]![0]!["field"]!.GetValue<string>());
        Assert.Equal(before, await api.Data.CountAsync<Lesson>());
    }

    [Fact]
    public async Task Lessons_PairLessonsForThePair_ProgramLessonsForTheProgram_CompanyLessonsForAll_AndTheFeedNewestFirst()
    {
        var program = await api.Data.ProgramAsync();
        var (pairing, senior, junior) = await PairAsync(program);
        var (samePrograms, colleague, _) = await PairAsync(program);
        var outsider = await api.Data.PersonAsync(Band.Mid);
        var pair = await api.Data.LessonAsync(pairing, junior.Id, LessonVisibility.Pair, title: "pair-" + TestWorld.Unique("l"));
        var inProgram = await api.Data.LessonAsync(pairing, junior.Id, LessonVisibility.Program, title: "program-" + TestWorld.Unique("l"));
        var company = await api.Data.LessonAsync(pairing, senior.Id, LessonVisibility.Company, title: "company-" + TestWorld.Unique("l"));
        Assert.NotNull(samePrograms);

        var ids = new[] { pair.Id, inProgram.Id, company.Id };
        Assert.Equal(ids, await VisibleAsync(api.Token(junior.Email), ids));
        Assert.Equal([inProgram.Id, company.Id], await VisibleAsync(api.Token(colleague.Email), ids));
        Assert.Equal([company.Id], await VisibleAsync(api.Token(outsider.Email), ids));
        var feed = (await api.RunAsync("{ lessonFeed(first: 50) { nodes { title pairing { id } } } }", api.Token(outsider.Email))).Ok()["lessonFeed"]!["nodes"]!.AsArray();
        var mine = feed.First(n => n!["title"]!.GetValue<string>() == company.Title)!;
        Assert.Null(mine["pairing"]);
        var times = (await api.RunAsync("{ lessonFeed(first: 50) { nodes { createdAt } } }", api.Token(outsider.Email))).Ok()["lessonFeed"]!["nodes"]!.AsArray()
            .Select(n => n!["createdAt"]!.GetValue<string>()).ToList();
        Assert.Equal(times.OrderDescending(StringComparer.Ordinal), times);
    }

    [Fact]
    public async Task UpdateAndDeleteLesson_ByAParticipant_WithVersions_AndForbiddenToOthersWhoSeeIt()
    {
        var (pairing, senior, junior) = await PairAsync();
        var lesson = await api.Data.LessonAsync(pairing, junior.Id, LessonVisibility.Company);
        var outsider = await api.Data.PersonAsync(Band.Mid);
        const string update = "mutation($input: UpdateLessonInput!) { updateLesson(input: $input) { lesson { version title direction teacher { name } } errors { __typename ... on Error { code } ... on ConflictError { version } } } }";
        var id = TestWorld.Id(NodeTypes.Lesson, lesson.Id);

        var changed = (await api.RunAsync(update, api.Token(senior.Email), new { input = new { lessonId = id, version = 1, title = "Renamed", teacherId = TestWorld.Id(NodeTypes.Person, senior.Id) } })).Ok()["updateLesson"]!;
        var stale = (await api.RunAsync(update, api.Token(senior.Email), new { input = new { lessonId = id, version = 1, title = "Again" } })).Ok()["updateLesson"]!;
        var byOutsider = (await api.RunAsync(update, api.Token(outsider.Email), new { input = new { lessonId = id, version = 2, title = "Mine now" } })).Ok()["updateLesson"]!;
        var deleted = (await api.RunAsync("mutation($input: DeleteLessonInput!) { deleteLesson(input: $input) { lesson { title } errors { ... on Error { code } } } }", api.Token(junior.Email), new { input = new { lessonId = id, version = 2 } })).Ok()["deleteLesson"]!;

        Assert.Equal(("Renamed", "DOWNWARD", 2), (changed["lesson"]!["title"]!.GetValue<string>(), changed["lesson"]!["direction"]!.GetValue<string>(), changed["lesson"]!["version"]!.GetValue<int>()));
        Assert.Equal(2, stale["errors"]![0]!["version"]!.GetValue<int>());
        Assert.Equal("FORBIDDEN", byOutsider["errors"]![0]!["code"]!.GetValue<string>());
        Assert.Equal("Renamed", deleted["lesson"]!["title"]!.GetValue<string>());
        Assert.DoesNotContain(lesson.Id, await VisibleAsync(api.Token(junior.Email), [lesson.Id]));
    }

    [Fact]
    public async Task Person_LessonsTaughtAndLearned_AreTheirLessons()
    {
        var (pairing, senior, junior) = await PairAsync();
        var taught = await api.Data.LessonAsync(pairing, junior.Id, LessonVisibility.Pair);
        await api.Data.LessonAsync(pairing, senior.Id, LessonVisibility.Pair);

        var data = (await api.RunAsync(
            "query($id: ID!) { person(id: $id) { lessonsTaught { nodes { title direction } } lessonsLearned { totalCount nodes { teacher { name } } } } }",
            api.Token(junior.Email), new { id = TestWorld.Id(NodeTypes.Person, junior.Id) })).Ok()["person"]!;

        Assert.Equal(taught.Title, Assert.Single(data["lessonsTaught"]!["nodes"]!.AsArray())!["title"]!.GetValue<string>());
        Assert.Equal(1, data["lessonsLearned"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(senior.Name, data["lessonsLearned"]!["nodes"]![0]!["teacher"]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task LessonsFilterAndOrder_ByDirectionTopicVisibilityAndTeacher_AsOneQuery()
    {
        var (pairing, senior, junior) = await PairAsync();
        var up = await api.Data.LessonAsync(pairing, junior.Id, LessonVisibility.Pair, topic: "EMERGING_TECH");
        var down = await api.Data.LessonAsync(pairing, senior.Id, LessonVisibility.Company, topic: "LEADERSHIP");
        var pairingId = TestWorld.Id(NodeTypes.Pairing, pairing.Id);
        var token = api.Token(junior.Email);

        async Task<List<string>> Titles(string where, string order = "[{ createdAt: ASC }]") =>
            [.. (await api.RunAsync($"{{ lessons(order: {order}, where: {{ and: [{{ pairing: {{ id: {{ eq: \"{pairingId}\" }} }} }}, {where}] }}) {{ nodes {{ title }} }} }}", token))
                .Ok()["lessons"]!["nodes"]!.AsArray().Select(n => n!["title"]!.GetValue<string>())];

        Assert.Equal([up.Title], await Titles("{ direction: { eq: UPWARD } }"));
        Assert.Equal([down.Title], await Titles("{ direction: { in: [DOWNWARD, MUTUAL] } }"));
        Assert.Empty(await Titles("{ direction: { eq: MUTUAL } }"));
        Assert.Equal([down.Title], await Titles("{ topic: { id: { eq: LEADERSHIP } } }"));
        Assert.Equal([up.Title], await Titles("{ visibility: { neq: COMPANY } }"));
        Assert.Equal([down.Title], await Titles($"{{ teacher: {{ id: {{ eq: \"{TestWorld.Id(NodeTypes.Person, senior.Id)}\" }} }} }}"));
        Assert.Equal([down.Title, up.Title], await Titles("{ }", "[{ direction: DESC }]"));
    }

    private async Task<(Pairing Pairing, Person Senior, Person Junior)> PairAsync(MentoringProgram? program = null)
    {
        var senior = await api.Data.PersonAsync(Band.Executive);
        var junior = await api.Data.PersonAsync(Band.Junior);
        return (await api.Data.PairingAsync(PairingStatus.Active, senior, junior, program), senior, junior);
    }

    private async Task<JsonNode> RecordAsync(string token, Pairing pairing, long teacherId, long? sessionId, string? topic) =>
        (await api.RunAsync(Record, token, new
        {
            input = new
            {
                pairingId = TestWorld.Id(NodeTypes.Pairing, pairing.Id),
                sessionId = sessionId is { } s ? TestWorld.Id(NodeTypes.Session, s) : null,
                teacherId = TestWorld.Id(NodeTypes.Person, teacherId),
                title = "How short videos find an audience",
                detail = "Hooks in the first second.",
                topic = topic is null ? null : "SOCIAL_MEDIA",
                visibility = "PAIR",
            },
        })).Ok()["recordLesson"]!;

    private async Task<List<long>> VisibleAsync(string token, long[] ids)
    {
        var data = (await api.RunAsync(
            "query($ids: [ID!]!) { nodes(ids: $ids) { id } }", token, new { ids = ids.Select(i => TestWorld.Id(NodeTypes.Lesson, i)).ToArray() })).Ok();
        return [.. data["nodes"]!.AsArray().Select((n, i) => (n, i)).Where(x => x.n is not null).Select(x => ids[x.i])];
    }
}
