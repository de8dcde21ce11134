using System.Text;
using System.Text.Json.Nodes;
using MentorGraph.Analytics;
using MentorGraph.Analytics.Artifacts;
using MentorGraph.Analytics.Classification;
using MentorGraph.Analytics.Training;
using MentorGraph.Api.Auth;
using MentorGraph.Api.Models;
using MentorGraph.Api.Tests.Schema;
using MentorGraph.Api.Tests.Hosting;
using MentorGraph.Persistence.Models;
using MentorGraph.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace MentorGraph.Api.Tests.Models;

/// <summary>
/// <c>classifier</c> and <c>classifyNote</c> in the composed host of <c>serve</c>: they answer with the model the
/// database marks ACTIVE (the one the jobs classify with), not the built-in one, and name its version.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class ActiveClassifierApiTests(PostgresServerFixture server) : IAsyncLifetime
{
    // "One ACTIVE model" is a rule over a whole table: each test has a database of its own.
    private readonly MigratedDatabaseFixture database = new(server);

    public Task InitializeAsync() => database.InitializeAsync();

    public Task DisposeAsync() => database.DisposeAsync();

    private const string Query = """
        {
          classifier { version source trainingSetHash }
          classifyNote(input: { text: "Maya walked me through Instagram stories.", authorRole: SENIOR }) { classification { modelVersion } errors { __typename } }
        }
        """;

    [Fact]
    public async Task ClassifyNote_BeforeAnyRetraining_AnswersWithTheStoredBuiltinVersion()
    {
        await using var host = await StartAsync();
        var builtin = (await host.App.Services.GetRequiredService<DatabaseActiveModelSource>().GetAsync()).Version;

        var data = await RunAsync(host);

        Assert.StartsWith("builtin-", builtin);
        Assert.Equal(builtin, data["classifier"]!["version"]!.GetValue<string>());
        Assert.Equal("TRAINED_IN_MEMORY", data["classifier"]!["source"]!.GetValue<string>());
        Assert.Equal(builtin, data["classifyNote"]!["classification"]!["modelVersion"]!.GetValue<string>());
    }

    [Fact]
    public async Task ClassifyNote_AfterAnotherModelIsActivated_ReportsThatVersionAndItsModel()
    {
        await using var host = await StartAsync();
        var models = host.App.Services.GetRequiredService<DatabaseActiveModelSource>();
        var builtin = (await models.GetAsync()).Version;
        var challenger = ClassifierTrainer.Train(
            [new LabeledNote("c1", new Note("We went through Kubernetes clusters and Terraform together.", ParticipantRole.Junior, null, null), "emerging-tech", "UPWARD"),
             new LabeledNote("c2", new Note("Tom explained the quarterly budget and pricing to me.", ParticipantRole.Junior, null, null), "business-fundamentals", "DOWNWARD")],
            new ClassifierOptions { Features = new() { HashBits = 12 } });

        // What a retraining job (in this or another process) does when its challenger wins; the watcher's poll follows it.
        Assert.True(await new ModelStore(database.DataSource).AddActiveAsync(new NewModel(
            "retrained-test", ModelPackage.ToBytes(challenger), ModelPackage.MetadataJsonOf(challenger), 2, 2, "test", null, null, builtin)));
        Assert.True(await models.RefreshAsync());

        var data = await RunAsync(host);

        Assert.Equal("retrained-test", data["classifier"]!["version"]!.GetValue<string>());
        Assert.Equal("DATABASE", data["classifier"]!["source"]!.GetValue<string>());
        Assert.Equal(challenger.Metadata.TrainingSetHash, data["classifier"]!["trainingSetHash"]!.GetValue<string>());
        Assert.Equal("retrained-test", data["classifyNote"]!["classification"]!["modelVersion"]!.GetValue<string>());
        Assert.Empty(data["classifyNote"]!["errors"]!.AsArray());
    }

    [Theory]
    [InlineData("EXECUTIVE")]
    [InlineData("ANALYST")]
    [InlineData("ADMIN")]
    public async Task ActiveClassifier_ForDashboardRoles_IsTheActiveVersionWithItsDevelopmentScores(string role)
    {
        await using var host = await StartAsync();
        var builtin = (await host.App.Services.GetRequiredService<DatabaseActiveModelSource>().GetAsync()).Version;

        var json = await RunAsync(host, "{ activeClassifier { version status active developmentScores { topicMacroF1 directionAccuracy notes } heldOutScores { notes } } }", role);

        var model = json["data"]!["activeClassifier"]!;
        Assert.Null(json["errors"]);
        Assert.Equal((builtin, "ACTIVE", true), (model["version"]!.GetValue<string>(), model["status"]!.GetValue<string>(), model["active"]!.GetValue<bool>()));
        var expected = DatabaseActiveModelSource.DevelopmentScores(TestClassifier.Get());
        Assert.Equal(expected.TopicMacroF1, model["developmentScores"]!["topicMacroF1"]!.GetValue<double>());
        Assert.Equal(expected.DirectionAccuracy, model["developmentScores"]!["directionAccuracy"]!.GetValue<double>());
        Assert.Equal(240, model["developmentScores"]!["notes"]!.GetValue<int>());
        Assert.Null(model["heldOutScores"]);
    }

    [Fact]
    public async Task ActiveClassifier_ForAMember_IsForbidden()
    {
        await using var host = await StartAsync();

        var json = await RunAsync(host, "{ activeClassifier { version } }", "MEMBER");

        Assert.Null(json["data"]!["activeClassifier"]);
        Assert.Equal("FORBIDDEN", json["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
    }

    private static async Task<JsonNode> RunAsync(ApiTestHost host, string query, string role)
    {
        var token = host.App.Services.GetRequiredService<TokenIssuer>().Issue("someone@example.com", [role], TimeSpan.FromMinutes(10));
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(new JsonObject { ["query"] = query }.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        using var response = await host.Client.SendAsync(request);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    private Task<ApiTestHost> StartAsync()
    {
        Api.Jobs.HangfireSchema.Install(database.ConnectionString, "hangfire");
        return ApiTestHost.StartAsync(database.ConnectionString, new Dictionary<string, string?> { ["RateLimiting:Enabled"] = "false" });
    }

    private static async Task<JsonNode> RunAsync(ApiTestHost host)
    {
        using var response = await host.Client.PostAsync("/graphql",
            new StringContent(new JsonObject { ["query"] = Query }.ToJsonString(), Encoding.UTF8, "application/json"));
        var json = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.True(json["errors"] is null, json.ToJsonString());
        return json["data"]!;
    }
}
