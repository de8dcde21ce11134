using MentorGraph.GraphQL.Execution;

namespace MentorGraph.GraphQL.Tests.Execution;

public class ResponseJsonWriterTests
{
    [Fact]
    public void ToJson_AccentsAndApostrophes_StayReadable()
    {
        var result = new ExecutionResult { HasData = true, Data = new Dictionary<string, object?> { ["name"] = "Ayşe O'Neill \"quoted\"" } };

        var json = ResponseJsonWriter.ToJson(result);

        Assert.Equal("""{"data":{"name":"Ayşe O'Neill \"quoted\""}}""", json);
    }

    [Fact]
    public void ToJson_ErrorsFirst_WithLocationsPathAndCode()
    {
        var result = new ExecutionResult
        {
            HasData = true,
            Data = new Dictionary<string, object?> { ["a"] = null },
            Errors = [new GraphQLError("boom", [new ErrorLocation(2, 5)], ["a", 0], new Dictionary<string, object?> { ["code"] = "X" })],
        };

        var json = ResponseJsonWriter.ToJson(result);

        Assert.Equal("""{"errors":[{"message":"boom","locations":[{"line":2,"column":5}],"path":["a",0],"extensions":{"code":"X"}}],"data":{"a":null}}""", json);
    }

    [Fact]
    public void ToJson_RequestError_HasNoDataEntry()
    {
        var result = ExecutionResult.ForRequestError(RequestErrorKind.Parse, [GraphQLError.WithCode("Syntax Error: x", ErrorCodes.ParseFailed)]);

        Assert.DoesNotContain("\"data\"", ResponseJsonWriter.ToJson(result));
    }

    [Fact]
    public void ToJson_LoneSurrogatesInMessagesKeysAndValues_AreWrittenAsReplacementCharacter()
    {
        // A string can hold what UTF-8 cannot (a lone surrogate): the writer's encoder writes U+FFFD for it
        // instead of throwing mid-response. This pins that for every place a string is written.
        var result = new ExecutionResult
        {
            HasData = true,
            Data = new Dictionary<string, object?> { ["k\uDC00"] = "v\uD800", ["list"] = new List<object?> { "\uDBFFx" } },
            Errors = [new GraphQLError("bad \uD800", null, ["p\uDFFF"], new Dictionary<string, object?> { ["code"] = "X", ["detail"] = "\uD800" })],
            Extensions = new Dictionary<string, object?> { ["e\uD800"] = "\uDC00" },
        };

        var json = ResponseJsonWriter.ToJson(result);

        Assert.Equal(
            """{"errors":[{"message":"bad \uFFFD","path":["p\uFFFD"],"extensions":{"code":"X","detail":"\uFFFD"}}],"data":{"k\uFFFD":"v\uFFFD","list":["\uFFFDx"]},"extensions":{"e\uFFFD":"\uFFFD"}}""",
            json);
    }

    [Fact]
    public void ToJson_NaNAndInfinities_AreWrittenAsNullInsteadOfThrowing()
    {
        var result = new ExecutionResult
        {
            HasData = true,
            Data = new Dictionary<string, object?> { ["nan"] = double.NaN, ["inf"] = float.PositiveInfinity, ["ok"] = 0.1f },
            Extensions = new Dictionary<string, object?> { ["minus"] = double.NegativeInfinity, ["ok"] = 1.5 },
        };

        var json = ResponseJsonWriter.ToJson(result);

        Assert.Equal("""{"data":{"nan":null,"inf":null,"ok":0.1},"extensions":{"minus":null,"ok":1.5}}""", json);
    }
}
