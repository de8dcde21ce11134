using MentorGraph.GraphQL.Data;

namespace MentorGraph.GraphQL.Tests.Data.Paging;

/// <summary>Arguments a page cannot be served for: each a GraphQL error with its own code, the field null, no query run.</summary>
public class PagingRefusalTests
{
    private readonly DataTestHarness _data = new();

    [Theory]
    [InlineData("first: 51", DataErrorCodes.PageSizeExceeded)]
    [InlineData("last: 1000", DataErrorCodes.PageSizeExceeded)]
    [InlineData("first: 2, last: 2", DataErrorCodes.InvalidPagingArguments)]
    [InlineData("first: -1", DataErrorCodes.InvalidPagingArguments)]
    [InlineData("after: \"not a cursor\"", DataErrorCodes.InvalidCursor)]
    [InlineData("before: \"\"", DataErrorCodes.InvalidCursor)]
    [InlineData("after: \"WzFd\"", DataErrorCodes.InvalidCursor)]
    public async Task Refused_WithACode(string arguments, string code)
    {
        var response = await _data.Run($"{{ people({arguments}) {{ nodes {{ id }} }} }}");

        Assert.Equal(code, DataTestHarness.ErrorCode(response));
        Assert.Equal(System.Text.Json.JsonValueKind.Null, response.GetProperty("data").GetProperty("people").ValueKind);
        Assert.Empty(_data.Runner.Kinds);
    }

    [Fact]
    public async Task PageSizeExceeded_NamesTheMaximum_WhichTheOptionsSet()
    {
        var data = new DataTestHarness(options: new DataOptions { MaxPageSize = 5, DefaultPageSize = 2 });

        var response = await data.Run("{ people(first: 6) { nodes { id } } }");

        Assert.Equal(DataErrorCodes.PageSizeExceeded, DataTestHarness.ErrorCode(response));
        Assert.Equal(5, response.GetProperty("errors")[0].GetProperty("extensions").GetProperty("maxPageSize").GetInt32());
        var page = await data.Run("{ people { nodes { id } } }");
        Assert.Equal(2, page.GetProperty("data").GetProperty("people").GetProperty("nodes").GetArrayLength());
    }

    [Fact]
    public async Task EveryChangedCharacterOfACursor_IsRefused()
    {
        var cursor = await EndCursor("first: 2, order: [{ name: ASC }]");
        var refused = 0;
        for (var i = 0; i < cursor.Length; i++)
        {
            var changed = cursor[..i] + (cursor[i] == 'A' ? 'B' : 'A') + cursor[(i + 1)..];
            var response = await _data.Run($"{{ people(first: 2, after: \"{changed}\", order: [{{ name: ASC }}]) {{ nodes {{ id }} }} }}");
            if (response.TryGetProperty("errors", out _))
            {
                Assert.Equal(DataErrorCodes.InvalidCursor, DataTestHarness.ErrorCode(response));
                refused++;
            }
        }

        // The last character of base64url may carry unused bits; every other change must be caught.
        Assert.True(refused >= cursor.Length - 1, $"{refused} of {cursor.Length} changes refused");
    }

    [Fact]
    public async Task ACursorOfAnotherOrder_IsRefused_AsAnOrderMismatch()
    {
        var cursor = await EndCursor("first: 2, order: [{ name: ASC }]");

        var response = await _data.Run($"{{ people(first: 2, after: \"{cursor}\", order: [{{ name: DESC }}]) {{ nodes {{ id }} }} }}");

        Assert.Equal(DataErrorCodes.CursorOrderMismatch, DataTestHarness.ErrorCode(response));
    }

    [Fact]
    public async Task ACursorOfTheDefaultOrder_IsRefused_WithAnExplicitOrder()
    {
        var cursor = await EndCursor("first: 2");

        var response = await _data.Run($"{{ people(first: 2, after: \"{cursor}\", order: [{{ level: ASC }}]) {{ nodes {{ id }} }} }}");

        Assert.Equal(DataErrorCodes.CursorOrderMismatch, DataTestHarness.ErrorCode(response));
    }

    private async Task<string> EndCursor(string arguments)
    {
        var response = await _data.Run($"{{ people({arguments}) {{ pageInfo {{ endCursor }} }} }}");
        _data.Runner.Kinds.Clear();
        return response.GetProperty("data").GetProperty("people").GetProperty("pageInfo").GetProperty("endCursor").GetString()!;
    }
}
