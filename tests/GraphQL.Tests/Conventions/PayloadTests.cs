using System.Text.Json;
using MentorGraph.GraphQL.Conventions;
using MentorGraph.GraphQL.Execution.Binding;
using MentorGraph.GraphQL.Tests.Execution.Binding;
using MentorGraph.GraphQL.Types;
using static MentorGraph.GraphQL.Tests.Conventions.PayloadTestSchema;

namespace MentorGraph.GraphQL.Tests.Conventions;

public class PayloadTests
{
    private const string Rename = """
        mutation($input: RenameItemInput!) {
          renameItem(input: $input) {
            item { id name version }
            errors {
              __typename
              ... on Error { code message }
              ... on ValidationError { field }
              ... on ConflictError { currentVersion }
            }
          }
        }
        """;

    private readonly BindingTestSupport _support = new();

    private async Task<JsonElement> RenameAsync(string inputJson, Schema? schema = null)
    {
        var response = await _support.RunAsync(schema ?? Build(), Rename, $$"""{"input": {{inputJson}}}""");
        Assert.False(response.TryGetProperty("errors", out var errors), errors.ToString());
        Assert.Empty(_support.Unexpected);
        return response.GetProperty("data").GetProperty("renameItem");
    }

    [Fact]
    public async Task MutationWithValidInput_ReturnsTheChangedObjectAndNoErrors()
    {
        var payload = await RenameAsync("""{"id": "7", "name": "Roadmap", "version": 3}""");

        Assert.Equal("""{"id":"7","name":"Roadmap","version":4}""", payload.GetProperty("item").GetRawText());
        Assert.Equal("[]", payload.GetProperty("errors").GetRawText());
    }

    [Fact]
    public async Task MutationWithInvalidInput_ReturnsEveryValidationErrorAndNoObject()
    {
        var payload = await RenameAsync("""{"id": "7", "name": "A name far too long for it", "version": 0}""");

        Assert.Equal(JsonValueKind.Null, payload.GetProperty("item").ValueKind);
        Assert.Equal(
            """[{"__typename":"ValidationError","code":"TOO_LONG","message":"The name is longer than 20 characters.","field":"name"},"""
            + """{"__typename":"ValidationError","code":"OUT_OF_RANGE","message":"Versions start at 1.","field":"version"}]""",
            payload.GetProperty("errors").GetRawText());
    }

    [Fact]
    public async Task PayloadErrorExceptionThrownDeepInTheResolver_BecomesThePayloadsErrors()
    {
        var payload = await RenameAsync("""{"id": "7", "name": "Roadmap", "version": 2}""");

        Assert.Equal(JsonValueKind.Null, payload.GetProperty("item").ValueKind);
        Assert.Equal(
            """[{"__typename":"ConflictError","code":"CONFLICT","message":"The item changed: it is at version 3, not 2.","currentVersion":3}]""",
            payload.GetProperty("errors").GetRawText());
    }

    [Fact]
    public async Task PayloadErrorExceptionThrownSynchronously_BecomesThePayloadsErrors()
    {
        var schema = Builder()
            .BindPayload("RenameItemPayload", typeof(ConflictError))
            .Resolve<RenameItemInput>("Mutation.renameItem", (input, _) => throw new PayloadErrorException(new ConflictError(9, "Locked.")))
            .Build();

        var payload = await RenameAsync("""{"id": "7", "name": "Roadmap", "version": 2}""", schema);

        Assert.Equal("CONFLICT", payload.GetProperty("errors")[0].GetProperty("code").GetString());
    }

    [Fact]
    public async Task ErrorsThroughTheErrorInterface_NeedNoFragmentPerErrorType()
    {
        var response = await _support.RunAsync(
            Build(),
            "mutation { renameItem(input: {id: \"1\", name: \"\", version: 3}) { errors { ... on Error { code message } } } }");

        Assert.Equal(
            """{"renameItem":{"errors":[{"code":"EMPTY","message":"The name is empty."}]}}""",
            response.GetProperty("data").GetRawText());
    }

    [Fact]
    public async Task MutationInputThatDoesNotFit_IsStillATopLevelBadUserInputError()
    {
        var response = await _support.RunAsync(Build(), Rename, """{"input": {"id": "7", "name": "x"}}""");

        var error = BindingTestSupport.SingleError(response);
        Assert.Equal("BAD_USER_INPUT", BindingTestSupport.Code(error));
        Assert.Contains("at \"input.version\"", error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task ErrorOutsideTheUnion_ReturnedAtRunTime_IsAnInternalErrorNamingIt()
    {
        var schema = Builder()
            .BindPayload("RenameItemPayload")
            .Resolve<RenameItemInput>("Mutation.renameItem", (_, _) => Payload.Failure(new ForbiddenError("No.")))
            .Build();

        var response = await _support.RunAsync(schema, Rename, """{"input": {"id": "7", "name": "x", "version": 1}}""");

        Assert.Equal("INTERNAL_SERVER_ERROR", BindingTestSupport.Code(BindingTestSupport.SingleError(response)));
        var logged = Assert.IsType<InvalidOperationException>(Assert.Single(_support.Unexpected));
        Assert.Contains("RenameItemPayload.errors got a ForbiddenError, which \"RenameItemError\" does not include", logged.Message);
    }

    [Fact]
    public async Task ResolverThatReturnsNoPayload_IsAnInternalErrorSayingWhatToReturn()
    {
        var schema = Builder()
            .BindPayload("RenameItemPayload")
            .Resolve<RenameItemInput>("Mutation.renameItem", (input, _) => new Item(input.Id, input.Name, 1))
            .Build();

        var response = await _support.RunAsync(schema, Rename, """{"input": {"id": "7", "name": "x", "version": 1}}""");

        Assert.All(response.GetProperty("errors").EnumerateArray(), e => Assert.Equal("INTERNAL_SERVER_ERROR", BindingTestSupport.Code(e)));
        Assert.NotEmpty(_support.Unexpected);
        Assert.All(_support.Unexpected, e => Assert.Contains("must give a Payload (Payload.Success or Payload.Failure), not Item", e.Message));
    }

    [Fact]
    public void Failure_WithoutErrors_IsRefused()
    {
        Assert.Throws<ArgumentException>(() => Payload.Failure());
        Assert.Throws<ArgumentException>(() => new PayloadErrorException());
    }

    [Fact]
    public void Success_HasTheValueAndNoErrors_Failure_TheErrorsAndNoValue()
    {
        var success = Payload.Success(42);
        var failure = Payload.Failure(new ValidationError("a", "EMPTY", "Empty."), new ValidationError("b", "EMPTY", "Empty."));

        Assert.True(success.Succeeded);
        Assert.Equal(42, success.Value);
        Assert.Empty(success.Errors);
        Assert.False(failure.Succeeded);
        Assert.Null(failure.Value);
        Assert.Equal(["a", "b"], failure.Errors.Cast<ValidationError>().Select(e => e.Field));
    }
}
