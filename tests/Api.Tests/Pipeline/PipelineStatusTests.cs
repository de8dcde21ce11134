using MentorGraph.Api.Models;
using MentorGraph.Api.Pipeline;
using MentorGraph.Api.Tests.Domain;
using MentorGraph.Persistence.Entities;
using MentorGraph.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using static MentorGraph.Api.Tests.Pipeline.PipelineTestSupport;

namespace MentorGraph.Api.Tests.Pipeline;

/// <summary>
/// <c>pipeline { pendingNotes oldestPendingAt }</c> counts what is really pending — the outbox and the notes without a
/// result of the active model that no job has queued — by the sweep's own definition (<see cref="PendingNotes"/>).
/// No job server: the test runs the sweep and the classification job itself.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class PipelineStatusTests(PostgresServerFixture server) : IAsyncLifetime
{
    // The counts are over whole tables: a database of its own.
    private readonly MigratedDatabaseFixture database = new(server);

    public Task InitializeAsync() => database.InitializeAsync();

    public Task DisposeAsync() => database.DisposeAsync();

    private const string Query = "{ pipeline { pendingNotes oldestPendingAt activeModelVersion } }";

    [Fact]
    public async Task Pipeline_CountsQueuedAndUnqueuedNotes_TheSweepQueuesExactlyThose_AndAJobClearsThem()
    {
        var world = new TestWorld(database);
        var pairing = await world.PairingAsync();
        await InsertNotesAsync(database.ConnectionString, pairing.Id, pairing.JuniorId, 2, outbox: true);
        await InsertNotesAsync(database.ConnectionString, pairing.Id, pairing.JuniorId, 3, outbox: false);
        var settings = JobSettings();
        settings["Jobs:RunServerInServe"] = "false";
        await using var host = await StartAsync(database.ConnectionString, settings);
        await host.App.Services.GetRequiredService<DatabaseActiveModelSource>().GetAsync();
        var admin = Token(host, "admin@example.com", "ADMIN");

        var before = (await RunAsync(host, Query, admin)).Ok()["pipeline"]!;
        Assert.Equal(5, before["pendingNotes"]!.GetValue<int>());
        Assert.NotNull(before["oldestPendingAt"]);
        Assert.StartsWith("builtin-", before["activeModelVersion"]!.GetValue<string>());

        await host.App.Services.GetRequiredService<PipelineSweepJob>().RunAsync(CancellationToken.None);
        Assert.Equal(5, await ScalarAsync(database.ConnectionString, "SELECT count(DISTINCT note_id) FROM classification_outbox"));
        Assert.Equal(5, (await RunAsync(host, Query, admin)).Ok()["pipeline"]!["pendingNotes"]!.GetValue<int>());

        var jobs = host.App.Services.GetRequiredService<ClassifyPendingNotesJob>();
        await jobs.RunAsync(ClassificationOutboxEntry.NewNote, CancellationToken.None);
        await jobs.RunAsync(ClassificationOutboxEntry.Reclassification, CancellationToken.None);

        var after = (await RunAsync(host, Query, admin)).Ok()["pipeline"]!;
        Assert.Equal(0, after["pendingNotes"]!.GetValue<int>());
        Assert.Null(after["oldestPendingAt"]);
    }

    [Fact]
    public async Task Pipeline_AnEditedNotesOldResultDoesNotCount_ItIsPendingAgain()
    {
        var world = new TestWorld(database);
        var pairing = await world.PairingAsync();
        var ids = await InsertNotesAsync(database.ConnectionString, pairing.Id, pairing.JuniorId, 2, outbox: true);
        var settings = JobSettings();
        settings["Jobs:RunServerInServe"] = "false";
        await using var host = await StartAsync(database.ConnectionString, settings);
        await host.App.Services.GetRequiredService<ClassifyPendingNotesJob>().RunAsync(ClassificationOutboxEntry.NewNote, CancellationToken.None);
        var admin = Token(host, "admin@example.com", "ADMIN");
        Assert.Equal(0, (await RunAsync(host, Query, admin)).Ok()["pipeline"]!["pendingNotes"]!.GetValue<int>());

        // Changed behind the API's back (an import): no outbox row, and the stored result is for the old text.
        await ScalarAsync(database.ConnectionString, "UPDATE session_notes SET text = text || ' Edited.' WHERE id = $1 RETURNING 1", ids[0]);

        var status = (await RunAsync(host, Query, admin)).Ok()["pipeline"]!;
        Assert.Equal(1, status["pendingNotes"]!.GetValue<int>());
        Assert.NotNull(status["oldestPendingAt"]);
    }
}
