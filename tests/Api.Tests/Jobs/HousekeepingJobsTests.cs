using MentorGraph.Api.Jobs;
using MentorGraph.Api.Tests.Domain;
using MentorGraph.Persistence.Entities;
using MentorGraph.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace MentorGraph.Api.Tests.Jobs;

/// <summary>
/// The housekeeping jobs as the job runner calls them — resolved from <c>serve</c>'s services, <c>RunAsync</c> — and
/// their results read back through GraphQL: <c>atRisk</c> in filters and orders, an expired proposal's history.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class HousekeepingJobsTests(DomainApiFixture api) : IClassFixture<DomainApiFixture>
{
    private const string PairingsQuery = """
        query($where: PairingFilterInput, $order: [PairingSortInput!]) {
          pairings(where: $where, order: $order) { nodes { id atRisk } }
        }
        """;

    [Fact]
    public async Task MarkAtRiskJob_FlagsTheQuietPairing_AndAtRiskFiltersAndOrders()
    {
        // Both weekly, accepted 29 days ago; only one has met since (7 days ago).
        var senior = await api.Data.PersonAsync(Band.Executive);
        var quiet = await api.Data.PairingAsync(PairingStatus.Active, senior: senior);
        var meeting = await api.Data.PairingAsync(PairingStatus.Active, senior: senior);
        await api.Data.SessionAsync(meeting);

        await Job<MarkAtRiskJob>().RunAsync(CancellationToken.None);

        var token = api.Token(senior.Email);
        var flagged = await IdsAsync(token, new { atRisk = new { eq = true } });
        var fine = await IdsAsync(token, new { atRisk = new { eq = false } });
        var ordered = await IdsAsync(token, where: null, order: new object[] { new { atRisk = "DESC" } });
        Assert.Equal([TestWorld.Id("Pairing", quiet.Id)], flagged);
        Assert.Equal([TestWorld.Id("Pairing", meeting.Id)], fine);
        Assert.Equal([TestWorld.Id("Pairing", quiet.Id), TestWorld.Id("Pairing", meeting.Id)], ordered);
        Assert.Equal(quiet.Version, (await api.Data.ReloadAsync<Pairing>(quiet.Id)).Version);
    }

    [Fact]
    public async Task ExpireProposalsJob_ExpiresTheOverdueProposal_WithHistoryBySystem()
    {
        // Proposed 30 days ago with 14 days to answer.
        var proposal = await api.Data.PairingAsync(PairingStatus.Proposed);

        var expired = await Job<ExpireProposalsJob>().RunAsync(CancellationToken.None);
        var again = await Job<ExpireProposalsJob>().RunAsync(CancellationToken.None);

        Assert.True(expired >= 1);
        Assert.Equal(0, again);
        var data = (await api.RunAsync(
            "query($id: ID!) { pairing(id: $id) { status version endedAt statusHistory { from to by { id } reason } } }",
            api.Token("admin-housekeeping@example.com", "ADMIN"),
            new { id = TestWorld.Id("Pairing", proposal.Id) })).Ok()["pairing"]!;
        Assert.Equal("EXPIRED", data["status"]!.GetValue<string>());
        Assert.Equal(proposal.Version + 1, data["version"]!.GetValue<int>());
        var last = data["statusHistory"]!.AsArray().Last()!;
        Assert.Equal(("PROPOSED", "EXPIRED"), (last["from"]!.GetValue<string>(), last["to"]!.GetValue<string>()));
        Assert.Null(last["by"]);
        Assert.StartsWith("Not answered by ", last["reason"]!.GetValue<string>());
    }

    private T Job<T>()
        where T : notnull
    {
        using var scope = api.Host.App.Services.CreateScope();
        return scope.ServiceProvider.GetRequiredService<T>();
    }

    private async Task<List<string>> IdsAsync(string token, object? where, object[]? order = null)
    {
        var data = (await api.RunAsync(PairingsQuery, token, new { where, order })).Ok();
        return [.. data["pairings"]!["nodes"]!.AsArray().Select(n => n!["id"]!.GetValue<string>())];
    }
}
