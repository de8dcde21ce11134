using MentorGraph.GraphQL.Execution.Binding;
using MentorGraph.GraphQL.Types;
using static MentorGraph.GraphQL.Tests.Execution.Binding.BindingTestSupport;

namespace MentorGraph.GraphQL.Tests.Execution.Binding;

/// <summary>Values that are valid GraphQL but do not fit their C# member: BAD_USER_INPUT with the path, never an internal error.</summary>
public class BindingMisfitTests
{
    private const string Sdl = """
        type Query {
          order(input: OrderInput!): Boolean!
          item(id: ID!): Boolean
        }

        type Mutation { place(input: OrderInput!): Boolean }

        input OrderInput { quantity: Int! lines: [LineInput!]! discount: Float }

        input LineInput { sku: String! count: Int! }
        """;

    public sealed record Order(byte Quantity, IReadOnlyList<Line> Lines, float? Discount);

    public sealed record Line(Guid Sku, ushort Count);

    private readonly BindingTestSupport _support = new();
    private int _calls;

    private Schema BuildSchema() => new SchemaBuilder()
        .AddTypeDefinitions(Sdl)
        .Resolve<Order>("Query.order", (_, _) => ++_calls > 0)
        .Resolve<Order>("Mutation.place", (_, _) => ++_calls > 0)
        .Resolve<int>("Query.item", (_, _) => ++_calls > 0)
        .Build();

    private const string ValidSku = "3f2504e0-4f89-41d3-9a0c-0305e82c3301";

    [Fact]
    public async Task IntOverflowingAByte_IsBadUserInputAtItsPath()
    {
        var response = await _support.RunAsync(BuildSchema(), "query($o: OrderInput!) { order(input: $o) }", """{"o": {"quantity": 300, "lines": []}}""");

        var error = SingleError(response);
        Assert.Equal("BAD_USER_INPUT", Code(error));
        Assert.Equal("Argument \"input\" got invalid value 300 at \"input.quantity\"; Expected an integer from 0 to 255.", error.GetProperty("message").GetString());
        Assert.Equal("[\"order\"]", error.GetProperty("path").GetRawText());
        Assert.Equal("{\"line\":1,\"column\":39}", error.GetProperty("locations")[0].GetRawText());
        Assert.Equal("null", response.GetProperty("data").GetRawText());
        Assert.Equal(0, _calls);
        Assert.Empty(_support.Unexpected);
    }

    [Fact]
    public async Task StringThatIsNoUuid_InAListItem_IsBadUserInputWithTheIndexInThePath()
    {
        var response = await _support.RunAsync(
            BuildSchema(),
            "query($o: OrderInput!) { order(input: $o) }",
            $$$"""{"o": {"quantity": 1, "lines": [{"sku": "{{{ValidSku}}}", "count": 1}, {"sku": "not-a-uuid", "count": 1}]}}""");

        var error = SingleError(response);
        Assert.Equal("BAD_USER_INPUT", Code(error));
        Assert.Equal(
            "Argument \"input\" got invalid value \"not-a-uuid\" at \"input.lines[1].sku\"; Expected a UUID, e.g. \"123e4567-e89b-12d3-a456-426614174000\".",
            error.GetProperty("message").GetString());
        Assert.Equal(0, _calls);
        Assert.Empty(_support.Unexpected);
    }

    [Fact]
    public async Task NegativeIntForAnUnsignedMember_InALiteral_IsBadUserInputLocatedAtTheArgument()
    {
        var response = await _support.RunAsync(BuildSchema(), $$"""
            mutation {
              place(input: {quantity: 2, lines: [{sku: "{{ValidSku}}", count: -1}]})
            }
            """);

        var error = SingleError(response);
        Assert.Equal("BAD_USER_INPUT", Code(error));
        Assert.Equal("Argument \"input\" got invalid value -1 at \"input.lines[0].count\"; Expected an integer from 0 to 65535.", error.GetProperty("message").GetString());
        Assert.Equal("{\"line\":2,\"column\":16}", error.GetProperty("locations")[0].GetRawText());
        Assert.Equal("null", response.GetProperty("data").GetProperty("place").GetRawText());
        Assert.Empty(_support.Unexpected);
    }

    [Fact]
    public async Task FloatBeyondAFloat_IsBadUserInput()
    {
        var response = await _support.RunAsync(BuildSchema(), "{ order(input: {quantity: 1, lines: [], discount: 1e300}) }");

        var error = SingleError(response);
        Assert.Equal("BAD_USER_INPUT", Code(error));
        Assert.StartsWith("Argument \"input\" got invalid value 1e+300 at \"input.discount\"; Expected a number from", error.GetProperty("message").GetString());
        Assert.Empty(_support.Unexpected);
    }

    [Fact]
    public async Task IdThatIsNoInteger_ForAnIntArgument_IsBadUserInputWithoutAnInnerPath()
    {
        var response = await _support.RunAsync(BuildSchema(), "{ item(id: \"abc\") }");

        var error = SingleError(response);
        Assert.Equal("BAD_USER_INPUT", Code(error));
        Assert.Equal("Argument \"id\" got invalid value \"abc\"; Expected an integer ID from -2147483648 to 2147483647.", error.GetProperty("message").GetString());
        Assert.Equal("null", response.GetProperty("data").GetProperty("item").GetRawText());
        Assert.Empty(_support.Unexpected);
    }

    [Fact]
    public async Task WrongGraphQLType_IsStillRefusedByCoercionWithItsPath_BeforeAnyBinding()
    {
        var response = await _support.RunAsync(BuildSchema(), "query($o: OrderInput!) { order(input: $o) }", """{"o": {"quantity": "many", "lines": [{"sku": 5, "count": 1}]}}""");

        var messages = response.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("message").GetString()).ToList();
        Assert.Equal(2, messages.Count);
        Assert.Contains(messages, m => m!.Contains("at \"o.quantity\"", StringComparison.Ordinal));
        Assert.Contains(messages, m => m!.Contains("at \"o.lines[0].sku\"", StringComparison.Ordinal));
        Assert.Equal(0, _calls);
    }

    [Fact]
    public async Task FittingValues_CallTheResolver()
    {
        var response = await _support.RunAsync(BuildSchema(), $$"""{ order(input: {quantity: 255, lines: [{sku: "{{ValidSku}}", count: 65535}], discount: 0.5}) }""");

        Assert.Equal("{\"order\":true}", response.GetProperty("data").GetRawText());
        Assert.Equal(1, _calls);
    }
}
