using MentorGraph.Api.Schema.Nodes;
using MentorGraph.Persistence.Domain;
using MentorGraph.Persistence.Entities;
using MentorGraph.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace MentorGraph.Api.Tests.Domain;

/// <summary>Pairings through GraphQL: proposing, every transition from every status (allowed and refused), versions and bad input — nothing written on a refusal.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PairingLifecycleTests(DomainApiFixture api) : IClassFixture<DomainApiFixture>
{
    private const string Admin = "admin-pairings@example.com";

    private static readonly (string Mutation, PairingAction Action)[] Mutations =
    [
        ("acceptPairing", PairingAction.Accept), ("declinePairing", PairingAction.Decline), ("pausePairing", PairingAction.Pause),
        ("resumePairing", PairingAction.Resume), ("completePairing", PairingAction.Complete), ("cancelPairing", PairingAction.Cancel),
    ];

    public static TheoryData<string, PairingStatus> EveryMutationFromEveryStatus()
    {
        var data = new TheoryData<string, PairingStatus>();
        foreach (var (mutation, _) in Mutations)
        {
            foreach (var status in Enum.GetValues<PairingStatus>())
            {
                data.Add(mutation, status);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryMutationFromEveryStatus))]
    public async Task Transition_TakesExactlyItsEdge_OrIsAnInvalidTransitionError_WithNothingWritten(string mutation, PairingStatus from)
    {
        var action = Mutations.Single(m => m.Mutation == mutation).Action;
        var pairing = await api.Data.PairingAsync(from);
        var historyBefore = await HistoryCountAsync(pairing.Id);
        var allowed = PairingStateMachine.SourcesOf(action).Contains(from);
        var to = PairingStateMachine.TargetOf(action);

        var payload = await TransitionAsync(mutation, pairing, pairing.Version, api.Token(Admin, "ADMIN"), reason: "because");

        var after = await api.Data.ReloadAsync<Pairing>(pairing.Id);
        if (allowed)
        {
            Assert.Empty(payload["errors"]!.AsArray());
            Assert.Equal(EnumText<PairingStatus>.ToText(to), payload["pairing"]!["status"]!.GetValue<string>());
            Assert.Equal(pairing.Version + 1, after.Version);
            Assert.Equal(to, after.Status);
            Assert.Equal(historyBefore + 1, await HistoryCountAsync(pairing.Id));
            var last = payload["pairing"]!["statusHistory"]!.AsArray().Last()!;
            Assert.Equal(EnumText<PairingStatus>.ToText(from), last["from"]!.GetValue<string>());
            Assert.Equal("because", last["reason"]!.GetValue<string>());
        }
        else
        {
            Assert.Null(payload["pairing"]);
            var error = Assert.Single(payload["errors"]!.AsArray())!;
            Assert.Equal("InvalidTransitionError", error["__typename"]!.GetValue<string>());
            Assert.Equal("INVALID_TRANSITION", error["code"]!.GetValue<string>());
            Assert.Equal(EnumText<PairingStatus>.ToText(from), error["from"]!.GetValue<string>());
            Assert.Equal(EnumText<PairingStatus>.ToText(to), error["to"]!.GetValue<string>());
            Assert.Equal((from, pairing.Version), (after.Status, after.Version));
            Assert.Equal(historyBefore, await HistoryCountAsync(pairing.Id));
        }
    }

    [Fact]
    public async Task Transition_WithAStaleVersion_IsAConflictWithTheCurrentVersion_AndNothingChanges()
    {
        var pairing = await api.Data.PairingAsync(PairingStatus.Active);
        var token = api.Token(Admin, "ADMIN");
        await TransitionAsync("pausePairing", pairing, pairing.Version, token);

        var stale = await TransitionAsync("resumePairing", pairing, pairing.Version, token);

        var error = Assert.Single(stale["errors"]!.AsArray())!;
        Assert.Equal("VERSION_CONFLICT", error["code"]!.GetValue<string>());
        Assert.Equal(pairing.Version + 1, error["version"]!.GetValue<int>());
        Assert.Equal(PairingStatus.Paused, (await api.Data.ReloadAsync<Pairing>(pairing.Id)).Status);
    }

    [Fact]
    public async Task Accept_ByTheProposer_IsForbidden_ByTheOtherParticipant_Allowed()
    {
        var junior = await api.Data.PersonAsync(Band.Junior);
        var senior = await api.Data.PersonAsync(Band.Executive);
        var pairing = await api.Data.PairingAsync(PairingStatus.Proposed, senior, junior, proposedBy: junior.Id);

        var byProposer = await TransitionAsync("acceptPairing", pairing, 1, api.Token(junior.Email));
        var byOther = await TransitionAsync("acceptPairing", pairing, 1, api.Token(senior.Email));

        Assert.Equal("FORBIDDEN", byProposer["errors"]![0]!["code"]!.GetValue<string>());
        Assert.Equal("ACTIVE", byOther["pairing"]!["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task Transition_OfSomeoneElsesPairing_IsNotFound_ForAMember()
    {
        var stranger = await api.Data.PersonAsync(Band.Mid);
        var pairing = await api.Data.PairingAsync(PairingStatus.Active);

        var payload = await TransitionAsync("pausePairing", pairing, 1, api.Token(stranger.Email));

        Assert.Equal("NotFoundError", payload["errors"]![0]!["__typename"]!.GetValue<string>());
        Assert.Equal(PairingStatus.Active, (await api.Data.ReloadAsync<Pairing>(pairing.Id)).Status);
    }

    [Fact]
    public async Task ProposePairing_ByAParticipant_IsProposedWithRespondByFromTheSetting_AndAFirstHistoryEntry()
    {
        var junior = await api.Data.PersonAsync(Band.Junior);
        var senior = await api.Data.PersonAsync(Band.Senior);
        var program = await api.Data.ProgramAsync();

        var payload = await ProposeAsync(api.Token(junior.Email), program.Id, senior.Id, junior.Id);

        Assert.Empty(payload["errors"]!.AsArray());
        var pairing = payload["pairing"]!;
        Assert.Equal("PROPOSED", pairing["status"]!.GetValue<string>());
        Assert.Equal("WEEKLY", pairing["cadence"]!.GetValue<string>());
        var proposedAt = DateTimeOffset.Parse(pairing["proposedAt"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture);
        var respondBy = DateTimeOffset.Parse(pairing["respondBy"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(TimeSpan.FromDays(14), respondBy - proposedAt);
        var first = Assert.Single(pairing["statusHistory"]!.AsArray())!;
        Assert.Null(first["from"]);
        Assert.Equal(junior.Name, first["by"]!["name"]!.GetValue<string>());
        Assert.Equal(junior.Name, pairing["proposedBy"]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task ProposePairing_AJuniorAsTheSenior_IsAValidationErrorOnSeniorId_AndNothingIsWritten()
    {
        var junior = await api.Data.PersonAsync(Band.Junior);
        var mid = await api.Data.PersonAsync(Band.Mid);
        var program = await api.Data.ProgramAsync();
        var before = await api.Data.CountAsync<Pairing>();

        var payload = await ProposeAsync(api.Token(Admin, "ADMIN"), program.Id, junior.Id, mid.Id);

        var error = Assert.Single(payload["errors"]!.AsArray())!;
        Assert.Equal("ValidationError", error["__typename"]!.GetValue<string>());
        Assert.Equal("seniorId", error["field"]!.GetValue<string>());
        Assert.Equal(before, await api.Data.CountAsync<Pairing>());
    }

    [Fact]
    public async Task ProposePairing_ASecondOpenPairingOfTheTwo_EitherWayRound_IsAConflict_AndNothingIsWritten()
    {
        var pairing = await api.Data.PairingAsync(PairingStatus.Paused);
        var senior = await api.Data.ReloadAsync<Person>(pairing.SeniorId);
        var before = await api.Data.CountAsync<Pairing>();

        var payload = await ProposeAsync(api.Token(senior.Email), pairing.ProgramId, pairing.SeniorId, pairing.JuniorId);

        var error = Assert.Single(payload["errors"]!.AsArray())!;
        Assert.Equal("ConflictError", error["__typename"]!.GetValue<string>());
        Assert.Equal("ALREADY_EXISTS", error["code"]!.GetValue<string>());
        Assert.Null(error["version"]);
        Assert.Equal(before, await api.Data.CountAsync<Pairing>());
    }

    [Fact]
    public async Task ProposePairing_OfOtherPeople_ByAMember_IsForbidden()
    {
        var member = await api.Data.PersonAsync(Band.Mid);
        var junior = await api.Data.PersonAsync(Band.Junior);
        var senior = await api.Data.PersonAsync(Band.Senior);
        var program = await api.Data.ProgramAsync();

        var payload = await ProposeAsync(api.Token(member.Email), program.Id, senior.Id, junior.Id);

        Assert.Equal("FORBIDDEN", payload["errors"]![0]!["code"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("not base64!", "ValidationError", "INVALID_VALUE")]
    [InlineData("UGFpcmluZzox", "ValidationError", "INVALID_VALUE")] // Pairing:1, given where a Program id belongs
    [InlineData("UHJvZ3JhbTo5OTk5OTk5", "NotFoundError", "NOT_FOUND")] // Program:9999999
    public async Task ProposePairing_WithABadProgramId_IsATypedError_AndNothingIsWritten(string programId, string type, string code)
    {
        var junior = await api.Data.PersonAsync(Band.Junior);
        var senior = await api.Data.PersonAsync(Band.Senior);
        var before = await api.Data.CountAsync<Pairing>();

        var payload = (await api.RunAsync(
            "mutation($input: ProposePairingInput!) { proposePairing(input: $input) { pairing { id } errors { __typename ... on Error { code } ... on ValidationError { field } ... on NotFoundError { field } } } }",
            api.Token(Admin, "ADMIN"),
            new { input = new { programId, seniorId = TestWorld.Id(NodeTypes.Person, senior.Id), juniorId = TestWorld.Id(NodeTypes.Person, junior.Id) } })).Ok()["proposePairing"]!;

        var error = Assert.Single(payload["errors"]!.AsArray())!;
        Assert.Equal(type, error["__typename"]!.GetValue<string>());
        Assert.Equal(code, error["code"]!.GetValue<string>());
        Assert.Equal("programId", error["field"]!.GetValue<string>());
        Assert.Equal(before, await api.Data.CountAsync<Pairing>());
    }

    [Fact]
    public async Task Pairing_LastSessionAt_IsTheLatestCompletedSession()
    {
        var pairing = await api.Data.PairingAsync(PairingStatus.Active);
        var latest = new DateTimeOffset(2026, 2, 3, 10, 0, 0, TimeSpan.Zero);
        await api.Data.SessionAsync(pairing, SessionStatus.Completed, latest.AddDays(-7));
        await api.Data.SessionAsync(pairing, SessionStatus.Completed, latest);
        await api.Data.SessionAsync(pairing, SessionStatus.Scheduled, latest.AddDays(7));

        var data = (await api.RunAsync(
            "query($id: ID!) { pairing(id: $id) { lastSessionAt atRisk sessions { totalCount } } }",
            api.Token(Admin, "ADMIN"),
            new { id = TestWorld.Id(NodeTypes.Pairing, pairing.Id) })).Ok()["pairing"]!;

        Assert.Equal("2026-02-03T10:00:00.000Z", data["lastSessionAt"]!.GetValue<string>());
        Assert.False(data["atRisk"]!.GetValue<bool>());
        Assert.Equal(3, data["sessions"]!["totalCount"]!.GetValue<int>());
    }

    private async Task<System.Text.Json.Nodes.JsonNode> TransitionAsync(string mutation, Pairing pairing, int version, string token, string? reason = null)
    {
        var input = char.ToUpperInvariant(mutation[0]) + mutation[1..] + "Input";
        var response = await api.RunAsync(
            $$"""
            mutation($input: {{input}}!) {
              {{mutation}}(input: $input) {
                pairing { status version statusHistory { from to reason by { name } } }
                errors { __typename ... on Error { code } ... on InvalidTransitionError { from to } ... on ConflictError { version } }
              }
            }
            """,
            token,
            new { input = new { pairingId = TestWorld.Id(NodeTypes.Pairing, pairing.Id), version, reason } });
        return response.Ok()[mutation]!;
    }

    private async Task<System.Text.Json.Nodes.JsonNode> ProposeAsync(string token, long programId, long seniorId, long juniorId) =>
        (await api.RunAsync(
            """
            mutation($input: ProposePairingInput!) {
              proposePairing(input: $input) {
                pairing { status cadence proposedAt respondBy proposedBy { name } statusHistory { from to by { name } } }
                errors { __typename ... on Error { code } ... on ValidationError { field } ... on ConflictError { version } }
              }
            }
            """,
            token,
            new { input = new { programId = TestWorld.Id(NodeTypes.Program, programId), seniorId = TestWorld.Id(NodeTypes.Person, seniorId), juniorId = TestWorld.Id(NodeTypes.Person, juniorId), seniorExpects = "Fresh eyes", juniorExpects = "Strategy" } })).Ok()["proposePairing"]!;

    private async Task<int> HistoryCountAsync(long pairingId)
    {
        await using var db = api.Data.NewContext();
        return await db.PairingStatusChanges.CountAsync(c => c.PairingId == pairingId);
    }
}
