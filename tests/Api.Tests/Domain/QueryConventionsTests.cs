using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using MentorGraph.Api.Schema.Nodes;
using MentorGraph.Persistence.Entities;
using MentorGraph.Tests.Support;

namespace MentorGraph.Api.Tests.Domain;

/// <summary>
/// The HotChocolate conventions through the API on PostgreSQL: every filter operation kind, sorting, keyset paging
/// forwards and backwards and stable under inserts, paging refusals, and ids in queries (a bad one is a GraphQL error
/// with a code, never a 500).
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class QueryConventionsTests(DomainApiFixture api) : IClassFixture<DomainApiFixture>
{
    private const string Admin = "admin-conventions@example.com";
    private static readonly ConditionalWeakTable<DomainApiFixture, Task<Directory>> Directories = new();

    /// <summary>Four people under one prefix (every filter adds <c>name startsWith prefix</c>), and a pairing with four sessions.</summary>
    private sealed record Directory(string Prefix, Person[] People, Pairing Pairing, Session[] Sessions, string Department1, string Department2);

    private Task<Directory> DirectoryAsync() => Directories.GetValue(api, _ => CreateAsync());

    private async Task<Directory> CreateAsync()
    {
        var prefix = TestWorld.Unique("P") + "-";
        var d1 = await api.Data.DepartmentAsync();
        var d2 = await api.Data.DepartmentAsync();
        Person[] people =
        [
            await api.Data.AddAsync(new Person { Name = prefix + "Alice", Email = TestWorld.Unique("a") + "@example.com", Band = Band.Junior, Title = "Analyst", DepartmentId = d1.Id, CanTeach = [new() { TopicId = "SOCIAL_MEDIA" }] }),
            await api.Data.AddAsync(new Person { Name = prefix + "bob", Email = TestWorld.Unique("b") + "@example.com", Band = Band.Mid, DepartmentId = d2.Id, CanTeach = [new() { TopicId = "SOCIAL_MEDIA" }, new() { TopicId = "DATA_ANALYTICS" }] }),
            await api.Data.AddAsync(new Person { Name = prefix + "Carol_100%", Email = TestWorld.Unique("c") + "@example.com", Band = Band.Senior, Title = "Head of Sales", DepartmentId = d1.Id, Active = false, DeactivatedAt = DateTimeOffset.UtcNow }),
            await api.Data.AddAsync(new Person { Name = prefix + "dave", Email = TestWorld.Unique("d") + "@example.com", Band = Band.Executive, Title = "CEO", CanTeach = [new() { TopicId = "LEADERSHIP" }] }),
        ];
        var pairing = await api.Data.PairingAsync(PairingStatus.Active, people[3], people[0]);
        var day = new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.Zero);
        var sessions = new Session[4];
        int[] minutes = [30, 45, 60, 90];
        for (var i = 0; i < 4; i++)
        {
            sessions[i] = await api.Data.AddAsync(new Session { PairingId = pairing.Id, ScheduledAt = day.AddDays(i), DurationMinutes = minutes[i], Format = i % 2 == 0 ? SessionFormat.Coffee : SessionFormat.Video, Status = SessionStatus.Scheduled });
        }

        return new Directory(prefix, people, pairing, sessions, d1.Name, d2.Name);
    }

    [Theory]
    [InlineData("name: { eq: \"{p}alice\" }", "A")]
    [InlineData("name: { neq: \"{p}ALICE\" }", "BCD")]
    [InlineData("name: { contains: \"100%\" }", "C")]
    [InlineData("name: { contains: \"l_1\" }", "C")]
    [InlineData("name: { contains: \"a_i\" }", "")]
    [InlineData("name: { ncontains: \"O\" }", "AD")]
    [InlineData("name: { in: [\"{p}BOB\", \"{p}dave\"] }", "BD")]
    [InlineData("name: { nin: [\"{p}BOB\", \"{p}dave\"] }", "AC")]
    [InlineData("name: { startsWith: \"{p}a\" }", "A")]
    [InlineData("name: { nstartsWith: \"{p}a\" }", "BCD")]
    [InlineData("name: { endsWith: \"E\" }", "AD")]
    [InlineData("name: { nendsWith: \"e\" }", "BC")]
    [InlineData("title: { eq: null }", "B")]
    [InlineData("title: { neq: null, contains: \"a\" }", "AC")]
    [InlineData("band: { eq: MID }", "B")]
    [InlineData("band: { neq: MID }", "ACD")]
    [InlineData("band: { in: [EXECUTIVE, SENIOR] }", "CD")]
    [InlineData("band: { nin: [EXECUTIVE, SENIOR] }", "AB")]
    [InlineData("active: { eq: false }", "C")]
    [InlineData("active: { neq: false }", "ABD")]
    [InlineData("department: { name: { eq: \"{d1}\" } }", "AC")]
    [InlineData("canTeach: { some: { id: { eq: SOCIAL_MEDIA } } }", "AB")]
    [InlineData("canTeach: { none: { id: { eq: SOCIAL_MEDIA } } }", "CD")]
    [InlineData("canTeach: { all: { id: { in: [SOCIAL_MEDIA, LEADERSHIP] } } }", "ACD")]
    [InlineData("canTeach: { any: false }", "C")]
    [InlineData("or: [{ band: { eq: EXECUTIVE } }, { active: { eq: false } }]", "CD")]
    [InlineData("and: [{ band: { neq: EXECUTIVE } }, { active: { eq: true } }]", "AB")]
    public async Task PeopleFilter_EveryStringEnumBooleanObjectAndListOperation_MatchesTheRightPeople(string condition, string expected)
    {
        var directory = await DirectoryAsync();
        var where = condition.Replace("{p}", directory.Prefix, StringComparison.Ordinal).Replace("{d1}", directory.Department1, StringComparison.Ordinal);

        var people = (await api.RunAsync(
            $"{{ people(first: 50, where: {{ and: [{{ name: {{ startsWith: \"{directory.Prefix}\" }} }}, {{ {where} }}] }}) {{ nodes {{ name }} }} }}",
            api.Token(Admin, "ADMIN"))).Ok()["people"]!["nodes"]!.AsArray();

        Assert.Equal(expected, string.Concat(Letters(directory, people).Order()));
    }

    [Theory]
    [InlineData("scheduledAt: { eq: \"2026-01-06T09:00:00Z\" }", "1")]
    [InlineData("scheduledAt: { neq: \"2026-01-06T09:00:00Z\" }", "023")]
    [InlineData("scheduledAt: { in: [\"2026-01-05T10:00:00+01:00\", \"2026-01-08T09:00:00Z\"] }", "03")]
    [InlineData("scheduledAt: { nin: [\"2026-01-05T09:00:00Z\"] }", "123")]
    [InlineData("scheduledAt: { gt: \"2026-01-06T09:00:00Z\" }", "23")]
    [InlineData("scheduledAt: { ngt: \"2026-01-06T09:00:00Z\" }", "01")]
    [InlineData("scheduledAt: { gte: \"2026-01-06T09:00:00Z\" }", "123")]
    [InlineData("scheduledAt: { ngte: \"2026-01-06T09:00:00Z\" }", "0")]
    [InlineData("scheduledAt: { lt: \"2026-01-06T09:00:00Z\" }", "0")]
    [InlineData("scheduledAt: { nlt: \"2026-01-06T09:00:00Z\" }", "123")]
    [InlineData("scheduledAt: { lte: \"2026-01-06T09:00:00Z\" }", "01")]
    [InlineData("scheduledAt: { nlte: \"2026-01-06T09:00:00Z\" }", "23")]
    [InlineData("durationMinutes: { gte: 45, lt: 90 }", "12")]
    [InlineData("durationMinutes: { in: [30, 90] }", "03")]
    [InlineData("format: { eq: VIDEO }", "13")]
    [InlineData("status: { nin: [COMPLETED, CANCELLED] }", "0123")]
    [InlineData("occurredAt: { eq: null }", "0123")]
    public async Task SessionFilter_EveryComparableOperation_OnDateTimesAndInts_InsideOnePairing(string condition, string expected)
    {
        var directory = await DirectoryAsync();
        var pairingId = TestWorld.Id(NodeTypes.Pairing, directory.Pairing.Id);

        var sessions = (await api.RunAsync(
            $"{{ sessions(first: 50, order: [{{ scheduledAt: ASC }}], where: {{ pairing: {{ id: {{ eq: \"{pairingId}\" }} }}, {condition} }}) {{ nodes {{ id }} }} }}",
            api.Token(Admin, "ADMIN"))).Ok()["sessions"]!["nodes"]!.AsArray();

        var indexes = sessions.Select(s => Array.FindIndex(directory.Sessions, x => TestWorld.Id(NodeTypes.Session, x.Id) == s!["id"]!.GetValue<string>()));
        Assert.Equal(expected, string.Concat(indexes));
    }

    [Fact]
    public async Task ProgramFilter_OnDates_AndTheDefaultOrder_NewestStartFirst()
    {
        var name = TestWorld.Unique("Cohort");
        await api.Data.ProgramAsync(name + "-a", new DateOnly(2025, 9, 1));
        await api.Data.ProgramAsync(name + "-b", new DateOnly(2026, 3, 1));

        var programs = (await api.RunAsync(
            $"{{ programs(where: {{ name: {{ startsWith: \"{name}\" }}, startsOn: {{ gte: \"2025-01-01\", ngt: \"2026-12-31\" }} }}) {{ nodes {{ name }} }} }}",
            api.Token("member-conventions@example.com"))).Ok()["programs"]!["nodes"]!.AsArray();

        Assert.Equal([name + "-b", name + "-a"], programs.Select(p => p!["name"]!.GetValue<string>()));
    }

    [Theory]
    [InlineData("[{ band: ASC }]", "DCBA")]
    [InlineData("[{ band: DESC }]", "ABCD")]
    [InlineData("[{ title: ASC }]", "ADCB")]
    [InlineData("[{ department: { name: ASC } }, { band: ASC }]", "{d1}{d1}{d2}D")]
    [InlineData("[{ title: DESC }, { name: DESC }]", "BCDA")]
    public async Task PeopleOrder_ByEnumsInDeclarationOrder_NestedFields_AndNullsLast(string order, string expected)
    {
        var directory = await DirectoryAsync();

        var people = (await api.RunAsync(
            $"{{ people(first: 50, order: {order}, where: {{ name: {{ startsWith: \"{directory.Prefix}\" }} }}) {{ nodes {{ name }} }} }}",
            api.Token(Admin, "ADMIN"))).Ok()["people"]!["nodes"]!.AsArray();

        // Department 1 holds Alice and Carol (SENIOR before JUNIOR), department 2 Bob; whichever name sorts first comes first.
        var d1First = string.CompareOrdinal(directory.Department1, directory.Department2) < 0;
        var expectedText = expected.Replace("{d1}{d1}{d2}", d1First ? "CAB" : "BCA", StringComparison.Ordinal);
        Assert.Equal(expectedText, Letters(directory, people));
    }

    [Fact]
    public async Task Paging_ForwardsAndBackwards_CoversEveryoneOnce_AndStaysStableWhenRowsAreInsertedMeanwhile()
    {
        var prefix = TestWorld.Unique("Page") + "-";
        foreach (var letter in "bdfhjln")
        {
            await api.Data.PersonAsync(Band.Mid, prefix + letter);
        }

        var token = api.Token(Admin, "ADMIN");
        var forwards = new List<string>();
        string? after = null;
        var inserted = false;
        do
        {
            var page = (await api.RunAsync(
                $"query($after: String) {{ people(first: 3, after: $after, where: {{ name: {{ startsWith: \"{prefix}\" }} }}) {{ totalCount nodes {{ name }} pageInfo {{ hasNextPage hasPreviousPage endCursor }} }} }}",
                token, new { after })).Ok()["people"]!;
            forwards.AddRange(page["nodes"]!.AsArray().Select(n => n!["name"]!.GetValue<string>()[prefix.Length..]));
            Assert.Equal(after is not null, page["pageInfo"]!["hasPreviousPage"]!.GetValue<bool>());
            after = page["pageInfo"]!["hasNextPage"]!.GetValue<bool>() ? page["pageInfo"]!["endCursor"]!.GetValue<string>() : null;
            if (!inserted)
            {
                // Rows before the cursor (a, c) and after it (m) appear while paging: an offset cursor would repeat or skip.
                await api.Data.PersonAsync(Band.Mid, prefix + "a");
                await api.Data.PersonAsync(Band.Mid, prefix + "c");
                await api.Data.PersonAsync(Band.Mid, prefix + "m");
                inserted = true;
            }
        }
        while (after is not null);

        var backwards = new List<string>();
        string? before = null;
        do
        {
            var page = (await api.RunAsync(
                $"query($before: String) {{ people(last: 4, before: $before, where: {{ name: {{ startsWith: \"{prefix}\" }} }}) {{ nodes {{ name }} pageInfo {{ hasPreviousPage startCursor }} }} }}",
                token, new { before })).Ok()["people"]!;
            backwards.InsertRange(0, page["nodes"]!.AsArray().Select(n => n!["name"]!.GetValue<string>()[prefix.Length..]));
            before = page["pageInfo"]!["hasPreviousPage"]!.GetValue<bool>() ? page["pageInfo"]!["startCursor"]!.GetValue<string>() : null;
        }
        while (before is not null);

        Assert.Equal(["b", "d", "f", "h", "j", "l", "m", "n"], forwards);
        Assert.Equal(["a", "b", "c", "d", "f", "h", "j", "l", "m", "n"], backwards);
    }

    [Theory]
    [InlineData("people(first: 51) { totalCount }", "PAGE_SIZE_EXCEEDED")]
    [InlineData("people(first: 1, last: 1) { totalCount }", "INVALID_PAGING_ARGUMENTS")]
    [InlineData("people(after: \"bm90IGEgY3Vyc29y\") { totalCount }", "INVALID_CURSOR")]
    [InlineData("people(where: { id: { eq: \"UGFpcmluZzox\" } }) { totalCount }", "BAD_USER_INPUT")]
    [InlineData("person(id: \"UGFpcmluZzox\") { name }", "BAD_USER_INPUT")]
    [InlineData("person(id: \"%%%\") { name }", "BAD_USER_INPUT")]
    [InlineData("pairing(id: \"UGVyc29uOjE=\") { id }", "BAD_USER_INPUT")]
    [InlineData("node(id: \"VW5rbm93bjox\") { id }", "BAD_USER_INPUT")]
    [InlineData("nodes(ids: [\"UGVyc29uOjE=\", \"nope\"]) { id }", "BAD_USER_INPUT")]
    public async Task BadArguments_AreGraphQLErrorsWithACode_NeverA500(string field, string code)
    {
        var response = await api.RunAsync($"{{ {field} }}", api.Token(Admin, "ADMIN"));

        Assert.Equal(200, response.Status);
        Assert.Equal([code], response.Codes);
    }

    [Fact]
    public async Task Node_OfEveryType_ResolvesToItsType_AndAnUnknownKeyIsNull()
    {
        var directory = await DirectoryAsync();
        var ids = new[]
        {
            TestWorld.Id(NodeTypes.Person, directory.People[0].Id), TestWorld.Id(NodeTypes.Pairing, directory.Pairing.Id),
            TestWorld.Id(NodeTypes.Program, directory.Pairing.ProgramId), TestWorld.Id(NodeTypes.Session, directory.Sessions[0].Id),
            TestWorld.Id(NodeTypes.Department, directory.People[0].DepartmentId!.Value), TestWorld.Id(NodeTypes.Person, 987654321),
        };

        var nodes = (await api.RunAsync("query($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }", api.Token(Admin, "ADMIN"), new { ids })).Ok()["nodes"]!.AsArray();

        Assert.Equal(["Person", "Pairing", "Program", "Session", "Department"], nodes.Take(5).Select(n => n!["__typename"]!.GetValue<string>()));
        Assert.Equal(ids.Take(5), nodes.Take(5).Select(n => n!["id"]!.GetValue<string>()));
        Assert.Null(nodes[5]);
    }

    [Fact]
    public async Task FilteringOnEmail_IsForAdminOnly_MembersGetForbidden()
    {
        var directory = await DirectoryAsync();
        var query = $"{{ people(where: {{ email: {{ startsWith: \"a\" }}, name: {{ startsWith: \"{directory.Prefix}\" }} }}) {{ totalCount }} }}";

        var byMember = await api.RunAsync(query, api.Token("member-conventions@example.com"));
        var byAdmin = await api.RunAsync(query, api.Token(Admin, "ADMIN"));

        Assert.Equal(["FORBIDDEN"], byMember.Codes);
        Assert.Equal(1, byAdmin.Ok()["people"]!["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task Cost_AFrontEndsNestedPageFits_ButPagesOfPagesOfPagesExceedMaxQueryCost()
    {
        var token = api.Token(Admin, "ADMIN");
        var page = await api.RunAsync(
            "{ pairings(first: 50) { nodes { senior { name } junior { name } sessions(first: 3) { nodes { scheduledAt } } lessons(first: 3) { nodes { title } } } } }",
            token);
        var tooMuch = await api.RunAsync(
            "{ people(first: 50) { nodes { pairings(first: 50) { nodes { sessions(first: 50) { nodes { lessons(first: 50) { nodes { title } } } } } } } } }",
            token);

        page.Ok();
        Assert.Equal(["GRAPHQL_VALIDATION_FAILED"], tooMuch.Codes);
        Assert.Equal("MaxQueryCost", tooMuch.Errors[0]!["extensions"]!["limit"]!.GetValue<string>());
    }

    [Fact]
    public async Task Cost_AFrontEndsNestedPageWithVariables_CostsWhatItsValuesCost_NotTheWorstCase()
    {
        // Priced at the document's worst case (every page variable at 50) this was about 6,300, over MaxQueryCost 5000.
        var token = api.Token(Admin, "ADMIN");
        const string query = """
            query Page($first: Int, $sessions: Int, $lessons: Int) {
              pairings(first: $first) { nodes { senior { name } junior { name } sessions(last: $sessions) { nodes { scheduledAt } } lessons(first: $lessons) { nodes { title } } } }
            }
            """;

        var page = await api.RunAsync(query, token, new { first = 50, sessions = 3, lessons = 3 });
        var tooMuch = await api.RunAsync(query, token, new { first = 50, sessions = 50, lessons = 50 });

        page.Ok();
        Assert.Equal(["GRAPHQL_VALIDATION_FAILED"], tooMuch.Codes);
        Assert.Equal("MaxQueryCost", tooMuch.Errors[0]!["extensions"]!["limit"]!.GetValue<string>());
    }

    private static string Letters(Directory directory, JsonArray people) =>
        string.Concat(people.Select(p => "ABCD"[Array.FindIndex(directory.People, x => x.Name == p!["name"]!.GetValue<string>())]));
}
