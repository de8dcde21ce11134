using System.Diagnostics;
using Hangfire;
using Hangfire.Common;
using Hangfire.PostgreSql;
using Hangfire.States;
using MentorGraph.Analytics.Artifacts;
using MentorGraph.Api.Configuration;
using MentorGraph.Api.Jobs;
using MentorGraph.Api.Pipeline;
using MentorGraph.Api.Tests.Domain;
using MentorGraph.Api.Tests.Hosting;
using MentorGraph.Api.Tests.Schema;
using MentorGraph.Persistence.Entities;
using MentorGraph.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using static MentorGraph.Api.Tests.Pipeline.PipelineTestSupport;

namespace MentorGraph.Api.Tests.Pipeline;

/// <summary>
/// The pipeline when more than one server runs and when processes die, each test on a database of its own with
/// real Hangfire servers: two servers share a backlog (every note classified once); a job server killed with
/// <c>kill -9</c> mid-batch loses nothing and another finishes its job after the invisibility timeout; a note whose
/// writer died between the commit and the enqueue (and notes written by COPY, with no outbox row) are found by the sweep.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class PipelineResilienceTests(PostgresServerFixture server) : IAsyncLifetime
{
    private readonly MigratedDatabaseFixture database = new(server);

    private string ConnectionString => database.ConnectionString;

    public Task InitializeAsync() => database.InitializeAsync();

    public Task DisposeAsync() => database.DisposeAsync();

    [Fact]
    public async Task TwoJobServers_ShareABacklog_EveryNoteClassifiedOnce()
    {
        var pairing = await PairingAsync();
        var notes = await InsertNotesAsync(ConnectionString, pairing.Id, pairing.JuniorId, 600, outbox: true);
        await using var first = await StartAsync(ConnectionString, JobSettings(batchSize: 5));
        await using var second = await StartAsync(ConnectionString, JobSettings(batchSize: 5));

        // Four jobs at once (as four processes' writes would enqueue): the four workers of the two servers share them.
        var trigger = first.App.Services.GetRequiredService<ClassificationTrigger>();
        for (var i = 0; i < 4; i++)
        {
            await trigger.RequestAsync(ClassificationOutboxEntry.NewNote, CancellationToken.None, force: true);
        }

        await WaitForAsync(async () => await ScalarAsync(ConnectionString, "SELECT count(*) FROM classification_outbox") == 0, "the outbox is empty", 60);
        var byFirst = first.App.Services.GetRequiredService<PipelineCounters>().NotesClassified;
        var bySecond = second.App.Services.GetRequiredService<PipelineCounters>().NotesClassified;

        Assert.Equal(notes.Length, byFirst + bySecond);
        Assert.True(byFirst > 0 && bySecond > 0, $"Both servers should have classified notes: {byFirst} and {bySecond}.");
        Assert.Equal(notes.Length, await ScalarAsync(ConnectionString, "SELECT count(DISTINCT note_id) FROM note_classifications"));
        Assert.Equal(notes.Length, await ScalarAsync(ConnectionString, "SELECT count(*) FROM note_classifications"));
        Assert.Equal(notes.Length, await ScalarAsync(ConnectionString, "SELECT count(*) FROM session_notes WHERE label_source = 'MODEL'"));
    }

    [Fact]
    public async Task JobServerKilledMidBatch_LosesNothing_AnotherServerFinishesTheJobAfterTheInvisibilityTimeout()
    {
        var pairing = await PairingAsync();
        var notes = await InsertNotesAsync(ConnectionString, pairing.Id, pairing.JuniorId, 3, outbox: true);
        using var model = new TempDirectory();
        var modelPath = Path.Combine(model.Path, "test-model.zip");
        ModelPackage.Save(TestClassifier.Get(), modelPath);

        // A lock on one of the notes holds the killed server's batch in its open transaction, after the claim.
        await using var holder = new NpgsqlConnection(ConnectionString);
        await holder.OpenAsync();
        await using var holding = await holder.BeginTransactionAsync();
        await using (var lockNote = new NpgsqlCommand($"SELECT id FROM session_notes WHERE id = {notes[0]} FOR UPDATE", holder, holding))
        {
            await lockNote.ExecuteScalarAsync();
        }

        var jobId = EnqueueClassifyJob();
        using var jobs = StartJobsProcess(modelPath);
        try
        {
            await WaitForAsync(async () => await ScalarAsync(ConnectionString,
                "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'") > 0,
                "the jobs process waits on the locked note inside its batch", 90);
        }
        finally
        {
            jobs.Kill(entireProcessTree: true);   // SIGKILL: no shutdown, no requeue
            await jobs.WaitForExitAsync();
        }

        await holding.RollbackAsync();
        Assert.Equal(3, await ScalarAsync(ConnectionString, "SELECT count(*) FROM classification_outbox"));
        Assert.Equal(0, await ScalarAsync(ConnectionString, "SELECT count(*) FROM note_classifications"));

        var stopwatch = Stopwatch.StartNew();
        await using var survivor = await StartAsync(ConnectionString, JobSettings());
        await WaitForAsync(async () => await ScalarAsync(ConnectionString, "SELECT count(*) FROM note_classifications") == notes.Length,
            "the survivor classified the killed server's batch", 60);

        Assert.Equal(0, await ScalarAsync(ConnectionString, "SELECT count(*) FROM classification_outbox"));
        Assert.Equal(notes.Length, survivor.App.Services.GetRequiredService<PipelineCounters>().NotesClassified);
        // The one classification job there is — the killed server's — was given to the survivor and succeeded there.
        // (Only classification jobs count: a run across a 5-minute mark also finds the housekeeping's recurring job.)
        Assert.Equal(1, await ScalarAsync(ConnectionString, "SELECT count(*) FROM hangfire.job WHERE invocationdata::text LIKE '%ClassifyPendingNotesJob%'"));
        await WaitForAsync(async () => await ScalarAsync(ConnectionString,
            "SELECT count(*) FROM hangfire.job WHERE id = $1 AND statename = 'Succeeded'", long.Parse(jobId, System.Globalization.CultureInfo.InvariantCulture)) == 1,
            "the killed server's job succeeded", 10);
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(30), $"Took {stopwatch.Elapsed}.");
    }

    [Fact]
    public async Task CrashBetweenCommitAndEnqueue_AndNotesWrittenByCopy_AreClassifiedByTheSweep()
    {
        var pairing = await PairingAsync();
        var committed = await InsertNotesAsync(ConnectionString, pairing.Id, pairing.JuniorId, 2, outbox: true);
        var copied = await InsertNotesAsync(ConnectionString, pairing.Id, pairing.SeniorId, 3, outbox: false);
        // The writer flipped the trigger, then died before enqueueing: no job is on its way.
        await ScalarAsync(ConnectionString, "UPDATE classification_triggers SET pending = true, requested_at = now() WHERE priority = 0 RETURNING 1");

        await using var host = await StartAsync(ConnectionString, JobSettings(sweepCron: "*/2 * * * * *"));
        await WaitForAsync(async () => await ScalarAsync(ConnectionString, "SELECT count(*) FROM note_classifications") == committed.Length + copied.Length,
            "the sweep's jobs classified every note", 60);

        Assert.Equal(0, await ScalarAsync(ConnectionString, "SELECT count(*) FROM classification_outbox"));
        Assert.Equal(committed.Length + copied.Length, await ScalarAsync(ConnectionString, "SELECT count(*) FROM session_notes WHERE label_source = 'MODEL'"));
        // The notes without an outbox row went through the lower-priority queue.
        Assert.True(await ScalarAsync(ConnectionString, "SELECT count(*) FROM hangfire.state WHERE name = 'Enqueued' AND data::text LIKE '%reclassify%'") > 0);
    }

    private async Task<Pairing> PairingAsync()
    {
        var world = new TestWorld(database);
        return await world.PairingAsync(
            senior: await world.PersonAsync(Band.Executive, "Tom Baker"), junior: await world.PersonAsync(Band.Junior, "Maya Lopez"));
    }

    /// <summary>Enqueues one "classify new notes" job as a write would, through Hangfire's client on the test database.</summary>
    private string EnqueueClassifyJob()
    {
        var settings = new JobsSettings();
        HangfireSchema.Install(ConnectionString, settings.SchemaName);
        var storage = new PostgreSqlStorage(
            new Hangfire.PostgreSql.Factories.NpgsqlConnectionFactory(ConnectionString, JobServices.StorageOptions(settings)), JobServices.StorageOptions(settings));
        return new BackgroundJobClient(storage).Create(
            Job.FromExpression<ClassifyPendingNotesJob>(job => job.RunAsync(ClassificationOutboxEntry.NewNote, CancellationToken.None)),
            new EnqueuedState(JobQueues.Notes));
    }

    /// <summary><c>mentorgraph jobs</c> as a real process, with the small test model and the tests' job settings.</summary>
    private Process StartJobsProcess(string modelPath)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            ArgumentList = { Path.Combine(AppContext.BaseDirectory, "mentorgraph.dll"), "jobs", "--db", ConnectionString, "--no-migrate", "--set", $"Classifier:ModelPath={modelPath}" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment = { ["Auth__SigningKey"] = ApiTestHost.SigningKey, ["ASPNETCORE_ENVIRONMENT"] = "Production" },
        };
        foreach (var (key, value) in JobSettings())
        {
            if (key.StartsWith("Jobs:", StringComparison.Ordinal))
            {
                start.ArgumentList.Add("--set");
                start.ArgumentList.Add($"{key}={value}");
            }
        }

        var process = Process.Start(start)!;
        _ = process.StandardOutput.ReadToEndAsync();
        _ = process.StandardError.ReadToEndAsync();
        return process;
    }
}
