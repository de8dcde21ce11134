using System.Text.Json.Nodes;
using MentorGraph.Api.Schema.Nodes;
using MentorGraph.Persistence.Entities;
using MentorGraph.Tests.Support;

namespace MentorGraph.Api.Tests.Domain;

/// <summary>
/// Filters and orders that navigate into related rows see only the rows the viewer may read (the engine's
/// navigation guards, fed by <c>Visibility</c>): a member who reads another pair's COMPANY lesson learns nothing
/// of that pair's pairing or session by filtering or sorting through them; notes and feedback count in a session
/// filter only where the viewer may read them (PRIVATE notes their author only, feedback dual-blind) — while the
/// same filters work for the participants and for ADMIN.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class NestedFilterPrivacyTests(DomainApiFixture api) : IClassFixture<DomainApiFixture>
{
    [Theory]
    [InlineData("pairing: { status: { eq: ACTIVE } }")]
    [InlineData("pairing: { status: { neq: ACTIVE } }")]
    [InlineData("pairing: { cadence: { in: [WEEKLY, BIWEEKLY, MONTHLY] } }")]
    [InlineData("pairing: { senior: { band: { eq: EXECUTIVE } } }")]
    [InlineData("or: [{ pairing: { status: { eq: ACTIVE } } }, { pairing: { status: { neq: ACTIVE } } }]")]
    public async Task Lessons_FilteredThroughAnotherPairsPairing_FindNothing_ForAMember(string condition)
    {
        var world = await CompanyLessonAsync();

        var unfiltered = await LessonTitlesAsync(world.Title, string.Empty, api.Token(world.Outsider.Email));
        var filtered = await LessonTitlesAsync(world.Title, condition, api.Token(world.Outsider.Email));

        Assert.Equal([world.Title], unfiltered);
        Assert.Empty(filtered);
    }

    [Fact]
    public async Task Lessons_FilteredThroughTheirPairing_Work_ForAParticipantAndAnAdmin()
    {
        var world = await CompanyLessonAsync();
        const string condition = "pairing: { status: { eq: ACTIVE }, senior: { band: { eq: EXECUTIVE } } }";

        Assert.Equal([world.Title], await LessonTitlesAsync(world.Title, condition, api.Token(world.Junior.Email)));
        Assert.Equal([world.Title], await LessonTitlesAsync(world.Title, condition, api.Token(world.Admin.Email, "ADMIN")));
        Assert.Empty(await LessonTitlesAsync(world.Title, "pairing: { status: { eq: CANCELLED } }", api.Token(world.Admin.Email, "ADMIN")));
    }

    [Fact]
    public async Task NestedLessonPages_FilteredThroughAnotherPairsPairing_FindNothing_ForAMember_ButForAnAdmin()
    {
        var world = await CompanyLessonAsync();
        string Query(string condition) =>
            $"{{ person(id: \"{TestWorld.Id(NodeTypes.Person, world.Junior.Id)}\") {{ lessonsTaught(where: {{ title: {{ eq: \"{world.Title}\" }} {condition} }}) {{ totalCount nodes {{ title }} }} }} }}";
        async Task<int> CountAsync(string condition, string token) =>
            (await api.RunAsync(Query(condition), token)).Ok()["person"]!["lessonsTaught"]!["totalCount"]!.GetValue<int>();

        Assert.Equal(1, await CountAsync(string.Empty, api.Token(world.Outsider.Email)));
        Assert.Equal(0, await CountAsync("pairing: { status: { eq: ACTIVE } }", api.Token(world.Outsider.Email)));
        Assert.Equal(0, await CountAsync("session: { notes: { any: true } }", api.Token(world.Outsider.Email)));
        Assert.Equal(1, await CountAsync("pairing: { status: { eq: ACTIVE } }", api.Token(world.Admin.Email, "ADMIN")));
    }

    [Theory]
    [InlineData("session: { status: { eq: COMPLETED } }")]
    [InlineData("session: { format: { eq: COFFEE } }")]
    [InlineData("session: { pairing: { status: { eq: ACTIVE } } }")]
    [InlineData("session: { notes: { any: true } }")]
    [InlineData("session: { notes: { some: { visibility: { eq: PAIR } } } }")]
    public async Task Lessons_FilteredThroughAnotherPairsSession_FindNothing_ForAMember_ButForAParticipantAndAnAdmin(string condition)
    {
        var world = await CompanyLessonAsync();

        Assert.Empty(await LessonTitlesAsync(world.Title, condition, api.Token(world.Outsider.Email)));
        Assert.Equal([world.Title], await LessonTitlesAsync(world.Title, condition, api.Token(world.Junior.Email)));
        Assert.Equal([world.Title], await LessonTitlesAsync(world.Title, condition, api.Token(world.Admin.Email, "ADMIN")));
    }

    [Fact]
    public async Task Lessons_OrderedThroughAnotherPairsPairing_SortAsIfItWereAbsent_ForAMember_ButByItForAnAdmin()
    {
        // Two COMPANY lessons whose pairings started in the opposite order of the lessons' keys.
        var outsider = await api.Data.PersonAsync(Band.Mid);
        var admin = await api.Data.PersonAsync(Band.Senior);
        var title = TestWorld.Unique("Ordered");
        var earlier = await api.Data.PairingAsync(PairingStatus.Active);
        var later = await api.Data.PairingAsync(PairingStatus.Active);
        var first = await api.Data.LessonAsync(later, later.SeniorId, LessonVisibility.Company, title: title + "-a");
        var second = await api.Data.LessonAsync(earlier, earlier.SeniorId, LessonVisibility.Company, title: title + "-b");
        Assert.True(earlier.StartedAt < later.StartedAt && first.Id < second.Id);
        string Query(string direction) =>
            $"{{ lessons(where: {{ title: {{ startsWith: \"{title}\" }} }}, order: [{{ pairing: {{ startedAt: {direction} }} }}]) {{ edges {{ cursor node {{ title }} }} }} }}";

        var memberAscending = await OrderedTitlesAsync(Query("ASC"), api.Token(outsider.Email));
        var memberDescending = await OrderedTitlesAsync(Query("DESC"), api.Token(outsider.Email));
        var adminAscending = await OrderedTitlesAsync(Query("ASC"), api.Token(admin.Email, "ADMIN"));
        var adminDescending = await OrderedTitlesAsync(Query("DESC"), api.Token(admin.Email, "ADMIN"));

        Assert.Equal([first.Title, second.Title], memberAscending.Titles);
        Assert.Equal([first.Title, second.Title], memberDescending.Titles);
        Assert.Equal([second.Title, first.Title], adminAscending.Titles);
        Assert.Equal([first.Title, second.Title], adminDescending.Titles);
        var started = later.StartedAt!.Value.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm", System.Globalization.CultureInfo.InvariantCulture);
        Assert.All(memberAscending.Cursors.Concat(memberDescending.Cursors), cursor => Assert.DoesNotContain(started, cursor, StringComparison.Ordinal));
        Assert.Contains(adminAscending.Cursors, cursor => cursor.Contains(started, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Sessions_FilteredThroughNotes_CountAPrivateNote_OnlyForItsAuthor_NotTheOtherParticipant_NorAnAdmin()
    {
        var (pairing, senior, junior) = await PairAsync();
        var admin = await api.Data.PersonAsync(Band.Senior);
        var session = await api.Data.SessionAsync(pairing);
        await api.Data.NoteAsync(session, junior.Id, NoteVisibility.Private);
        var sessionId = TestWorld.Id(NodeTypes.Session, session.Id);

        foreach (var condition in new[] { "notes: { some: { visibility: { eq: PRIVATE } } }", "notes: { any: true }", $"notes: {{ some: {{ author: {{ id: {{ eq: \"{TestWorld.Id(NodeTypes.Person, junior.Id)}\" }} }} }} }}" })
        {
            Assert.Equal(1, await SessionCountAsync(sessionId, condition, api.Token(junior.Email)));
            Assert.Equal(0, await SessionCountAsync(sessionId, condition, api.Token(senior.Email)));
            Assert.Equal(0, await SessionCountAsync(sessionId, condition, api.Token(admin.Email, "ADMIN")));
        }

        // The complement tells no more: the other participant sees a session without notes.
        Assert.Equal(1, await SessionCountAsync(sessionId, "notes: { none: { visibility: { eq: PRIVATE } } }", api.Token(senior.Email)));
        Assert.Equal(1, await SessionCountAsync(sessionId, "notes: { all: { visibility: { eq: PAIR } } }", api.Token(senior.Email)));
    }

    [Fact]
    public async Task Sessions_FilteredThroughNotes_CountAPairNote_ForBothParticipantsAndAnAdmin_NotForAnOutsider()
    {
        var (pairing, senior, junior) = await PairAsync();
        var admin = await api.Data.PersonAsync(Band.Senior);
        var outsider = await api.Data.PersonAsync(Band.Mid);
        var session = await api.Data.SessionAsync(pairing);
        await api.Data.NoteAsync(session, junior.Id, NoteVisibility.Pair);
        var sessionId = TestWorld.Id(NodeTypes.Session, session.Id);
        const string condition = "notes: { some: { visibility: { eq: PAIR } } }";

        Assert.Equal(1, await SessionCountAsync(sessionId, condition, api.Token(junior.Email)));
        Assert.Equal(1, await SessionCountAsync(sessionId, condition, api.Token(senior.Email)));
        Assert.Equal(1, await SessionCountAsync(sessionId, condition, api.Token(admin.Email, "ADMIN")));
        Assert.Equal(0, await SessionCountAsync(sessionId, condition, api.Token(outsider.Email)));
    }

    [Fact]
    public async Task Sessions_FilteredThroughFeedback_AreDualBlind_TheOtherRatingCountsOnlyOnceBothAreIn()
    {
        var (pairing, senior, junior) = await PairAsync();
        var admin = await api.Data.PersonAsync(Band.Senior);
        var session = await api.Data.SessionAsync(pairing);
        await api.Data.AddAsync(new SessionFeedback { SessionId = session.Id, AuthorId = junior.Id, Rating = 1 });
        var sessionId = TestWorld.Id(NodeTypes.Session, session.Id);
        const string lowRating = "feedback: { some: { rating: { lte: 2 } } }";
        var notRatedBySenior = $"feedback: {{ none: {{ author: {{ id: {{ eq: \"{TestWorld.Id(NodeTypes.Person, senior.Id)}\" }} }} }} }}";

        var seniorBefore = await SessionCountAsync(sessionId, lowRating, api.Token(senior.Email));
        var awaitingSenior = await SessionCountAsync(sessionId, notRatedBySenior, api.Token(senior.Email));
        var juniorBefore = await SessionCountAsync(sessionId, lowRating, api.Token(junior.Email));
        var adminBefore = await SessionCountAsync(sessionId, lowRating, api.Token(admin.Email, "ADMIN"));
        await api.Data.AddAsync(new SessionFeedback { SessionId = session.Id, AuthorId = senior.Id, Rating = 5 });
        var seniorAfter = await SessionCountAsync(sessionId, lowRating, api.Token(senior.Email));

        Assert.Equal((0, 1, 1, 1, 1), (seniorBefore, awaitingSenior, juniorBefore, adminBefore, seniorAfter));
    }

    [Fact]
    public async Task Sessions_FilteredThroughTheirPairing_WorkForAParticipant()
    {
        var (pairing, _, junior) = await PairAsync();
        var session = await api.Data.SessionAsync(pairing);
        var sessionId = TestWorld.Id(NodeTypes.Session, session.Id);

        Assert.Equal(1, await SessionCountAsync(sessionId, "pairing: { status: { eq: ACTIVE }, junior: { band: { eq: JUNIOR } } }", api.Token(junior.Email)));
        Assert.Equal(0, await SessionCountAsync(sessionId, "pairing: { status: { eq: PAUSED } }", api.Token(junior.Email)));
    }

    /// <summary>An ACTIVE pairing with a completed session, a COMPANY lesson of it learned in that session (with a PAIR note), a member outside it and an ADMIN.</summary>
    private async Task<CompanyLessonWorld> CompanyLessonAsync()
    {
        var (pairing, senior, junior) = await PairAsync();
        var session = await api.Data.SessionAsync(pairing);
        await api.Data.NoteAsync(session, senior.Id, NoteVisibility.Pair);
        var lesson = await api.Data.LessonAsync(pairing, junior.Id, LessonVisibility.Company, session.Id, TestWorld.Unique("Company lesson"));
        return new CompanyLessonWorld(lesson.Title, junior, await api.Data.PersonAsync(Band.Mid), await api.Data.PersonAsync(Band.Senior));
    }

    private async Task<(Pairing Pairing, Person Senior, Person Junior)> PairAsync()
    {
        var senior = await api.Data.PersonAsync(Band.Executive);
        var junior = await api.Data.PersonAsync(Band.Junior);
        return (await api.Data.PairingAsync(PairingStatus.Active, senior, junior), senior, junior);
    }

    private async Task<List<string>> LessonTitlesAsync(string title, string condition, string token)
    {
        var data = (await api.RunAsync($"{{ lessons(where: {{ title: {{ eq: \"{title}\" }} {condition} }}) {{ nodes {{ title }} }} }}", token)).Ok();
        return [.. data["lessons"]!["nodes"]!.AsArray().Select(n => n!["title"]!.GetValue<string>())];
    }

    private async Task<(List<string> Titles, List<string> Cursors)> OrderedTitlesAsync(string query, string token)
    {
        var edges = (await api.RunAsync(query, token)).Ok()["lessons"]!["edges"]!.AsArray();
        return (
            [.. edges.Select(e => e!["node"]!["title"]!.GetValue<string>())],
            [.. edges.Select(e => System.Text.Encoding.UTF8.GetString(System.Buffers.Text.Base64Url.DecodeFromChars(e!["cursor"]!.GetValue<string>())))]);
    }

    private async Task<int> SessionCountAsync(string sessionId, string condition, string token)
    {
        var data = (await api.RunAsync($"{{ sessions(where: {{ id: {{ eq: \"{sessionId}\" }} {condition} }}) {{ nodes {{ id }} }} }}", token)).Ok();
        return data["sessions"]!["nodes"]!.AsArray().Count;
    }

    private sealed record CompanyLessonWorld(string Title, Person Junior, Person Outsider, Person Admin);
}
