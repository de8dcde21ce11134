using System.Text.Json.Nodes;
using MentorGraph.Api.Tests.Cli;
using MentorGraph.Api.Tests.Cli.SchemaTools;
using MentorGraph.GraphQL.AspNetCore;
using MentorGraph.Tests.Support;
using Npgsql;

namespace MentorGraph.Api.Tests.TrustedDocuments;

/// <summary>Trusted documents end to end: registered by <c>mentorgraph persist</c> or the ADMIN endpoint, run by id, enforced by TrustedDocumentsOnly.</summary>
[Collection(PostgresCollection.Name)]
public sealed class TrustedDocumentsTests(TrustedDocumentsFixture api) : IClassFixture<TrustedDocumentsFixture>, IDisposable
{
    private readonly TempFiles _files = new();

    private async Task<(int Code, JsonObject? Manifest, string Error)> PersistAsync(params string[] files)
    {
        var (code, output, error) = await CliRunner.RunAsync(["persist", "--db", api.ConnectionString, .. files]);
        return (code, code == 0 ? JsonNode.Parse(output)!.AsObject() : null, error);
    }

    [Fact]
    public async Task Persist_RegistersEachOperationWithTheFragmentsOfOtherFiles_AndPrintsTheManifest()
    {
        var query = _files.Write("TopicList.tsx", "export const Q = gql`\n  query PersistTopicList { topics { ...PersistTopicCard } }\n  ${CARD}\n`;\n");
        var fragment = _files.Write("card.graphql", "fragment PersistTopicCard on Topic { id title }\n");

        var (code, manifest, error) = await PersistAsync(query, fragment);
        var (again, _, againError) = await PersistAsync(query, fragment);

        Assert.Equal(0, code);
        var (id, name) = Assert.Single(manifest!);
        Assert.Equal("PersistTopicList", name!.GetValue<string>());
        const string expectedText = "query PersistTopicList { topics { ...PersistTopicCard } }\n\nfragment PersistTopicCard on Topic { id title }";
        Assert.Equal(PersistedDocumentIds.Of(expectedText), id);
        Assert.Contains("1 newly registered", error);
        Assert.Equal(0, again);
        Assert.Contains("0 newly registered, 1 already registered", againError);
        Assert.Equal(expectedText, await StoredBodyAsync(id));
    }

    [Fact]
    public async Task Persist_InvalidOperations_RegistersNothingAndExitsOne()
    {
        var bad = _files.Write("bad.graphql", "query PersistBad { topics { nope } }");

        var (code, _, error) = await PersistAsync(bad);

        Assert.Equal(1, code);
        Assert.Contains($"{bad}:1:29: Cannot query field \"nope\"", error);
        Assert.Contains("Nothing was registered", error);
        Assert.Equal(0, await CountAsync("PersistBad"));
    }

    [Fact]
    public async Task ExecuteById_RunsTheRegisteredDocument_OnBothHosts()
    {
        var file = _files.Write("slugs.graphql", "query PersistSlugs { topics { slug } }");
        var (_, manifest, _) = await PersistAsync(file);
        var id = Assert.Single(manifest!).Key;

        var open = await TrustedDocumentsFixture.PostAsync(api.Open, "/graphql", new JsonObject { ["id"] = id });
        var trusted = await TrustedDocumentsFixture.PostAsync(api.TrustedOnly, "/graphql", new JsonObject { ["documentId"] = "sha256:" + id });

        Assert.Equal(200, open.Status);
        Assert.Equal(12, open.Body["data"]!["topics"]!.AsArray().Count);
        Assert.Equal(200, trusted.Status);
        Assert.Equal(open.Body.ToJsonString(), trusted.Body.ToJsonString());
    }

    [Fact]
    public async Task ExecuteById_UnknownId_IsPersistedQueryNotFound()
    {
        var unknown = PersistedDocumentIds.Of("query NeverRegistered { topics { id } }");

        var (status, body) = await TrustedDocumentsFixture.PostAsync(api.Open, "/graphql", new JsonObject { ["id"] = unknown });

        Assert.Equal(400, status);
        Assert.Equal("PERSISTED_QUERY_NOT_FOUND", (string)body["errors"]![0]!["extensions"]!["code"]!);
    }

    [Fact]
    public async Task TrustedOnly_RefusesUnregisteredText_RunsRegisteredText_OpenHostRunsAnyText()
    {
        var file = _files.Write("titles.graphql", "query PersistTitles { topics { title } }");
        await PersistAsync(file);

        var refused = await TrustedDocumentsFixture.PostAsync(api.TrustedOnly, "/graphql", new JsonObject { ["query"] = "{ topics { id } }" });
        var registered = await TrustedDocumentsFixture.PostAsync(api.TrustedOnly, "/graphql", new JsonObject { ["query"] = "query PersistTitles { topics { title } }" });
        var open = await TrustedDocumentsFixture.PostAsync(api.Open, "/graphql", new JsonObject { ["query"] = "{ topics { id } }" });

        Assert.Equal(400, refused.Status);
        Assert.Equal("TRUSTED_DOCUMENT_REQUIRED", (string)refused.Body["errors"]![0]!["extensions"]!["code"]!);
        Assert.Equal(200, registered.Status);
        Assert.Equal(12, registered.Body["data"]!["topics"]!.AsArray().Count);
        Assert.Equal(200, open.Status);
    }

    [Fact]
    public async Task Endpoint_WithoutTokenOrAsMember_IsRefused_BeforeReadingTheBody()
    {
        var body = new JsonObject { ["documents"] = new JsonArray("query EndpointRefused { topics { id } }") };

        var anonymous = await TrustedDocumentsFixture.PostAsync(api.Open, TrustedDocumentEndpointsPath, body);
        var member = await TrustedDocumentsFixture.PostAsync(api.Open, TrustedDocumentEndpointsPath, body, api.Token());
        var analyst = await TrustedDocumentsFixture.PostAsync(api.Open, TrustedDocumentEndpointsPath, body, api.Token("ANALYST"));

        Assert.Equal((401, "UNAUTHENTICATED"), (anonymous.Status, (string)anonymous.Body["error"]!["code"]!));
        Assert.Equal((403, "FORBIDDEN"), (member.Status, (string)member.Body["error"]!["code"]!));
        Assert.Equal((403, "FORBIDDEN"), (analyst.Status, (string)analyst.Body["error"]!["code"]!));
        Assert.Equal(0, await CountAsync("EndpointRefused"));
    }

    [Fact]
    public async Task Endpoint_Admin_RegistersAndTheIdRunsOnTheTrustedHost()
    {
        const string text = "query EndpointTopics { topics { id slug } }";

        var (status, body) = await TrustedDocumentsFixture.PostAsync(api.Open, TrustedDocumentEndpointsPath,
            new JsonObject { ["documents"] = new JsonArray(text) }, api.Token("ADMIN"));
        var run = await TrustedDocumentsFixture.PostAsync(api.TrustedOnly, "/graphql", new JsonObject { ["id"] = PersistedDocumentIds.Of(text) });

        Assert.Equal(200, status);
        Assert.Equal("EndpointTopics", (string)body["documents"]![PersistedDocumentIds.Of(text)]!);
        Assert.Equal(1, (int)body["registered"]!);
        Assert.Equal(200, run.Status);
        Assert.Equal(12, run.Body["data"]!["topics"]!.AsArray().Count);
    }

    [Theory]
    [InlineData("query EndpointInvalid { topics { nope } }", "Cannot query field \"nope\"")]
    [InlineData("query EndpointA { topics { id } } query EndpointB { topics { id } }", "exactly one operation")]
    public async Task Endpoint_InvalidDocument_RefusesTheWholeBatchWithItsIndex(string invalid, string message)
    {
        var (status, body) = await TrustedDocumentsFixture.PostAsync(api.Open, TrustedDocumentEndpointsPath,
            new JsonObject { ["documents"] = new JsonArray("query EndpointFine { topics { id } }", invalid) }, api.Token("ADMIN"));

        Assert.Equal(400, status);
        Assert.Equal("INVALID_DOCUMENT", (string)body["error"]!["code"]!);
        Assert.Equal(1, (int)body["error"]!["index"]!);
        Assert.Contains(message, (string)body["error"]!["message"]!);
        Assert.Equal(0, await CountAsync("EndpointFine"));
    }

    private const string TrustedDocumentEndpointsPath = "/graphql/documents";

    private async Task<string?> StoredBodyAsync(string id)
    {
        await using var connection = new NpgsqlConnection(api.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT body FROM graphql.persisted_documents WHERE id = @id", connection);
        command.Parameters.AddWithValue("id", id);
        return await command.ExecuteScalarAsync() as string;
    }

    private async Task<long> CountAsync(string operationName)
    {
        await using var connection = new NpgsqlConnection(api.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM graphql.persisted_documents WHERE operation_name = @name", connection);
        command.Parameters.AddWithValue("name", operationName);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    public void Dispose() => _files.Dispose();
}
