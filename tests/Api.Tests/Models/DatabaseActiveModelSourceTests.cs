using MentorGraph.Analytics;
using MentorGraph.Analytics.Artifacts;
using MentorGraph.Analytics.Classification;
using MentorGraph.Analytics.Training;
using MentorGraph.Api.Tests.Hosting;
using MentorGraph.Api.Models;
using MentorGraph.Api.Tests.Schema;
using MentorGraph.Persistence.Entities;
using MentorGraph.Persistence.Models;
using MentorGraph.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;

namespace MentorGraph.Api.Tests.Models;

[Collection(PostgresCollection.Name)]
public sealed class DatabaseActiveModelSourceTests(PostgresServerFixture server) : IAsyncLifetime
{
    // "One ACTIVE model" is a rule over a whole table: each test has a database of its own.
    private readonly MigratedDatabaseFixture database = new(server);

    public Task InitializeAsync() => database.InitializeAsync();

    public Task DisposeAsync() => database.DisposeAsync();

    private static DatabaseActiveModelSource Source(MigratedDatabaseFixture database) =>
        new(ApiTestHost.TestClassifierSource(), new ModelStore(database.DataSource), NullLogger<DatabaseActiveModelSource>.Instance);

    /// <summary>A challenger unlike the built-in test classifier: trained on its notes plus one more.</summary>
    private static NoteClassifier Challenger() => ClassifierTrainer.Train(
        [new LabeledNote("c1", new Note("We went through Kubernetes clusters and Terraform together.", ParticipantRole.Junior, null, null), "emerging-tech", "UPWARD"),
         new LabeledNote("c2", new Note("Tom explained the quarterly budget and pricing to me.", ParticipantRole.Junior, null, null), "business-fundamentals", "DOWNWARD")],
        new ClassifierOptions { Features = new() { HashBits = 12 } });

    [Fact]
    public async Task Refresh_EmptyDatabase_StoresTheBuiltinModelAsTheActiveVersionAndUsesIt()
    {
        var source = Source(database);
        Assert.Null(source.Current);

        Assert.True(await source.RefreshAsync());

        var expected = ModelVersions.Builtin(TestClassifier.Get().Metadata);
        Assert.Equal(expected, source.Current!.Version);
        Assert.Same(TestClassifier.Get(), source.Current.Classifier);
        Assert.Same(source.Current, await source.GetAsync());
        var stored = await new ModelStore(database.DataSource).LoadAsync(expected);
        Assert.Equal(ModelStatus.Active, stored!.Status);
        Assert.Equal(TestClassifier.Get().Metadata.TrainingSetHash,
            ModelPackage.Read(new MemoryStream(stored.Package), null).Metadata.TrainingSetHash);
        Assert.False(await source.RefreshAsync());
    }

    [Fact]
    public async Task Refresh_EmptyDatabase_StoresTheBuiltinModelWithItsDevelopmentScores()
    {
        var source = Source(database);

        await source.RefreshAsync();

        var stored = await new ModelStore(database.DataSource).GetActiveAsync();
        var expected = DatabaseActiveModelSource.DevelopmentScores(TestClassifier.Get());
        Assert.Equal(240, expected.Notes);
        Assert.Equal((expected.TopicMacroF1, expected.DirectionAccuracy, expected.Notes), (stored!.DevTopicMacroF1, stored.DevDirectionAccuracy, stored.DevNotes));
    }

    [Fact]
    public async Task Refresh_AnActiveModelStoredWithoutDevelopmentScores_IsScoredByTheNextProcess()
    {
        await Source(database).RefreshAsync();
        await using (var command = database.DataSource.CreateCommand("UPDATE classifier_models SET dev_topic_macro_f1 = NULL, dev_direction_accuracy = NULL, dev_notes = NULL"))
        {
            await command.ExecuteNonQueryAsync();
        }

        await Source(database).RefreshAsync();

        var stored = await new ModelStore(database.DataSource).GetActiveAsync();
        Assert.Equal(DatabaseActiveModelSource.DevelopmentScores(TestClassifier.Get()).TopicMacroF1, stored!.DevTopicMacroF1);
        Assert.Equal(240, stored.DevNotes);
    }

    [Fact]
    public async Task Refresh_ManyProcessesStartingAtOnce_StoreOneModel()
    {
        var sources = Enumerable.Range(0, 6).Select(_ => Source(database)).ToArray();

        await Task.WhenAll(sources.Select(s => Task.Run(() => s.RefreshAsync())));

        Assert.Single(await new ModelStore(database.DataSource).ListAsync());
        Assert.Single(sources.Select(s => s.Current!.Version).Distinct());
    }

    [Fact]
    public async Task Refresh_AfterAnotherProcessActivatesAModel_SwitchesToIt()
    {
        var store = new ModelStore(database.DataSource);
        var source = Source(database);
        await source.RefreshAsync();
        var builtin = source.Current!.Version;
        var challenger = Challenger();

        // What another process's retraining job does when its challenger wins.
        Assert.True(await store.AddActiveAsync(new NewModel(
            "retrained-test", ModelPackage.ToBytes(challenger), ModelPackage.MetadataJsonOf(challenger), 2, 2, "test", null, null, builtin)));
        var waiting = source.GetAsync();
        Assert.True(await source.RefreshAsync());

        Assert.Equal("retrained-test", source.Current!.Version);
        Assert.Equal(challenger.Metadata.TrainingSetHash, source.Current.Classifier.Metadata.TrainingSetHash);
        var note = new Note("Kubernetes clusters and Terraform again.", ParticipantRole.Junior, null, null);
        Assert.Equal(challenger.Classify(note).TopicConfidence, source.Current.Classifier.Classify(note).TopicConfidence);
        Assert.Equal(builtin, (await waiting).Version);
    }

    [Fact]
    public async Task Refresh_AnActiveModelThisBuildCannotLoad_IsRetired_AndTheBuiltinModelActivatedAgain()
    {
        var store = new ModelStore(database.DataSource);
        var source = Source(database);
        await source.RefreshAsync();
        var builtin = source.Current!.Version;
        Assert.True(await store.AddActiveAsync(new NewModel("retrained-old", [1, 2, 3], "{}", 2, 0, "test", null, null, builtin)));

        await Source(database).RefreshAsync();

        Assert.Equal(builtin, await store.GetActiveVersionAsync());
        var models = await store.ListAsync();
        Assert.Equal(ModelStatus.Retired, models.Single(m => m.Version == "retrained-old").Status);
        var active = models.Single(m => m.Version == builtin);
        Assert.Equal(("retrained-old", ModelStatus.Active), (active.ComparedWith, active.Status));
        Assert.StartsWith("The built-in model, activated because retrained-old could not be loaded", active.Reason);
        Assert.False(await source.RefreshAsync());
    }
}
