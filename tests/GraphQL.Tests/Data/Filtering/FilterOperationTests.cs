namespace MentorGraph.GraphQL.Tests.Data.Filtering;

/// <summary>Every filter operation, translated and run over the in-memory people (ids 1-8), each tree checked to be SQL-translatable.</summary>
public class FilterOperationTests
{
    private readonly DataTestHarness _data = new();

    [Theory]
    [InlineData("{ name: { eq: \"dan\" } }", new long[] { 4 })]
    [InlineData("{ name: { neq: \"DAN\" } }", new long[] { 1, 2, 3, 5, 6, 7, 8 })]
    [InlineData("{ name: { contains: \"A\" } }", new long[] { 1, 2, 3, 4, 6, 7 })]
    [InlineData("{ name: { ncontains: \"a\" } }", new long[] { 5, 8 })]
    [InlineData("{ name: { startsWith: \"GR\" } }", new long[] { 7 })]
    [InlineData("{ name: { nstartsWith: \"g\" } }", new long[] { 1, 2, 3, 4, 5, 6, 8 })]
    [InlineData("{ name: { endsWith: \"ACE\" } }", new long[] { 1, 7 })]
    [InlineData("{ name: { nendsWith: \"e\" } }", new long[] { 3, 4, 6, 8 })]
    [InlineData("{ name: { in: [\"EVE\", \"frank\", \"nobody\"] } }", new long[] { 5, 6 })]
    [InlineData("{ name: { nin: [\"EVE\", \"frank\"] } }", new long[] { 1, 2, 3, 4, 7, 8 })]
    [InlineData("{ name: { or: [{ eq: \"eve\" }, { eq: \"dan\" }] } }", new long[] { 4, 5 })]
    [InlineData("{ name: { and: [{ contains: \"a\" }, { contains: \"r\" }] } }", new long[] { 2, 3, 6, 7 })]
    public async Task StringOperations_MatchIgnoringCase(string where, long[] expected) =>
        Assert.Equal(expected, await _data.Ids(where));

    [Theory]
    [InlineData("{ name: { contains: \"100%\" } }", new long[] { 2 })]
    [InlineData("{ name: { contains: \"a_e\" } }", new long[0])]
    [InlineData("{ name: { contains: \"real_\" } }", new long[] { 2 })]
    [InlineData("{ name: { contains: \"%\" } }", new long[] { 2 })]
    public async Task StringOperations_TreatLikeWildcardsAsText(string where, long[] expected) =>
        Assert.Equal(expected, await _data.Ids(where));

    [Theory]
    [InlineData("{ email: { eq: null } }", new long[] { 2, 6 })]
    [InlineData("{ email: { neq: null } }", new long[] { 1, 3, 4, 5, 7, 8 })]
    [InlineData("{ email: { contains: \"example.com\" } }", new long[] { 1, 3, 5, 7 })]
    [InlineData("{ email: { ncontains: \"example.com\" } }", new long[] { 2, 4, 6, 8 })]
    [InlineData("{ email: { neq: \"ada@example.com\" } }", new long[] { 2, 3, 4, 5, 6, 7, 8 })]
    [InlineData("{ email: { in: [\"carol@example.com\", null] } }", new long[] { 2, 3, 6 })]
    [InlineData("{ email: { nin: [\"carol@example.com\"] } }", new long[] { 1, 2, 4, 5, 6, 7, 8 })]
    public async Task StringOperations_OnANullableMember_TreatNullAsNotMatching(string where, long[] expected) =>
        Assert.Equal(expected, await _data.Ids(where));

    [Theory]
    [InlineData("{ level: { eq: 3 } }", new long[] { 3, 4, 6 })]
    [InlineData("{ level: { neq: 3 } }", new long[] { 1, 2, 5, 7, 8 })]
    [InlineData("{ level: { in: [1, 5] } }", new long[] { 1, 2, 8 })]
    [InlineData("{ level: { nin: [1, 5] } }", new long[] { 3, 4, 5, 6, 7 })]
    [InlineData("{ level: { gt: 3 } }", new long[] { 1, 7, 8 })]
    [InlineData("{ level: { ngt: 3 } }", new long[] { 2, 3, 4, 5, 6 })]
    [InlineData("{ level: { gte: 4 } }", new long[] { 1, 7, 8 })]
    [InlineData("{ level: { ngte: 4 } }", new long[] { 2, 3, 4, 5, 6 })]
    [InlineData("{ level: { lt: 2 } }", new long[] { 2 })]
    [InlineData("{ level: { nlt: 2 } }", new long[] { 1, 3, 4, 5, 6, 7, 8 })]
    [InlineData("{ level: { lte: 2 } }", new long[] { 2, 5 })]
    [InlineData("{ level: { nlte: 2 } }", new long[] { 1, 3, 4, 6, 7, 8 })]
    [InlineData("{ level: { gt: 1, lt: 4 } }", new long[] { 3, 4, 5, 6 })]
    public async Task IntOperations(string where, long[] expected) =>
        Assert.Equal(expected, await _data.Ids(where));

    [Theory]
    [InlineData("{ rank: { eq: null } }", new long[] { 2, 5 })]
    [InlineData("{ rank: { gt: 1 } }", new long[] { 3, 4, 6, 8 })]
    [InlineData("{ rank: { ngt: 1 } }", new long[] { 1, 2, 5, 7 })]
    [InlineData("{ rank: { nin: [2] } }", new long[] { 1, 2, 5, 6, 7, 8 })]
    [InlineData("{ rank: { in: [2, null] } }", new long[] { 2, 3, 4, 5 })]
    public async Task IntOperations_OnANullableMember_NegationsIncludeNull(string where, long[] expected) =>
        Assert.Equal(expected, await _data.Ids(where));

    [Theory]
    [InlineData("{ score: { gte: 7.25 } }", new long[] { 1, 4, 7 })]
    [InlineData("{ score: { eq: 5 } }", new long[] { 3, 6 })]
    [InlineData("{ salary: { lt: 75.5 } }", new long[] { 3, 4, 5 })]
    [InlineData("{ salary: { nlt: 75.5 } }", new long[] { 1, 2, 6, 7, 8 })]
    public async Task FloatOperations_OnDoubleAndDecimal(string where, long[] expected) =>
        Assert.Equal(expected, await _data.Ids(where));

    [Theory]
    [InlineData("{ active: { eq: true } }", new long[] { 1, 3, 4, 6, 7 })]
    [InlineData("{ active: { neq: true } }", new long[] { 2, 5, 8 })]
    public async Task BooleanOperations(string where, long[] expected) =>
        Assert.Equal(expected, await _data.Ids(where));

    [Theory]
    [InlineData("{ joinedAt: { eq: \"2022-03-01T09:00:00Z\" } }", new long[] { 3, 4 })]
    [InlineData("{ joinedAt: { eq: \"2022-03-01T11:00:00+02:00\" } }", new long[] { 3, 4 })]
    [InlineData("{ joinedAt: { gte: \"2022-03-01T09:00:00Z\", lt: \"2024-01-01T09:00:00Z\" } }", new long[] { 3, 4, 5 })]
    [InlineData("{ joinedAt: { in: [\"2019-05-01T09:00:00Z\", \"2018-02-01T09:00:00Z\"] } }", new long[] { 7, 8 })]
    [InlineData("{ leftAt: { neq: null } }", new long[] { 2, 4 })]
    [InlineData("{ leftAt: { nlte: \"2023-06-01T00:00:00Z\" } }", new long[] { 1, 3, 4, 5, 6, 7, 8 })]
    public async Task DateTimeOperations(string where, long[] expected) =>
        Assert.Equal(expected, await _data.Ids(where));

    [Theory]
    [InlineData("{ startsOn: { eq: \"2022-03-01\" } }", new long[] { 3, 4 })]
    [InlineData("{ startsOn: { ngte: \"2020-01-01\" } }", new long[] { 7, 8 })]
    public async Task DateOperations(string where, long[] expected) =>
        Assert.Equal(expected, await _data.Ids(where));

    [Theory]
    [InlineData("{ band: { eq: JUNIOR } }", new long[] { 2, 5 })]
    [InlineData("{ band: { neq: JUNIOR } }", new long[] { 1, 3, 4, 6, 7, 8 })]
    [InlineData("{ band: { in: [EXECUTIVE, SENIOR] } }", new long[] { 1, 4, 7, 8 })]
    [InlineData("{ band: { nin: [EXECUTIVE, SENIOR] } }", new long[] { 2, 3, 5, 6 })]
    public async Task EnumOperations_OnACSharpEnum(string where, long[] expected) =>
        Assert.Equal(expected, await _data.Ids(where));

    [Theory]
    [InlineData("{ id: { eq: \"Person:3\" } }", new long[] { 3 })]
    [InlineData("{ id: { neq: \"Person:3\" } }", new long[] { 1, 2, 4, 5, 6, 7, 8 })]
    [InlineData("{ id: { in: [\"Person:3\", \"Person:8\"] } }", new long[] { 3, 8 })]
    [InlineData("{ id: { nin: [\"Person:3\", \"Person:8\"] } }", new long[] { 1, 2, 4, 5, 6, 7 })]
    public async Task IdOperations_ParseGlobalIds(string where, long[] expected) =>
        Assert.Equal(expected, await _data.Ids(where));

    [Theory]
    [InlineData("{ id: { eq: \"Department:3\" } }")]
    [InlineData("{ id: { in: [\"Person:1\", \"garbage\"] } }")]
    public async Task IdOperations_RefuseAnIdOfAnotherTypeOrMalformed_WithBadUserInput(string where)
    {
        var response = await _data.Run($"{{ people(where: {where}) {{ nodes {{ id }} }} }}");

        Assert.Equal(ErrorCodes.BadUserInput, DataTestHarness.ErrorCode(response));
        Assert.Equal(JsonValueKindNull, response.GetProperty("data").GetProperty("people").ValueKind);
    }

    private const System.Text.Json.JsonValueKind JsonValueKindNull = System.Text.Json.JsonValueKind.Null;
}
