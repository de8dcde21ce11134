using System.Text;
using System.Text.Json;
using MentorGraph.GraphQL.Execution;
using MentorGraph.GraphQL.AspNetCore;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging.Abstractions;
using static MentorGraph.GraphQL.AspNetCore.Tests.HttpTestSupport;

namespace MentorGraph.GraphQL.AspNetCore.Tests;

public class GraphQLHttpHandlerTests
{
    private static readonly ExecutionResult ValidationFailure = ExecutionResult.ForRequestError(
        RequestErrorKind.Validation,
        [GraphQLError.WithCode("Cannot query field \"nope\" on type \"Query\".", ErrorCodes.ValidationFailed, [new ErrorLocation(1, 3)])]);

    [Fact]
    public async Task Post_JsonBody_ExecutesWithQueryOperationNameAndVariables()
    {
        var executor = new RecordingExecutor(DataResult);
        var response = await SendAsync(executor, "POST", """{"query":"query Q($n: Int) { hello }","operationName":"Q","variables":{"n":3,"list":[1.5,"x",null]}}""");

        Assert.Equal(200, response.Status);
        Assert.Equal("world", response.Body.GetProperty("data").GetProperty("hello").GetString());
        Assert.Equal("query Q($n: Int) { hello }", executor.LastRequest!.Query);
        Assert.Equal("Q", executor.LastRequest.OperationName);
        Assert.Equal(3L, executor.LastRequest.Variables!["n"]);
        var list = Assert.IsAssignableFrom<IReadOnlyList<object?>>(executor.LastRequest.Variables["list"]);
        Assert.Equal([1.5, "x", null], list);
        Assert.Null(executor.LastRequest.AllowedOperations);
    }

    [Fact]
    public async Task Post_NoAcceptHeader_AnswersApplicationJson()
    {
        var response = await SendAsync(new RecordingExecutor(DataResult), "POST", """{"query":"{ hello }"}""");
        Assert.StartsWith(MediaTypes.Json, response.ContentType);
    }

    [Fact]
    public async Task Post_AcceptsGraphQLResponse_AnswersThatMediaType()
    {
        var response = await SendAsync(new RecordingExecutor(DataResult), "POST", """{"query":"{ hello }"}""", accept: MediaTypes.GraphQLResponse);
        Assert.Equal(200, response.Status);
        Assert.StartsWith(MediaTypes.GraphQLResponse, response.ContentType);
    }

    [Fact]
    public async Task Post_ValidationErrorWithGraphQLResponse_Is400WithoutData()
    {
        var response = await SendAsync(new RecordingExecutor(ValidationFailure), "POST", """{"query":"{ nope }"}""", accept: MediaTypes.GraphQLResponse);
        Assert.Equal(400, response.Status);
        Assert.False(response.Body.TryGetProperty("data", out _));
        var error = response.Body.GetProperty("errors")[0];
        Assert.Equal("GRAPHQL_VALIDATION_FAILED", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(1, error.GetProperty("locations")[0].GetProperty("line").GetInt32());
    }

    [Fact]
    public async Task Post_ValidationErrorWithJson_Is200()
    {
        var response = await SendAsync(new RecordingExecutor(ValidationFailure), "POST", """{"query":"{ nope }"}""", accept: MediaTypes.Json);
        Assert.Equal(200, response.Status);
        Assert.Equal(1, response.Body.GetProperty("errors").GetArrayLength());
    }

    [Fact]
    public async Task Post_FieldErrorWithPartialData_Is200UnderGraphQLResponse()
    {
        var partial = new ExecutionResult
        {
            HasData = true,
            Data = null,
            Errors = [GraphQLError.WithCode("Internal server error.", ErrorCodes.InternalServerError, path: ["hello"])],
        };
        var response = await SendAsync(new RecordingExecutor(partial), "POST", """{"query":"{ hello }"}""", accept: MediaTypes.GraphQLResponse);
        Assert.Equal(200, response.Status);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, response.Body.GetProperty("data").ValueKind);
        Assert.Equal("hello", response.Body.GetProperty("errors")[0].GetProperty("path")[0].GetString());
    }

    [Theory]
    [InlineData("not json", "The request body is not valid JSON.")]
    [InlineData("[1,2]", "The request body must be a JSON object.")]
    [InlineData("{}", "The 'query' parameter is required.")]
    [InlineData("""{"query":1}""", "The 'query' parameter must be a string.")]
    [InlineData("""{"query":"{a}","variables":"x"}""", "The 'variables' parameter must be an object or null.")]
    [InlineData("""{"query":"{a}","operationName":5}""", "The 'operationName' parameter must be a string or null.")]
    [InlineData("""{"query":"{a}","extensions":[]}""", "The 'extensions' parameter must be an object or null.")]
    public async Task Post_MalformedBody_Is400WithBadRequestError(string body, string message)
    {
        var executor = new RecordingExecutor(DataResult);
        var response = await SendAsync(executor, "POST", body, accept: MediaTypes.GraphQLResponse);
        Assert.Equal(400, response.Status);
        var error = response.Body.GetProperty("errors")[0];
        Assert.Equal(message, error.GetProperty("message").GetString());
        Assert.Equal("BAD_REQUEST", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Null(executor.LastRequest);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("text/plain")]
    [InlineData("application/json; charset=utf-16")]
    public async Task Post_UnsupportedContentType_Is415(string? contentType)
    {
        var response = await SendAsync(new RecordingExecutor(DataResult), "POST", """{"query":"{ hello }"}""", contentType: contentType);
        Assert.Equal(415, response.Status);
    }

    [Fact]
    public async Task Get_QueryParameters_ExecuteAsQueryOnly()
    {
        var executor = new RecordingExecutor(DataResult);
        var response = await SendAsync(executor, "GET", contentType: null, queryString: "?query=%7Bhello%7D&variables=%7B%22a%22%3A1%7D");
        Assert.Equal(200, response.Status);
        Assert.Equal("{hello}", executor.LastRequest!.Query);
        Assert.Equal(1L, executor.LastRequest.Variables!["a"]);
        Assert.Equal([MentorGraph.GraphQL.Language.Ast.OperationType.Query], executor.LastRequest.AllowedOperations!);
    }

    [Fact]
    public async Task Get_Mutation_Is405WithAllowPost()
    {
        var response = await SendAsync(new RecordingExecutor(DataResult), "GET", contentType: null, queryString: "?query=mutation%7Bx%7D");
        Assert.Equal(405, response.Status);
        Assert.Equal("POST", response.Headers.Allow.ToString());
    }

    [Theory]
    [InlineData("?variables=%7B%7D", "The 'query' parameter is required.")]
    [InlineData("?query=%7Bhello%7D&variables=nope", "The 'variables' parameter is not valid JSON.")]
    [InlineData("?query=%7Bhello%7D&variables=%5B%5D", "The 'variables' parameter must be a JSON object.")]
    [InlineData("?query=%7Bhello%7D&query=%7Bhello%7D", "The 'query' parameter is given more than once.")]
    public async Task Get_MalformedParameters_Is400(string queryString, string message)
    {
        var response = await SendAsync(new RecordingExecutor(DataResult), "GET", contentType: null, queryString: queryString);
        Assert.Equal(400, response.Status);
        Assert.Equal(message, response.Body.GetProperty("errors")[0].GetProperty("message").GetString());
    }

    [Fact]
    public async Task Put_Is405WithAllowGetPost()
    {
        var response = await SendAsync(new RecordingExecutor(DataResult), "PUT", """{"query":"{ hello }"}""");
        Assert.Equal(405, response.Status);
        Assert.Equal("GET, POST", response.Headers.Allow.ToString());
    }

    [Fact]
    public async Task Post_NothingAcceptable_Is406()
    {
        var response = await SendAsync(new RecordingExecutor(DataResult), "POST", """{"query":"{ hello }"}""", accept: "text/html");
        Assert.Equal(406, response.Status);
    }

    [Fact]
    public async Task Post_ExecutorThrows_Is500WithoutExceptionText()
    {
        var response = await SendAsync(new ThrowingExecutor(), "POST", """{"query":"{ hello }"}""");
        Assert.Equal(500, response.Status);
        var message = response.Body.GetProperty("errors")[0].GetProperty("message").GetString();
        Assert.Equal("Internal server error.", message);
        Assert.DoesNotContain("secret", response.Body.ToString());
    }

    [Fact]
    public async Task Post_ResultTheWriterCannotWrite_Is500WithErrorBodyNotEmpty()
    {
        var unwritable = new ExecutionResult
        {
            HasData = true,
            Data = new Dictionary<string, object?> { ["hello"] = "world" },
            Extensions = new Dictionary<string, object?> { ["host"] = new UnprintableValue() },
        };

        var response = await SendAsync(new RecordingExecutor(unwritable), "POST", """{"query":"{ hello }"}""");

        Assert.Equal(500, response.Status);
        var error = Assert.Single(response.Body.GetProperty("errors").EnumerateArray());
        Assert.Equal("Internal server error.", error.GetProperty("message").GetString());
        Assert.Equal("INTERNAL_SERVER_ERROR", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.False(response.Body.TryGetProperty("data", out _));
        Assert.DoesNotContain("secret", response.Body.ToString());
    }

    /// <summary>A host's extension value whose text conversion fails.</summary>
    private sealed class UnprintableValue
    {
        public override string ToString() => throw new InvalidOperationException("secret state");
    }

    private sealed class ThrowingExecutor : IGraphQLExecutor
    {
        public Task<ExecutionResult> ExecuteAsync(ExecutionRequest request, CancellationToken cancellationToken = default) =>
            throw new InvalidOperationException("secret connection string");
    }

    [Fact]
    public async Task Post_LargeResponse_IsStreamedToTheBodyInPieces()
    {
        var items = Enumerable.Range(0, 5_000).Select(i => (object?)$"item number {i}").ToArray();
        var executor = new RecordingExecutor(new ExecutionResult { HasData = true, Data = new Dictionary<string, object?> { ["items"] = items } });
        var handler = new GraphQLHttpHandler(executor, new GraphQLOptions(), new GraphQLHttpOptions(), NullLogger<GraphQLHttpHandler>.Instance);
        var context = new DefaultHttpContext();
        context.Request.Method = "POST";
        context.Request.ContentType = "application/json";
        var request = Encoding.UTF8.GetBytes("""{"query":"{ items }"}""");
        context.Request.Body = new MemoryStream(request);
        context.Request.ContentLength = request.Length;
        var body = new WriteCountingStream();
        context.Response.Body = body;

        await handler.HandleAsync(context);

        Assert.Equal(200, context.Response.StatusCode);
        Assert.True(body.Writes > 2, $"the response went out in {body.Writes} writes");
        var json = JsonDocument.Parse(body.ToArray()).RootElement;
        Assert.Equal(5_000, json.GetProperty("data").GetProperty("items").GetArrayLength());
        Assert.Equal("item number 4999", json.GetProperty("data").GetProperty("items")[4_999].GetString());
    }

    /// <summary>A memory stream that counts the writes it gets.</summary>
    private sealed class WriteCountingStream : MemoryStream
    {
        public int Writes { get; private set; }

        public override void Write(byte[] buffer, int offset, int count)
        {
            Writes++;
            base.Write(buffer, offset, count);
        }

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            Writes++;
            base.Write(buffer);
        }

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        {
            Writes++;
            return base.WriteAsync(buffer, offset, count, cancellationToken);
        }

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            Writes++;
            return base.WriteAsync(buffer, cancellationToken);
        }
    }
}
