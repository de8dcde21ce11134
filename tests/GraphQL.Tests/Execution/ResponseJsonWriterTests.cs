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
}
