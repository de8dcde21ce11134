using MentorGraph.Api.Models;
using MentorGraph.Api.Pipeline;
using MentorGraph.Api.Tests.Domain;
using MentorGraph.Persistence.Entities;
using MentorGraph.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using static MentorGraph.Api.Tests.Pipeline.PipelineTestSupport;

namespace MentorGraph.Api.Tests.Pipeline;

/// <summary>
/// The sweep's lesson topics (<see cref="LessonTopics"/>, driven from the lessons without a topic): a lesson added
/// after its session's notes were classified gets their confident topic; a person's topic stays.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class SweepLessonTopicsTests(PostgresServerFixture server) : IAsyncLifetime
{
    private readonly MigratedDatabaseFixture database = new(server);

    public Task InitializeAsync() => database.InitializeAsync();

    public Task DisposeAsync() => database.DisposeAsync();

    [Fact]
    public async Task Sweep_GivesALessonWithoutATopicItsSessionsTopic_AndKeepsAPersonsTopic()
    {
        var world = new TestWorld(database);
        var pairing = await world.PairingAsync();
        var first = await world.SessionAsync(pairing);
        var second = await world.SessionAsync(pairing);
        const string text = "I showed Tom Instagram reels and TikTok followers. He had not seen it before.";
        await world.NoteAsync(first, pairing.JuniorId, NoteVisibility.Pair, text);
        await world.NoteAsync(second, pairing.JuniorId, NoteVisibility.Pair, text);
        var settings = JobSettings();
        settings["Jobs:RunServerInServe"] = "false";
        await using var host = await StartAsync(database.ConnectionString, settings);
        await host.App.Services.GetRequiredService<DatabaseActiveModelSource>().GetAsync();
        var sweep = host.App.Services.GetRequiredService<PipelineSweepJob>();
        await sweep.RunAsync(CancellationToken.None);
        await host.App.Services.GetRequiredService<ClassifyPendingNotesJob>().RunAsync(ClassificationOutboxEntry.Reclassification, CancellationToken.None);

        // Added after the notes were classified: only the sweep can give them a topic.
        var open = await world.LessonAsync(pairing, pairing.JuniorId, LessonVisibility.Pair, first.Id);
        var chosen = await world.LessonAsync(pairing, pairing.JuniorId, LessonVisibility.Pair, second.Id, topic: "LEADERSHIP");
        await sweep.RunAsync(CancellationToken.None);

        var opened = await world.ReloadAsync<Lesson>(open.Id);
        Assert.Equal(("SOCIAL_MEDIA", (LabelSource?)LabelSource.Model), (opened.TopicId, opened.TopicSource));
        var kept = await world.ReloadAsync<Lesson>(chosen.Id);
        Assert.Equal(("LEADERSHIP", (LabelSource?)LabelSource.Person), (kept.TopicId, kept.TopicSource));
    }
}
