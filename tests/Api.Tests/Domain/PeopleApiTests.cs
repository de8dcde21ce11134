using MentorGraph.Api.Schema.Nodes;
using MentorGraph.Persistence.Entities;
using MentorGraph.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace MentorGraph.Api.Tests.Domain;

/// <summary>People, departments and programs through GraphQL: the directory, emails only for self and ADMIN, creation and updates, leavers.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PeopleApiTests(DomainApiFixture api) : IClassFixture<DomainApiFixture>
{
    private const string Admin = "admin-people@example.com";

    [Fact]
    public async Task CreateDepartmentAndPerson_AsAdmin_TheyAreInTheDirectory()
    {
        var admin = api.Token(Admin, "ADMIN");
        var department = (await api.RunAsync(
            "mutation($name: String!) { createDepartment(input: { name: $name }) { department { id name } errors { ... on Error { code } } } }",
            admin, new { name = TestWorld.Unique("Research") })).Ok()["createDepartment"]!;
        Assert.Empty(department["errors"]!.AsArray());
        var email = TestWorld.Unique("ana") + "@example.com";

        var created = (await api.RunAsync(
            """
            mutation($input: CreatePersonInput!) {
              createPerson(input: $input) { person { id version name email title band active department { name } canTeach { id } wantsToLearn { id } } errors { ... on Error { code } } }
            }
            """,
            admin,
            new { input = new { name = "Ana Lima", email, title = "Analyst", departmentId = department["department"]!["id"]!.GetValue<string>(), band = "JUNIOR", canTeach = new[] { "SOCIAL_MEDIA", "EMERGING_TECH" }, wantsToLearn = new[] { "LEADERSHIP" } } })).Ok()["createPerson"]!;

        var person = created["person"]!;
        Assert.Equal("Ana Lima", person["name"]!.GetValue<string>());
        Assert.Equal(email, person["email"]!.GetValue<string>());
        Assert.Equal(1, person["version"]!.GetValue<int>());
        Assert.Equal(["SOCIAL_MEDIA", "EMERGING_TECH"], person["canTeach"]!.AsArray().Select(t => t!["id"]!.GetValue<string>()));
        Assert.Equal(department["department"]!["name"]!.GetValue<string>(), person["department"]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task Email_IsNullForOtherMembers_ButThePersonStays_AndShownToSelfAndAdmin()
    {
        var ana = await api.Data.PersonAsync(Band.Junior);
        var bo = await api.Data.PersonAsync(Band.Senior);
        const string query = "query($id: ID!) { person(id: $id) { name email } }";
        var id = TestWorld.Id(NodeTypes.Person, ana.Id);

        var byOther = (await api.RunAsync(query, api.Token(bo.Email), new { id })).Ok()["person"]!;
        var bySelf = (await api.RunAsync(query, api.Token(ana.Email), new { id })).Ok()["person"]!;
        var byAdmin = (await api.RunAsync(query, api.Token(Admin, "ADMIN"), new { id })).Ok()["person"]!;

        Assert.Equal(ana.Name, byOther["name"]!.GetValue<string>());
        Assert.Null(byOther["email"]);
        Assert.Equal(ana.Email, bySelf["email"]!.GetValue<string>());
        Assert.Equal(ana.Email, byAdmin["email"]!.GetValue<string>());
    }

    [Fact]
    public async Task CreatePerson_DuplicateEmailInAnotherCase_IsAConflict_AndNothingIsWritten()
    {
        var ana = await api.Data.PersonAsync(Band.Junior);
        var before = await api.Data.CountAsync<Person>();

        var payload = (await api.RunAsync(
            "mutation($input: CreatePersonInput!) { createPerson(input: $input) { person { id } errors { __typename ... on Error { code } ... on ConflictError { field version } } } }",
            api.Token(Admin, "ADMIN"),
            new { input = new { name = "Another Ana", email = ana.Email.ToUpperInvariant(), band = "MID" } })).Ok()["createPerson"]!;

        Assert.Null(payload["person"]);
        var error = Assert.Single(payload["errors"]!.AsArray())!;
        Assert.Equal("ConflictError", error["__typename"]!.GetValue<string>());
        Assert.Equal("ALREADY_EXISTS", error["code"]!.GetValue<string>());
        Assert.Equal("email", error["field"]!.GetValue<string>());
        Assert.Null(error["version"]);
        Assert.Equal(before, await api.Data.CountAsync<Person>());
    }

    [Fact]
    public async Task UpdatePerson_Deactivating_CancelsOpenPairingsWithTheReason_KeepsClosedOnes_AndDeletesNothing()
    {
        var leaver = await api.Data.PersonAsync(Band.Junior);
        var active = await api.Data.PairingAsync(PairingStatus.Active, junior: leaver);
        var proposed = await api.Data.PairingAsync(PairingStatus.Proposed, junior: leaver);
        var completed = await api.Data.PairingAsync(PairingStatus.Completed, junior: leaver);

        var payload = (await api.RunAsync(
            "mutation($input: UpdatePersonInput!) { updatePerson(input: $input) { person { active version } errors { ... on Error { code } } } }",
            api.Token(Admin, "ADMIN"),
            new { input = new { personId = TestWorld.Id(NodeTypes.Person, leaver.Id), version = 1, active = false, reason = "Left the company" } })).Ok()["updatePerson"]!;

        Assert.Empty(payload["errors"]!.AsArray());
        Assert.False(payload["person"]!["active"]!.GetValue<bool>());
        Assert.Equal(2, payload["person"]!["version"]!.GetValue<int>());
        await using var db = api.Data.NewContext();
        var statuses = await db.Pairings.Where(p => p.JuniorId == leaver.Id).OrderBy(p => p.Id).Select(p => p.Status).ToListAsync();
        Assert.Equal([PairingStatus.Cancelled, PairingStatus.Cancelled, PairingStatus.Completed], statuses);
        var reasons = await db.PairingStatusChanges.Where(c => (c.PairingId == active.Id || c.PairingId == proposed.Id) && c.To == PairingStatus.Cancelled).Select(c => c.Reason).ToListAsync();
        Assert.Equal(["Left the company", "Left the company"], reasons);
        Assert.True(await db.People.AnyAsync(p => p.Id == leaver.Id && !p.Active && p.DeactivatedAt != null));
        Assert.Equal(PairingStatus.Completed, (await api.Data.ReloadAsync<Pairing>(completed.Id)).Status);
    }

    [Fact]
    public async Task UpdatePerson_MemberChangesOwnTopics_ButNotTheirBandNorSomeoneElse()
    {
        var ana = await api.Data.PersonAsync(Band.Junior);
        var bo = await api.Data.PersonAsync(Band.Junior);
        const string mutation = "mutation($input: UpdatePersonInput!) { updatePerson(input: $input) { person { version canTeach { id } } errors { __typename ... on Error { code } ... on ForbiddenError { field } } } }";
        var token = api.Token(ana.Email);

        var own = (await api.RunAsync(mutation, token, new { input = new { personId = TestWorld.Id(NodeTypes.Person, ana.Id), version = 1, canTeach = new[] { "DATA_ANALYTICS" } } })).Ok()["updatePerson"]!;
        var band = (await api.RunAsync(mutation, token, new { input = new { personId = TestWorld.Id(NodeTypes.Person, ana.Id), version = 2, band = "EXECUTIVE" } })).Ok()["updatePerson"]!;
        var other = (await api.RunAsync(mutation, token, new { input = new { personId = TestWorld.Id(NodeTypes.Person, bo.Id), version = 1, title = "Boss" } })).Ok()["updatePerson"]!;

        Assert.Equal(2, own["person"]!["version"]!.GetValue<int>());
        Assert.Equal("DATA_ANALYTICS", own["person"]!["canTeach"]![0]!["id"]!.GetValue<string>());
        Assert.Equal("band", band["errors"]![0]!["field"]!.GetValue<string>());
        Assert.Equal("FORBIDDEN", other["errors"]![0]!["code"]!.GetValue<string>());
        Assert.Equal(Band.Junior, (await api.Data.ReloadAsync<Person>(ana.Id)).Band);
        Assert.Null((await api.Data.ReloadAsync<Person>(bo.Id)).Title);
    }

    [Fact]
    public async Task UpdatePerson_StaleVersion_IsAConflictWithTheCurrentVersion_AndChangesNothing()
    {
        var ana = await api.Data.PersonAsync(Band.Junior, name: "Original");
        var mutation = "mutation($input: UpdatePersonInput!) { updatePerson(input: $input) { person { id } errors { ... on Error { code } ... on ConflictError { version } } } }";
        var admin = api.Token(Admin, "ADMIN");
        (await api.RunAsync(mutation, admin, new { input = new { personId = TestWorld.Id(NodeTypes.Person, ana.Id), version = 1, name = "First" } })).Ok();

        var stale = (await api.RunAsync(mutation, admin, new { input = new { personId = TestWorld.Id(NodeTypes.Person, ana.Id), version = 1, name = "Second" } })).Ok()["updatePerson"]!;

        Assert.Equal("VERSION_CONFLICT", stale["errors"]![0]!["code"]!.GetValue<string>());
        Assert.Equal(2, stale["errors"]![0]!["version"]!.GetValue<int>());
        Assert.Equal("First", (await api.Data.ReloadAsync<Person>(ana.Id)).Name);
    }

    [Fact]
    public async Task Programs_CreateUpdateAndList_WithTheirPairings()
    {
        var admin = api.Token(Admin, "ADMIN");
        var created = (await api.RunAsync(
            "mutation($input: CreateProgramInput!) { createProgram(input: $input) { program { id version name startsOn endsOn cadence } errors { ... on Error { code } } } }",
            admin,
            new { input = new { name = TestWorld.Unique("Spring"), description = "Reverse mentoring", goals = "Learn", startsOn = "2026-03-01", endsOn = "2026-09-30", cadence = "BIWEEKLY" } })).Ok()["createProgram"]!["program"]!;
        var bad = (await api.RunAsync(
            "mutation($input: UpdateProgramInput!) { updateProgram(input: $input) { program { id } errors { ... on Error { code } ... on ValidationError { field } } } }",
            admin,
            new { input = new { programId = created["id"]!.GetValue<string>(), version = 1, endsOn = "2026-01-01" } })).Ok()["updateProgram"]!;
        var updated = (await api.RunAsync(
            "mutation($input: UpdateProgramInput!) { updateProgram(input: $input) { program { version cadence } errors { ... on Error { code } } } }",
            admin,
            new { input = new { programId = created["id"]!.GetValue<string>(), version = 1, cadence = "MONTHLY" } })).Ok()["updateProgram"]!;

        Assert.Equal("BIWEEKLY", created["cadence"]!.GetValue<string>());
        Assert.Equal("2026-03-01", created["startsOn"]!.GetValue<string>());
        Assert.Equal("endsOn", bad["errors"]![0]!["field"]!.GetValue<string>());
        Assert.Equal("OUT_OF_RANGE", bad["errors"]![0]!["code"]!.GetValue<string>());
        Assert.Equal(2, updated["program"]!["version"]!.GetValue<int>());
        Assert.Equal("MONTHLY", updated["program"]!["cadence"]!.GetValue<string>());
    }

    [Fact]
    public async Task Viewer_IsThePersonWithTheTokensEmail_AndTheTokensRoles_MemberAlways()
    {
        var ana = await api.Data.PersonAsync(Band.Junior);

        var known = (await api.RunAsync("{ viewer { person { name } roles } }", api.Token(ana.Email.ToUpperInvariant(), "EXECUTIVE"))).Ok()["viewer"]!;
        var unknown = (await api.RunAsync("{ viewer { person { name } roles } }", api.Token("integration@example.com"))).Ok()["viewer"]!;

        Assert.Equal(ana.Name, known["person"]!["name"]!.GetValue<string>());
        Assert.Equal(["EXECUTIVE", "MEMBER"], known["roles"]!.AsArray().Select(r => r!.GetValue<string>()));
        Assert.Null(unknown["person"]);
        Assert.Equal(["MEMBER"], unknown["roles"]!.AsArray().Select(r => r!.GetValue<string>()));
    }

    [Fact]
    public async Task Viewer_RememberedWithoutAPerson_IsThePersonAsSoonAsCreated_AndFollowsAnEmailChange()
    {
        var email = TestWorld.Unique("newcomer") + "@example.com";
        const string viewer = "{ viewer { person { id name } } }";
        var before = (await api.RunAsync(viewer, api.Token(email))).Ok()["viewer"]!;
        Assert.Null(before["person"]);

        var created = (await api.RunAsync(
            "mutation($input: CreatePersonInput!) { createPerson(input: $input) { person { id version } errors { ... on Error { code } } } }",
            api.Token(Admin, "ADMIN"),
            new { input = new { name = "New Comer", email, band = "JUNIOR" } })).Ok()["createPerson"]!["person"]!;
        var after = (await api.RunAsync(viewer, api.Token(email))).Ok()["viewer"]!;
        Assert.Equal("New Comer", after["person"]!["name"]!.GetValue<string>());

        var changed = TestWorld.Unique("renamed") + "@example.com";
        var updated = (await api.RunAsync(
            "mutation($input: UpdatePersonInput!) { updatePerson(input: $input) { person { email } errors { ... on Error { code } } } }",
            api.Token(Admin, "ADMIN"),
            new { input = new { personId = created["id"]!.GetValue<string>(), version = created["version"]!.GetValue<int>(), email = changed } })).Ok()["updatePerson"]!;
        Assert.Equal(changed, updated["person"]!["email"]!.GetValue<string>());

        Assert.Null((await api.RunAsync(viewer, api.Token(email))).Ok()["viewer"]!["person"]);
        Assert.Equal("New Comer", (await api.RunAsync(viewer, api.Token(changed))).Ok()["viewer"]!["person"]!["name"]!.GetValue<string>());
    }
}
