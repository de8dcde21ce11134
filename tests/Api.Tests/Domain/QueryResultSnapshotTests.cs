using System.Text.Json;
using MentorGraph.Api.Schema.Nodes;
using MentorGraph.Persistence.Entities;
using MentorGraph.Tests.Support;
using Snapshooter;
using Snapshooter.Xunit;

namespace MentorGraph.Api.Tests.Domain;

/// <summary>
/// Representative answers of the API as front ends see them, kept as Snapshooter snapshots: a participant's view of
/// their pairing, the directory as a member reads it (no emails), the company lesson feed read by an outsider, and a
/// refused mutation's payload. The data is fixed (names, times, and ids from the class's fresh database), so any
/// change in an answer's shape or content shows as a snapshot difference.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class QueryResultSnapshotTests(DomainApiFixture api) : IClassFixture<DomainApiFixture>
{
    [Fact]
    public async Task RepresentativeAnswers_MatchTheirSnapshots()
    {
        var data = api.Data;
        var sales = await data.DepartmentAsync("Sales");
        var digital = await data.DepartmentAsync("Digital");
        var maria = await data.AddAsync(new Person { Name = "Maria Okafor", Email = "maria@example.com", Title = "Chief Operating Officer", Band = Band.Executive, DepartmentId = sales.Id, CanTeach = [new() { TopicId = "BUSINESS_FUNDAMENTALS" }], WantsToLearn = [new() { TopicId = "SOCIAL_MEDIA" }] });
        var tom = await data.AddAsync(new Person { Name = "Tom Berg", Email = "tom@example.com", Title = "Marketing Associate", Band = Band.Junior, DepartmentId = digital.Id, CanTeach = [new() { TopicId = "SOCIAL_MEDIA" }, new() { TopicId = "EMERGING_TECH" }] });
        var outsider = await data.AddAsync(new Person { Name = "Lea Vos", Email = "lea@example.com", Band = Band.Mid, DepartmentId = digital.Id });
        var program = await data.AddAsync(new MentoringProgram { Name = "Reverse Mentoring 2026", Description = "Juniors teach executives.", Goals = "Digital fluency", StartsOn = new DateOnly(2026, 1, 1), EndsOn = new DateOnly(2026, 12, 31), DefaultCadence = Cadence.Biweekly });
        var pairing = await data.PairingAsync(PairingStatus.Active, maria, tom, program);
        var first = await data.SessionAsync(pairing, SessionStatus.Completed, new DateTimeOffset(2026, 1, 14, 9, 0, 0, TimeSpan.Zero));
        await data.SessionAsync(pairing, SessionStatus.Scheduled, new DateTimeOffset(2026, 1, 28, 9, 0, 0, TimeSpan.Zero));
        await data.NoteAsync(first, tom.Id, NoteVisibility.Pair, "Showed Maria how our customers find us on TikTok.");
        await data.NoteAsync(first, maria.Id, NoteVisibility.Private, "Ask Tom about the analytics dashboard next time.");
        await data.AddAsync(new SessionFeedback { SessionId = first.Id, AuthorId = tom.Id, Rating = 5, Comment = "Great questions." });
        await data.LessonAsync(pairing, tom.Id, LessonVisibility.Company, first.Id, "Short videos win attention in the first second", "SOCIAL_MEDIA");
        await data.LessonAsync(pairing, maria.Id, LessonVisibility.Pair, first.Id, "How a P&L is read", "BUSINESS_FUNDAMENTALS");

        var pairingView = await api.RunAsync(
            """
            query($id: ID!) {
              pairing(id: $id) {
                id status cadence atRisk lastSessionAt
                program { name startsOn endsOn cadence }
                senior { name email title band department { name } canTeach { id } wantsToLearn { id } }
                junior { name email band department { name } canTeach { id title } }
                statusHistory { from to reason by { name } }
                sessions(first: 5) {
                  totalCount
                  pageInfo { hasNextPage hasPreviousPage }
                  nodes { status format scheduledAt occurredAt durationMinutes notes { text visibility author { name } classification { direction } } feedback { rating comment author { name } } }
                }
                lessons { nodes { title direction topic { id title } topicSource visibility teacher { name } learner { name } } }
              }
            }
            """,
            api.Token(tom.Email),
            new { id = TestWorld.Id(NodeTypes.Pairing, pairing.Id) });
        var directory = await api.RunAsync(
            "{ people(first: 10, order: [{ band: ASC }]) { totalCount edges { node { name email title band active department { name } } } } }",
            api.Token(outsider.Email));
        var feed = await api.RunAsync(
            "{ lessonFeed(first: 5) { totalCount nodes { title direction topic { id } teacher { name } learner { name } pairing { id } session { id } } } }",
            api.Token(outsider.Email));
        var refused = await api.RunAsync(
            """
            mutation($input: ProposePairingInput!) {
              proposePairing(input: $input) { pairing { id } errors { __typename ... on Error { code message } ... on ValidationError { field } } }
            }
            """,
            api.Token(outsider.Email),
            new { input = new { programId = TestWorld.Id(NodeTypes.Program, program.Id), seniorId = TestWorld.Id(NodeTypes.Person, outsider.Id), juniorId = TestWorld.Id(NodeTypes.Person, maria.Id) } });

        Snapshot.Match(Pretty(pairingView), SnapshotNameExtension.Create("pairing-as-participant"));
        Snapshot.Match(Pretty(directory), SnapshotNameExtension.Create("directory-as-member"));
        Snapshot.Match(Pretty(feed), SnapshotNameExtension.Create("lesson-feed-as-outsider"));
        Snapshot.Match(Pretty(refused), SnapshotNameExtension.Create("propose-junior-as-senior"));
    }

    private static string Pretty(GraphQLResponse response) =>
        response.Body.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
}
