using System.Text.Json.Nodes;
using MentorGraph.Api.Schema.Nodes;
using MentorGraph.Api.Tests.Domain;
using MentorGraph.Persistence.Entities;
using MentorGraph.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace MentorGraph.Api.Tests.Suggestions;

/// <summary>
/// A small crafted company for <c>suggestedPairings</c>, built once per class: Tom (an executive in Finance who can teach
/// business fundamentals and wants to learn social media) and the people around him — Ana (junior, Marketing, 6 lessons on
/// social media), Ben (junior, Marketing, declared it and has 3 classified notes teaching it), Cara (junior, Finance,
/// declared it), Gus (junior, Marketing, declared it, wants nothing, had a COMPLETED pairing with Tom in the program), Noor
/// (junior, Marketing, declared and wants nothing: her only evidence is 2 classified notes teaching social media upward,
/// beside one where Max taught her), and the excluded: Dan (an executive: same band), Eve (left the company, 10 lessons), Finn (an ACTIVE pairing with Tom
/// in the program), Pia (a PROPOSED one), Hana (nothing in common).
/// </summary>
public sealed class SuggestionsWorldFixture(PostgresServerFixture server) : IAsyncLifetime
{
    public DomainApiFixture Api { get; } = new(server);

    public MentoringProgram Program { get; private set; } = null!;

    public Dictionary<string, Person> People { get; } = [];

    public async Task InitializeAsync()
    {
        await Api.InitializeAsync();
        var data = Api.Data;
        var finance = await data.DepartmentAsync("Finance");
        var marketing = await data.DepartmentAsync("Marketing");
        Program = await data.ProgramAsync("Reverse mentoring");
        var elsewhere = await data.ProgramAsync("Leadership exchange");

        async Task<Person> PersonAsync(string name, Band band, Department department, string[] canTeach, string[] wants)
        {
            var person = await data.PersonAsync(band, name, department.Id, $"{name.ToLowerInvariant()}@example.com");
            await using var db = data.NewContext();
            db.AddRange(canTeach.Select(t => new PersonCanTeach { PersonId = person.Id, TopicId = t }));
            db.AddRange(wants.Select(t => new PersonWantsToLearn { PersonId = person.Id, TopicId = t }));
            await db.SaveChangesAsync();
            People[name] = person;
            return person;
        }

        var tom = await PersonAsync("Tom", Band.Executive, finance, ["BUSINESS_FUNDAMENTALS"], ["SOCIAL_MEDIA"]);
        var ana = await PersonAsync("Ana", Band.Junior, marketing, ["SOCIAL_MEDIA"], ["BUSINESS_FUNDAMENTALS"]);
        var ben = await PersonAsync("Ben", Band.Junior, marketing, ["SOCIAL_MEDIA"], ["BUSINESS_FUNDAMENTALS"]);
        await PersonAsync("Cara", Band.Junior, finance, ["SOCIAL_MEDIA"], ["BUSINESS_FUNDAMENTALS"]);
        var gus = await PersonAsync("Gus", Band.Junior, marketing, ["SOCIAL_MEDIA"], []);
        await PersonAsync("Dan", Band.Executive, marketing, ["SOCIAL_MEDIA"], ["BUSINESS_FUNDAMENTALS"]);
        var eve = await PersonAsync("Eve", Band.Junior, marketing, ["SOCIAL_MEDIA"], ["BUSINESS_FUNDAMENTALS"]);
        var finn = await PersonAsync("Finn", Band.Junior, marketing, ["SOCIAL_MEDIA"], ["BUSINESS_FUNDAMENTALS"]);
        var pia = await PersonAsync("Pia", Band.Junior, marketing, ["SOCIAL_MEDIA"], ["BUSINESS_FUNDAMENTALS"]);
        await PersonAsync("Hana", Band.Mid, marketing, ["LEADERSHIP"], ["LEADERSHIP"]);
        var mentor = await PersonAsync("Max", Band.Executive, marketing, [], []);
        var noor = await PersonAsync("Noor", Band.Junior, marketing, [], []);

        // Ana's lessons and Eve's were taught to Max in the other program; Ben's evidence is three classified notes.
        var anaWithMax = await data.PairingAsync(PairingStatus.Active, mentor, ana, elsewhere);
        for (var i = 0; i < 6; i++)
        {
            await data.LessonAsync(anaWithMax, ana.Id, LessonVisibility.Pair, topic: "SOCIAL_MEDIA");
        }

        var eveWithMax = await data.PairingAsync(PairingStatus.Completed, mentor, eve, elsewhere);
        for (var i = 0; i < 10; i++)
        {
            await data.LessonAsync(eveWithMax, eve.Id, LessonVisibility.Pair, topic: "SOCIAL_MEDIA");
        }

        var benWithMax = await data.PairingAsync(PairingStatus.Active, mentor, ben, elsewhere);
        for (var i = 0; i < 3; i++)
        {
            var session = await data.SessionAsync(benWithMax, at: TestWorld.Now.AddDays(-7 * (i + 1)));
            var note = await data.NoteAsync(session, ben.Id, NoteVisibility.Private);
            await using var db = data.NewContext();
            await db.Database.ExecuteSqlAsync(
                $"UPDATE session_notes SET topic_id = 'SOCIAL_MEDIA', direction = 'UPWARD', label_source = 'PERSON', classified_at = now() WHERE id = {note.Id}");
        }

        // Noor's: two notes classified UPWARD (she taught), one DOWNWARD (Max taught her: his evidence, not hers).
        var noorWithMax = await data.PairingAsync(PairingStatus.Active, mentor, noor, elsewhere);
        foreach (var (week, direction) in new[] { (1, "UPWARD"), (2, "UPWARD"), (3, "DOWNWARD") })
        {
            var session = await data.SessionAsync(noorWithMax, at: TestWorld.Now.AddDays(-7 * week));
            var note = await data.NoteAsync(session, noor.Id, NoteVisibility.Pair);
            await using var db = data.NewContext();
            await db.Database.ExecuteSqlAsync(
                $"UPDATE session_notes SET topic_id = 'SOCIAL_MEDIA', direction = {direction}, label_source = 'MODEL', model_version = 'test', classified_at = now() WHERE id = {note.Id}");
        }

        await using (var db = data.NewContext())
        {
            await db.Database.ExecuteSqlAsync($"UPDATE people SET active = false, deactivated_at = now() WHERE id = {eve.Id}");
        }

        await data.PairingAsync(PairingStatus.Active, tom, finn, Program);
        await data.PairingAsync(PairingStatus.Proposed, tom, pia, Program);
        await data.PairingAsync(PairingStatus.Completed, tom, gus, Program);
    }

    public Task DisposeAsync() => Api.DisposeAsync();
}

/// <summary><c>suggestedPairings</c> over GraphQL on <see cref="SuggestionsWorldFixture"/>'s crafted company.</summary>
[Collection(PostgresCollection.Name)]
public sealed class SuggestedPairingsApiTests(SuggestionsWorldFixture world) : IClassFixture<SuggestionsWorldFixture>
{
    private const string Query = """
        query($programId: ID!, $personId: ID!, $first: Int) {
          suggestedPairings(programId: $programId, personId: $personId, first: $first) {
            person { name email } seniorId juniorId score explanation theyCanTeach { id } youCanTeach { id }
          }
        }
        """;

    private string Id(string name) => GlobalId.Encode(NodeTypes.Person, world.People[name].Id);

    private object Variables(string name, int first = 10) => new { programId = GlobalId.Encode(NodeTypes.Program, world.Program.Id), personId = Id(name), first };

    private string TokenOf(string name, params string[] roles) => world.Api.Token($"{name.ToLowerInvariant()}@example.com", roles);

    private async Task<JsonArray> SuggestionsAsync(string name, string token, int first = 10) =>
        (await world.Api.RunAsync(Query, token, Variables(name, first))).Ok()["suggestedPairings"]!.AsArray();

    [Fact]
    public async Task Ranking_LessonsBeforeNotesBeforeDeclared_OtherDepartmentBeforeSame_ReciprocalBeforeOneWay()
    {
        var suggestions = await SuggestionsAsync("Tom", TokenOf("Tom"));

        Assert.Equal(["Ana", "Ben", "Cara", "Gus", "Noor"], suggestions.Select(s => (string)s!["person"]!["name"]!));
        Assert.True(suggestions.Zip(suggestions.Skip(1)).All(p => (double)p.First!["score"]! > (double)p.Second!["score"]!));
    }

    [Fact]
    public async Task Exclusions_SameBand_Inactive_OpenPairingInTheProgram_NothingInCommon()
    {
        var names = (await SuggestionsAsync("Tom", TokenOf("Tom"), 50)).Select(s => (string)s!["person"]!["name"]!).ToList();

        Assert.DoesNotContain("Dan", names);  // an executive, like Tom
        Assert.DoesNotContain("Eve", names);  // left, whatever she taught
        Assert.DoesNotContain("Finn", names); // ACTIVE with Tom in the program
        Assert.DoesNotContain("Pia", names);  // PROPOSED with Tom in the program
        Assert.DoesNotContain("Hana", names); // nothing either wants
        Assert.DoesNotContain("Tom", names);
        Assert.Contains("Gus", names);        // his pairing with Tom is COMPLETED
    }

    [Fact]
    public async Task Explanation_SaysWhatEachTaught_AndTheTopicsAndSidesAreGiven()
    {
        var ana = (await SuggestionsAsync("Tom", TokenOf("Tom")))[0]!;

        Assert.Equal(
            "Ana taught 6 lessons on social media, which Tom wants to learn; Tom can teach business fundamentals, which Ana wants to learn. "
            + "Tom would be the senior (Executive, Ana Junior), across departments (Finance, Marketing).",
            (string)ana["explanation"]!);
        Assert.Equal(Id("Tom"), (string)ana["seniorId"]!);
        Assert.Equal(Id("Ana"), (string)ana["juniorId"]!);
        Assert.Equal(["SOCIAL_MEDIA"], ana["theyCanTeach"]!.AsArray().Select(t => (string)t!["id"]!));
        Assert.Equal(["BUSINESS_FUNDAMENTALS"], ana["youCanTeach"]!.AsArray().Select(t => (string)t!["id"]!));
        Assert.Null(ana["person"]!["email"]); // directory information only
    }

    [Fact]
    public async Task Notes_CountAsEvidence()
    {
        var ben = (await SuggestionsAsync("Tom", TokenOf("Tom")))[1]!;

        Assert.StartsWith("Ben taught social media in sessions (3 classified notes), which Tom wants to learn", (string)ben["explanation"]!);
    }

    [Fact]
    public async Task NotesAlone_ReachTheShortlist_AndTheExplanationNamesThem()
    {
        var noor = Assert.Single(await SuggestionsAsync("Tom", TokenOf("Tom")), s => (string)s!["person"]!["name"]! == "Noor")!;

        Assert.Equal(
            "Noor taught social media in sessions (2 classified notes), which Tom wants to learn. "
            + "Tom would be the senior (Executive, Noor Junior), across departments (Finance, Marketing).",
            (string)noor["explanation"]!);
        Assert.Equal(["SOCIAL_MEDIA"], noor["theyCanTeach"]!.AsArray().Select(t => (string)t!["id"]!));
        Assert.Empty(noor["youCanTeach"]!.AsArray());
    }

    [Fact]
    public async Task TheOtherWayRound_AJuniorGetsTheSeniorsWhoCanTeachThem()
    {
        var forAna = await SuggestionsAsync("Ana", TokenOf("Ana"));

        var tom = Assert.Single(forAna, s => (string)s!["person"]!["name"]! == "Tom")!;
        Assert.Equal(Id("Tom"), (string)tom["seniorId"]!);
        Assert.DoesNotContain(forAna, s => (string)s!["person"]!["name"]! is "Ben" or "Cara"); // juniors like her
    }

    [Fact]
    public async Task First_LimitsTheList()
    {
        Assert.Single(await SuggestionsAsync("Tom", TokenOf("Tom"), 1));
    }

    [Fact]
    public async Task Admin_MayAskForAnyone()
    {
        Assert.Equal(5, (await SuggestionsAsync("Tom", TokenOf("Hana", "ADMIN"))).Count);
    }

    [Theory]
    [InlineData("Ana")]
    [InlineData("Ana", "EXECUTIVE")]
    [InlineData("Ana", "ANALYST")]
    public async Task AnyoneElse_IsForbidden_EvenAnExecutiveOrAnalyst(string asker, params string[] roles)
    {
        var response = await world.Api.RunAsync(Query, TokenOf(asker, roles), Variables("Tom"));

        Assert.Equal(["FORBIDDEN"], response.Codes);
    }

    [Fact]
    public async Task Anonymous_IsUnauthenticated()
    {
        var response = await world.Api.RunAsync(Query, null, Variables("Tom"));

        Assert.Equal(["UNAUTHENTICATED"], response.Codes);
    }

    [Fact]
    public async Task UnknownProgram_AndInactivePerson_AreBadUserInput()
    {
        var unknownProgram = await world.Api.RunAsync(Query, TokenOf("Hana", "ADMIN"),
            new { programId = GlobalId.Encode(NodeTypes.Program, 999_999), personId = Id("Tom"), first = 5 });
        var inactive = await world.Api.RunAsync(Query, TokenOf("Hana", "ADMIN"), Variables("Eve"));

        Assert.Equal(["BAD_USER_INPUT"], unknownProgram.Codes);
        Assert.Equal(["BAD_USER_INPUT"], inactive.Codes);
        Assert.Contains("no longer active", (string)inactive.Errors[0]!["message"]!);
    }
}
