using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using MentorGraph.Analytics;
using MentorGraph.Analytics.DefaultModel;
using MentorGraph.Api.Auth;
using MentorGraph.Api.Models;
using MentorGraph.Api.Pipeline;
using MentorGraph.Api.Schema.Nodes;
using MentorGraph.Api.Tests.Hosting;
using MentorGraph.Persistence;
using MentorGraph.Persistence.Entities;
using MentorGraph.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Hangfire;

namespace MentorGraph.Api.Tests.Models;

/// <summary>
/// <see cref="RetrainClassifierJob"/> run directly in the composed host of <c>serve</c> (no job server: the test runs
/// the jobs itself), on a database of its own, with the small test classifier as the built-in model.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class RetrainClassifierJobTests(PostgresServerFixture server) : IAsyncLifetime
{
    // "One ACTIVE model" is a rule over a whole table: each test has a database of its own.
    private readonly MigratedDatabaseFixture database = new(server);

    public Task InitializeAsync() => database.InitializeAsync();

    public Task DisposeAsync() => database.DisposeAsync();

    [Fact]
    public async Task Retrain_AWorseChallenger_IsStoredRejectedWithItsScores_AndTheActiveModelStays()
    {
        // Three notes of two topics: far worse on the development set than the active test classifier.
        IReadOnlyList<LabeledNote> tiny =
        [
            new("w1", new Note("Maya showed me Instagram reels.", ParticipantRole.Senior, null, null), "social-media", "UPWARD"),
            new("w2", new Note("Tom explained the budget to me.", ParticipantRole.Junior, null, null), "business-fundamentals", "DOWNWARD"),
            new("w3", new Note("We both shared how we plan our week.", ParticipantRole.Junior, null, null), "productivity-tools", "MUTUAL"),
        ];
        await using var host = await StartAsync(database, new RetrainingCorpus(() => tiny));
        var models = host.App.Services.GetRequiredService<DatabaseActiveModelSource>();
        var before = (await models.GetAsync()).Version;

        var result = await host.App.Services.GetRequiredService<RetrainClassifierJob>().RetrainAsync(CancellationToken.None);

        Assert.False(result.Activated);
        Assert.StartsWith("Rejected: lower topic macro-F1 on the development set", result.Reason);
        Assert.Equal(before, result.ComparedWith);
        Assert.Equal(before, models.Current!.Version);
        await using var db = MentorGraphDatabase.CreateContext(database.DataSource);
        var stored = await db.ClassifierModels.AsNoTracking().SingleAsync(m => m.Version == result.Version);
        Assert.Equal((ModelStatus.Rejected, result.Reason, before, 3), (stored.Status, stored.Reason, stored.ComparedWith, stored.TrainingNotes));
        Assert.Equal(result.Outcome.ChallengerScores.Development.TopicMacroF1, stored.DevTopicMacroF1);
        Assert.True(stored.DevTopicMacroF1 < result.Outcome.ActiveScores.Development.TopicMacroF1);
        Assert.Null(stored.ActivatedAt);
        Assert.Equal(ModelStatus.Active, (await db.ClassifierModels.AsNoTracking().SingleAsync(m => m.Version == before)).Status);
    }

    [Fact]
    public async Task Retrain_ABetterChallengerIsActivated_AndAPersonsLabelSurvivesItAndTheReclassification()
    {
        await using var host = await StartAsync(database, RetrainingCorpus.BuiltIn);
        var services = host.App.Services;
        var models = services.GetRequiredService<DatabaseActiveModelSource>();
        var builtin = (await models.GetAsync()).Version;
        var (labelled, unlabelled, admin) = await NotesAsync(database);

        var label = await RunAsync(host, admin, "mutation($input: LabelNoteInput!) { labelNote(input: $input) { errors { __typename } } }",
            new { input = new { noteId = GlobalId.Encode(NodeTypes.SessionNote, labelled), topic = "LEADERSHIP", direction = "MUTUAL" } });
        Assert.Empty(label["data"]!["labelNote"]!["errors"]!.AsArray());

        var result = await services.GetRequiredService<RetrainClassifierJob>().RetrainAsync(CancellationToken.None);

        Assert.True(result.Activated, result.Reason);
        Assert.Equal((1, 1), (result.Outcome.PersonLabels, result.Outcome.PersonLabelsTrained));
        Assert.Equal(result.Version, models.Current!.Version);
        Assert.Equal(EmbeddedCorpus.Read().Count + 1, models.Current.Classifier.Metadata.TrainingNotes);

        // What the background does after an activation: the sweep queues every note without the new model's result, the job classifies them.
        await services.GetRequiredService<PipelineSweepJob>().RunAsync(CancellationToken.None);
        await services.GetRequiredService<ClassifyPendingNotesJob>().RunAsync(ClassificationOutboxEntry.Reclassification, CancellationToken.None);

        await using var db = MentorGraphDatabase.CreateContext(database.DataSource);
        var person = await db.SessionNotes.AsNoTracking().SingleAsync(n => n.Id == labelled);
        Assert.Equal(("LEADERSHIP", NoteDirection.Mutual, LabelSource.Person, null), (person.TopicId, person.Direction, person.LabelSource, person.ModelVersion));
        Assert.True(await db.NoteClassifications.AnyAsync(c => c.NoteId == labelled && c.ModelVersion == result.Version));
        var model = await db.SessionNotes.AsNoTracking().SingleAsync(n => n.Id == unlabelled);
        Assert.Equal((LabelSource.Model, result.Version), (model.LabelSource, model.ModelVersion));

        var listed = (await RunAsync(host, admin, "{ classifierModels { version status comparedWith developmentScores { notes } } }", null))["data"]!["classifierModels"]!.AsArray();
        Assert.Equal(
            [(result.Version, "ACTIVE", builtin), (builtin, "RETIRED", null)],
            listed.Select(m => (m!["version"]!.GetValue<string>(), m["status"]!.GetValue<string>(), m["comparedWith"]?.GetValue<string>())));
    }

    [Fact]
    public async Task RetrainClassifier_ByAnAdmin_EnqueuesTheJob()
    {
        await using var host = await StartAsync(database, RetrainingCorpus.BuiltIn);
        var builtin = (await host.App.Services.GetRequiredService<DatabaseActiveModelSource>().GetAsync()).Version;
        var (_, _, admin) = await NotesAsync(database);

        var payload = (await RunAsync(host, admin, Retrain, null))["data"]!["retrainClassifier"]!;

        Assert.Empty(payload["errors"]!.AsArray());
        Assert.Equal(builtin, payload["retraining"]!["activeModelVersion"]!.GetValue<string>());
        var job = host.App.Services.GetRequiredService<Hangfire.JobStorage>().GetMonitoringApi().JobDetails(payload["retraining"]!["jobId"]!.GetValue<string>());
        Assert.Equal(nameof(RetrainClassifierJob), job.Job.Type.Name);
        Assert.Equal("Enqueued", job.History[0].StateName);
    }

    [Fact]
    public async Task RetrainClassifier_WhileOneIsQueued_IsATypedErrorNamingIt_AndQueuesNoSecondJob()
    {
        await using var host = await StartAsync(database, RetrainingCorpus.BuiltIn);
        var (_, _, admin) = await NotesAsync(database);
        var first = (await RunAsync(host, admin, Retrain, null))["data"]!["retrainClassifier"]!["retraining"]!["jobId"]!.GetValue<string>();

        var second = (await RunAsync(host, admin, Retrain, null))["data"]!["retrainClassifier"]!;

        Assert.Null(second["retraining"]);
        var error = second["errors"]!.AsArray().Single()!;
        Assert.Equal(("RetrainingInProgressError", "RETRAINING_IN_PROGRESS", first, "ENQUEUED"),
            (error["__typename"]!.GetValue<string>(), error["code"]!.GetValue<string>(), error["jobId"]!.GetValue<string>(), error["state"]!.GetValue<string>()));
        Assert.Equal(1, host.App.Services.GetRequiredService<Hangfire.JobStorage>().GetMonitoringApi().EnqueuedCount(JobQueues.Reclassify));

        // Once that job is over (here: deleted from the dashboard), a new request queues a new job.
        Assert.True(host.App.Services.GetRequiredService<IBackgroundJobClient>().Delete(first));
        var third = (await RunAsync(host, admin, Retrain, null))["data"]!["retrainClassifier"]!;
        Assert.Empty(third["errors"]!.AsArray());
        Assert.NotEqual(first, third["retraining"]!["jobId"]!.GetValue<string>());
    }

    private const string Retrain = """
        mutation { retrainClassifier { retraining { jobId activeModelVersion } errors { __typename ... on Error { code message } ... on RetrainingInProgressError { jobId state } } } }
        """;

    private static Task<ApiTestHost> StartAsync(MigratedDatabaseFixture database, RetrainingCorpus corpus)
    {
        // serve installs Hangfire's tables with the migrations; the test host is started without them.
        Api.Jobs.HangfireSchema.Install(database.ConnectionString, "hangfire");
        return ApiTestHost.StartAsync(
            database.ConnectionString,
            new Dictionary<string, string?> { ["Jobs:RunServerInServe"] = "false", ["RateLimiting:Enabled"] = "false" },
            configureServices: services => services.Replace(ServiceDescriptor.Singleton(corpus)));
    }

    /// <summary>Two PAIR notes of one session and an ADMIN's email.</summary>
    private static async Task<(long Labelled, long Unlabelled, string AdminEmail)> NotesAsync(MigratedDatabaseFixture database)
    {
        var world = new Domain.TestWorld(database);
        var senior = await world.PersonAsync(Band.Executive, "Tom Baker");
        var junior = await world.PersonAsync(Band.Junior, "Maya Lopez");
        var admin = await world.PersonAsync(Band.Senior);
        var session = await world.SessionAsync(await world.PairingAsync(PairingStatus.Active, senior, junior));
        var labelled = await world.NoteAsync(session, junior.Id, NoteVisibility.Pair, "I showed Tom how TikTok analytics and reels work, and he explained how he leads his team.");
        var unlabelled = await world.NoteAsync(session, senior.Id, NoteVisibility.Pair, "Maya walked me through Instagram stories and how followers grow.");
        return (labelled.Id, unlabelled.Id, admin.Email);
    }

    private static async Task<JsonNode> RunAsync(ApiTestHost host, string email, string query, object? variables)
    {
        var token = host.App.Services.GetRequiredService<TokenIssuer>().Issue(email, ["ADMIN"], TimeSpan.FromMinutes(10));
        var body = new JsonObject { ["query"] = query };
        if (variables is not null)
        {
            body["variables"] = JsonSerializer.SerializeToNode(variables);
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json") };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await host.Client.SendAsync(request);
        var json = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Null(json["errors"]);
        return json;
    }
}
