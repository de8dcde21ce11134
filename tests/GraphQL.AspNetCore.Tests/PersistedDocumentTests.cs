using MentorGraph.GraphQL.AspNetCore;
using MentorGraph.GraphQL.Execution;
using static MentorGraph.GraphQL.AspNetCore.Tests.HttpTestSupport;

namespace MentorGraph.GraphQL.AspNetCore.Tests;

public class PersistedDocumentTests
{
    private const string Registered = "query Hello { hello }";

    private static readonly string RegisteredId = PersistedDocumentIds.Of(Registered);

    private static readonly GraphQLOptions TrustedOnly = new() { TrustedDocumentsOnly = true };

    /// <summary>A store holding one document, counting the look-ups.</summary>
    private sealed class OneDocumentStore : IPersistedDocumentStore
    {
        public int Lookups { get; private set; }

        public ValueTask<string?> FindAsync(string id, CancellationToken cancellationToken)
        {
            Lookups++;
            return ValueTask.FromResult(id == RegisteredId ? Registered : null);
        }
    }

    [Fact]
    public void Id_IsTheLowercaseHexSha256OfTheExactText()
    {
        Assert.Equal("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", PersistedDocumentIds.Of("abc"));
        Assert.NotEqual(PersistedDocumentIds.Of("{ hello }"), PersistedDocumentIds.Of("{hello}"));
    }

    [Theory]
    [InlineData("""{"id":"ID"}""")]
    [InlineData("""{"documentId":"sha256:ID","variables":{"a":1}}""")]
    [InlineData("""{"extensions":{"persistedQuery":{"version":1,"sha256Hash":"ID"}}}""")]
    public async Task Post_RegisteredId_RunsTheStoredText(string body)
    {
        var executor = new RecordingExecutor(DataResult);

        var response = await SendAsync(executor, "POST", body.Replace("ID", RegisteredId), documents: new OneDocumentStore());

        Assert.Equal(200, response.Status);
        Assert.Equal(Registered, executor.LastRequest!.Query);
    }

    [Fact]
    public async Task Get_RegisteredDocumentId_RunsTheStoredTextAsAQuery()
    {
        var executor = new RecordingExecutor(DataResult);

        var response = await SendAsync(executor, "GET", contentType: null, queryString: $"?documentId=sha256:{RegisteredId.ToUpperInvariant()}", documents: new OneDocumentStore());

        Assert.Equal(200, response.Status);
        Assert.Equal(Registered, executor.LastRequest!.Query);
        Assert.NotNull(executor.LastRequest.AllowedOperations);
    }

    [Fact]
    public async Task Post_UnknownId_Is400PersistedQueryNotFound()
    {
        var executor = new RecordingExecutor(DataResult);
        var unknown = PersistedDocumentIds.Of("{ other }");

        var response = await SendAsync(executor, "POST", $$"""{"id":"{{unknown}}"}""", documents: new OneDocumentStore());

        Assert.Equal(400, response.Status);
        var error = response.Body.GetProperty("errors")[0];
        Assert.Equal(PersistedDocumentErrors.NotFound, error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Contains(unknown, error.GetProperty("message").GetString());
        Assert.Null(executor.LastRequest);
    }

    [Theory]
    [InlineData("""{"id":"not-a-hash"}""", "64 hex digits")]
    [InlineData("""{"id":42}""", "must be a string")]
    [InlineData("""{"id":"ID","documentId":"ID2"}""", "two different document ids")]
    [InlineData("""{"id":"ID","query":"{ other }"}""", "does not hash to the document id")]
    public async Task Post_BadIds_Are400BadRequest(string body, string message)
    {
        var response = await SendAsync(new RecordingExecutor(DataResult), "POST",
            body.Replace("ID2", PersistedDocumentIds.Of("x")).Replace("ID", RegisteredId), documents: new OneDocumentStore());

        Assert.Equal(400, response.Status);
        Assert.Contains(message, response.Body.GetProperty("errors")[0].GetProperty("message").GetString());
    }

    [Fact]
    public async Task Post_IdWithoutAStore_Is400NotSupported()
    {
        var response = await SendAsync(new RecordingExecutor(DataResult), "POST", $$"""{"id":"{{RegisteredId}}"}""");

        Assert.Equal(400, response.Status);
        Assert.Equal(PersistedDocumentErrors.NotSupported, response.Body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task TrustedOnly_UnregisteredText_IsRefusedWithItsCode()
    {
        var executor = new RecordingExecutor(DataResult);

        var response = await SendAsync(executor, "POST", """{"query":"{ hello }"}""", options: TrustedOnly, documents: new OneDocumentStore());

        Assert.Equal(400, response.Status);
        Assert.Equal(PersistedDocumentErrors.TrustedDocumentRequired, response.Body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.Null(executor.LastRequest);
    }

    [Fact]
    public async Task TrustedOnly_RegisteredTextOrId_Runs()
    {
        var byText = new RecordingExecutor(DataResult);
        var byId = new RecordingExecutor(DataResult);

        var textResponse = await SendAsync(byText, "POST", $$"""{"query":"{{Registered}}"}""", options: TrustedOnly, documents: new OneDocumentStore());
        var idResponse = await SendAsync(byId, "POST", $$"""{"id":"{{RegisteredId}}"}""", options: TrustedOnly, documents: new OneDocumentStore());

        Assert.Equal((200, 200), (textResponse.Status, idResponse.Status));
        Assert.Equal(Registered, byText.LastRequest!.Query);
        Assert.Equal(Registered, byId.LastRequest!.Query);
    }

    [Fact]
    public async Task TrustedOff_TextRunsWithoutAskingTheStore()
    {
        var store = new OneDocumentStore();

        var response = await SendAsync(new RecordingExecutor(DataResult), "POST", """{"query":"{ hello }"}""", documents: store);

        Assert.Equal(200, response.Status);
        Assert.Equal(0, store.Lookups);
    }
}
