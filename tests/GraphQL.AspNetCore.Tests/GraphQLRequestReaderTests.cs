using System.Text;
using MentorGraph.GraphQL.AspNetCore;
using static MentorGraph.GraphQL.AspNetCore.Tests.HttpTestSupport;

namespace MentorGraph.GraphQL.AspNetCore.Tests;

/// <summary>Requests that are malformed in ways JSON syntax allows, and requests over a limit, through the handler.</summary>
public class GraphQLRequestReaderTests
{
    [Theory]
    [InlineData("""{"query":"query($x:String){a}","variables":{"x":"\ud800"}}""", "The 'variables' parameter")]
    [InlineData("""{"query":"{a}","variables":{"list":[1,{"deep":"a\udc00"}]}}""", "The 'variables' parameter")]
    [InlineData("""{"query":"{a}","variables":{"\udc00":1}}""", "The 'variables' parameter")]
    [InlineData("""{"query":"{a}","extensions":{"a":"\ud800\u0041"}}""", "The 'extensions' parameter")]
    [InlineData("""{"query":"{ a(s: \"\ud800\") }"}""", "The 'query' parameter")]
    [InlineData("""{"query":"{a}","operationName":"\udbff"}""", "The 'operationName' parameter")]
    [InlineData("""{"\ud800":1,"query":"{a}"}""", "A property name of the request body")]
    public async Task Post_LoneSurrogateEscapeAnywhere_Is400BadRequestNamingWhere(string body, string where)
    {
        var executor = new RecordingExecutor(DataResult);

        var response = await SendAsync(executor, "POST", body, accept: MediaTypes.GraphQLResponse);

        Assert.Equal(400, response.Status);
        var error = response.Body.GetProperty("errors")[0];
        Assert.Equal("BAD_REQUEST", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.StartsWith(where + " holds a string that is not Unicode text", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Null(executor.LastRequest);
    }

    [Fact]
    public async Task Post_LoneSurrogateEscapeUnderApplicationJson_IsStill400()
    {
        var response = await SendAsync(new RecordingExecutor(DataResult), "POST", """{"query":"{a}","variables":{"x":"\ud800"}}""", accept: MediaTypes.Json);

        Assert.Equal(400, response.Status);
        Assert.Equal("BAD_REQUEST", response.Body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task Post_UnknownParameterWithLoneSurrogate_IsIgnoredLikeAnyUnknownParameter()
    {
        var executor = new RecordingExecutor(DataResult);

        var response = await SendAsync(executor, "POST", """{"query":"{a}","pad":"\ud800"}""");

        Assert.Equal(200, response.Status);
        Assert.Equal("{a}", executor.LastRequest!.Query);
    }

    [Fact]
    public async Task Post_SurrogatePairEscape_IsAccepted()
    {
        var executor = new RecordingExecutor(DataResult);

        var response = await SendAsync(executor, "POST", """{"query":"{a}","variables":{"x":"\ud83d\ude00"}}""");

        Assert.Equal(200, response.Status);
        Assert.Equal("\U0001F600", executor.LastRequest!.Variables!["x"]);
    }

    [Theory]
    [InlineData(new byte[] { 0xFF })]
    [InlineData(new byte[] { 0xC0, 0xAF })]
    [InlineData(new byte[] { 0xED, 0xA0, 0x80 })]
    public async Task Post_InvalidUtf8InBody_Is400NotValidUtf8(byte[] invalid)
    {
        byte[] body = [.. Encoding.ASCII.GetBytes("""{"query":"{ a """), .. invalid, .. Encoding.ASCII.GetBytes(""" }"}""")];
        var executor = new RecordingExecutor(DataResult);

        var response = await SendAsync(executor, "POST", bodyBytes: body, accept: MediaTypes.GraphQLResponse);

        Assert.Equal(400, response.Status);
        var error = response.Body.GetProperty("errors")[0];
        Assert.Equal("The request body is not valid UTF-8.", error.GetProperty("message").GetString());
        Assert.Equal("BAD_REQUEST", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Null(executor.LastRequest);
    }

    [Fact]
    public async Task Get_LoneSurrogateEscapeInVariables_Is400BadRequest()
    {
        var response = await SendAsync(new RecordingExecutor(DataResult), "GET", contentType: null,
            queryString: "?query=%7Ba%7D&variables=%7B%22x%22%3A%22%5Cud800%22%7D");

        Assert.Equal(400, response.Status);
        var error = response.Body.GetProperty("errors")[0];
        Assert.StartsWith("The 'variables' parameter holds a string that is not Unicode text", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal("BAD_REQUEST", error.GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task Post_JsonNestedOneLevelOverMaxJsonDepth_Is400LimitExceeded()
    {
        var options = new GraphQLOptions { MaxJsonDepth = 5 };
        // The body object is level 1, "variables" level 2, then 4 arrays: 6 levels.
        var body = """{"query":"{a}","variables":{"x":[[[[1]]]]}}""";

        var response = await SendAsync(new RecordingExecutor(DataResult), "POST", body, accept: MediaTypes.GraphQLResponse, options: options);

        Assert.Equal(400, response.Status);
        var error = response.Body.GetProperty("errors")[0];
        Assert.Equal(
            "The request body nests JSON arrays and objects deeper than the limit of 5 levels (MaxJsonDepth).",
            error.GetProperty("message").GetString());
        Assert.Equal("LIMIT_EXCEEDED", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal("MaxJsonDepth", error.GetProperty("extensions").GetProperty("limit").GetString());
    }

    [Fact]
    public async Task Post_JsonNestedExactlyMaxJsonDepth_IsAccepted()
    {
        var options = new GraphQLOptions { MaxJsonDepth = 5 };
        var executor = new RecordingExecutor(DataResult);

        var response = await SendAsync(executor, "POST", """{"query":"{a}","variables":{"x":[[[1]]]}}""", options: options);

        Assert.Equal(200, response.Status);
        Assert.NotNull(executor.LastRequest);
    }

    [Fact]
    public async Task Post_DefaultMaxJsonDepth_Is256Levels()
    {
        string Body(int levels) => """{"query":"{a}","variables":{"x":""" + new string('[', levels - 2) + new string(']', levels - 2) + "}}";

        var within = await SendAsync(new RecordingExecutor(DataResult), "POST", Body(256));
        var over = await SendAsync(new RecordingExecutor(DataResult), "POST", Body(257));

        Assert.Equal(200, within.Status);
        Assert.Equal(400, over.Status);
        Assert.Equal("MaxJsonDepth", over.Body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("limit").GetString());
    }

    [Fact]
    public async Task Post_InvalidJsonBeforeTheDepthLimit_IsNotValidJson()
    {
        var options = new GraphQLOptions { MaxJsonDepth = 5 };

        var response = await SendAsync(new RecordingExecutor(DataResult), "POST", """{"query":"{a}" "variables":[[[[[[1]]]]]]}""", options: options);

        Assert.Equal(400, response.Status);
        var error = response.Body.GetProperty("errors")[0];
        Assert.Equal("The request body is not valid JSON.", error.GetProperty("message").GetString());
        Assert.Equal("BAD_REQUEST", error.GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task Get_VariablesNestedOverMaxJsonDepth_Is400LimitExceeded()
    {
        var options = new GraphQLOptions { MaxJsonDepth = 3 };

        var response = await SendAsync(new RecordingExecutor(DataResult), "GET", contentType: null,
            queryString: "?query=%7Ba%7D&variables=" + Uri.EscapeDataString("""{"x":[[[1]]]}"""), options: options);

        Assert.Equal(400, response.Status);
        var error = response.Body.GetProperty("errors")[0];
        Assert.StartsWith("The 'variables' parameter nests JSON", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal("MaxJsonDepth", error.GetProperty("extensions").GetProperty("limit").GetString());
    }

    [Fact]
    public async Task Post_BodyOverMaxRequestBytes_Is413LimitExceeded()
    {
        var body = "{\"query\":\"{ hello }\",\"pad\":\"" + new string('x', 2_000) + "\"}";

        var response = await SendAsync(new RecordingExecutor(DataResult), "POST", body, options: new GraphQLOptions { MaxRequestBytes = 1_000 });

        Assert.Equal(413, response.Status);
        var error = response.Body.GetProperty("errors")[0];
        Assert.Equal("The request body exceeds the limit of 1000 bytes (MaxRequestBytes).", error.GetProperty("message").GetString());
        Assert.Equal("LIMIT_EXCEEDED", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal("MaxRequestBytes", error.GetProperty("extensions").GetProperty("limit").GetString());
    }

    [Fact]
    public async Task Get_QueryStringOverMaxRequestBytes_Is414LimitExceeded()
    {
        var response = await SendAsync(new RecordingExecutor(DataResult), "GET", contentType: null,
            queryString: "?query=" + new string('a', 200), options: new GraphQLOptions { MaxRequestBytes = 100 });

        Assert.Equal(414, response.Status);
        var error = response.Body.GetProperty("errors")[0];
        Assert.Equal("LIMIT_EXCEEDED", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal("MaxRequestBytes", error.GetProperty("extensions").GetProperty("limit").GetString());
    }

    [Fact]
    public async Task Post_BodyTheServerCannotRead_IsItsStatusWithBadRequestError()
    {
        var executor = new RecordingExecutor(DataResult);

        var response = await SendAsync(executor, "POST", bodyStream: new UnreadableBody());

        Assert.Equal(400, response.Status);
        var error = response.Body.GetProperty("errors")[0];
        Assert.Equal("The request body could not be read: Bad chunk size data.", error.GetProperty("message").GetString());
        Assert.Equal("BAD_REQUEST", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Null(executor.LastRequest);
    }

    [Fact]
    public async Task Post_BodyFailingWithPlainIOException_Is400WithoutItsText()
    {
        var response = await SendAsync(new RecordingExecutor(DataResult), "POST", bodyStream: new UnreadableBody(new IOException("secret detail")));

        Assert.Equal(400, response.Status);
        var error = response.Body.GetProperty("errors")[0];
        Assert.Equal("The request body could not be read: its HTTP framing is malformed.", error.GetProperty("message").GetString());
        Assert.Equal("BAD_REQUEST", error.GetProperty("extensions").GetProperty("code").GetString());
    }

    /// <summary>A request body as Kestrel gives it when the client's chunked framing is broken.</summary>
    private sealed class UnreadableBody(Exception? failure = null) : MemoryStream
    {
        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            throw failure ?? new Microsoft.AspNetCore.Http.BadHttpRequestException("Bad chunk size data.");
    }
}
