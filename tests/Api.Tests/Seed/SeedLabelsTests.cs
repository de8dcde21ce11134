using MentorGraph.Api.Configuration;
using MentorGraph.Api.Models;
using MentorGraph.Api.Pipeline;
using MentorGraph.Api.Seed;
using MentorGraph.Api.Tests.Hosting;
using MentorGraph.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace MentorGraph.Api.Tests.Seed;

/// <summary>
/// <c>seed --labels</c> stores the labels the notes were generated from as classifications of the model named
/// <c>seed</c> (marked as such: certain, no evidence, never for review), and the sweep still owes every such note the
/// active model's result — unless <c>Jobs:ClassifySeedLabelledNotes</c> is false (benchmarks on a large seed).
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class SeedLabelsTests(PostgresServerFixture server) : IAsyncLifetime
{
    private TestDatabase database = null!;

    public async Task InitializeAsync()
    {
        database = await SeedDatabase.CreateMigratedAsync(server);
        await SeedRunner.RunAsync(database.ConnectionString, new SeedOptions(7, GeneratedSeed.Today, SeedSize.MinimumSessions, null, SeedOptions.DefaultRisingTopics) { Labels = true }, SeedMode.Refuse);
    }

    public async Task DisposeAsync() => await database.DisposeAsync();

    [Fact]
    public async Task SeedWithLabels_StoresEachNotesLabelAsASeedClassificationOfItsText()
    {
        var notes = await SeedDatabase.CountAsync(database.ConnectionString, "SELECT count(*) FROM session_notes");

        Assert.True(notes > 0);
        Assert.Equal(notes, await SeedDatabase.CountAsync(database.ConnectionString, """
            SELECT count(*) FROM session_notes n
            JOIN note_classifications c ON c.note_id = n.id AND c.model_version = 'seed' AND c.text_sha256 = n.text_sha256
            WHERE c.topic_id = n.topic_id AND c.direction = n.direction AND n.model_version = 'seed' AND n.label_source = 'MODEL'
              AND c.topic_probability = 1 AND c.direction_probability = 1 AND NOT c.needs_review AND c.evidence = '[]'::jsonb
              AND c.topics = jsonb_build_array(jsonb_build_object('topic', n.topic_id, 'probability', 1))
            """));
        Assert.Equal(notes, await SeedDatabase.CountAsync(database.ConnectionString, "SELECT count(*) FROM note_classifications"));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Sweep_QueuesSeedLabelledNotesForTheActiveModel_OnlyWhenClassifySeedLabelledNotes(bool classify)
    {
        Api.Jobs.HangfireSchema.Install(database.ConnectionString, "hangfire");
        await using var host = await ApiTestHost.StartAsync(database.ConnectionString, new Dictionary<string, string?>
        {
            ["Jobs:ClassifySeedLabelledNotes"] = classify ? "true" : "false",
        });
        await host.App.Services.GetRequiredService<DatabaseActiveModelSource>().GetAsync();
        // An edited note's seed label is for its old text: it is owed a result either way.
        await SeedDatabase.CountAsync(database.ConnectionString, "WITH e AS (UPDATE session_notes SET text = text || ' (edited)' WHERE id = (SELECT min(id) FROM session_notes) RETURNING 1) SELECT count(*) FROM e");
        var notes = await SeedDatabase.CountAsync(database.ConnectionString, "SELECT count(*) FROM session_notes");

        await host.App.Services.GetRequiredService<PipelineSweepJob>().RunAsync(CancellationToken.None);

        Assert.Equal(classify ? notes : 1, await SeedDatabase.CountAsync(database.ConnectionString, "SELECT count(*) FROM classification_outbox WHERE priority = 1"));
        Assert.Equal(classify, host.App.Services.GetRequiredService<JobsSettings>().ClassifySeedLabelledNotes);
    }
}
