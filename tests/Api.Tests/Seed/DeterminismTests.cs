using MentorGraph.Api.Seed;
using MentorGraph.Tests.Support;

namespace MentorGraph.Api.Tests.Seed;

/// <summary>The same --seed and --today give byte-identical data: every column of every row, including times and ids.</summary>
[Collection(PostgresCollection.Name)]
public sealed class DeterminismTests(PostgresServerFixture server)
{
    private static readonly SeedOptions Options = SeedOptions.Default(new DateOnly(2026, 4, 22)) with { Sessions = 600 };

    [Fact]
    public async Task SameSeedAndToday_TwoDatabases_HaveTheSameContent()
    {
        await using var first = await SeedDatabase.CreateMigratedAsync(server);
        await using var second = await SeedDatabase.CreateMigratedAsync(server);

        await SeedRunner.RunAsync(first.ConnectionString, Options, SeedMode.Refuse);
        await SeedRunner.RunAsync(second.ConnectionString, Options, SeedMode.Refuse);

        var hash = await SeedDatabase.HashAsync(first.ConnectionString);
        Assert.Equal(hash, await SeedDatabase.HashAsync(second.ConnectionString));
        Assert.DoesNotContain(":d41d8cd98f00b204e9800998ecf8427e", hash.Replace("note_reads:d41d8cd98f00b204e9800998ecf8427e", "", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AnotherSeed_GivesOtherData()
    {
        await using var first = await SeedDatabase.CreateMigratedAsync(server);
        await using var second = await SeedDatabase.CreateMigratedAsync(server);

        await SeedRunner.RunAsync(first.ConnectionString, Options, SeedMode.Refuse);
        await SeedRunner.RunAsync(second.ConnectionString, Options with { Seed = 2 }, SeedMode.Refuse);

        var firstTables = (await SeedDatabase.HashAsync(first.ConnectionString)).Split('\n');
        var secondTables = (await SeedDatabase.HashAsync(second.ConnectionString)).Split('\n');
        Assert.Equal(firstTables.Length, secondTables.Length);
        // Only the programs (fixed, dated from today) and note_reads (empty) are the same.
        var same = firstTables.Zip(secondTables).Where(pair => pair.First == pair.Second).Select(pair => pair.First.Split(':')[0]);
        Assert.Equal(["programs", "note_reads"], same);
    }

    [Fact]
    public void Generator_SameOptions_SameRows_WithoutADatabase()
    {
        static string Fingerprint(SeedOptions options)
        {
            var generated = new GeneratedSeed(options);
            return string.Join('\n', generated.Generator.Organisation.People.Select(p => $"{p.Id} {p.Name} {p.Email} {p.Title} {p.Band} {p.DeactivatedAt:O}")
                .Concat(generated.Generator.Pairings.Select(p => $"{p.Id} {p.Senior.Id} {p.Junior.Id} {p.Status} {p.ProposedAt:O} {p.Version}"))
                .Concat(generated.Sessions.Select(s => s.ToString()))
                .Concat(generated.Notes.Select(n => n.ToString()))
                .Concat(generated.Lessons.Select(l => l.ToString())));
        }

        Assert.Equal(Fingerprint(Options), Fingerprint(Options));
        Assert.NotEqual(Fingerprint(Options), Fingerprint(Options with { Today = Options.Today.AddDays(1) }));
    }
}
