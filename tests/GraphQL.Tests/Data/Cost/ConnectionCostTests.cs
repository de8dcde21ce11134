using MentorGraph.GraphQL.Execution;
using MentorGraph.GraphQL.Validation;

namespace MentorGraph.GraphQL.Tests.Data.Cost;

/// <summary>The directives generated on a connection field, counted by MaxCost as HotChocolate's cost analysis would.</summary>
public class ConnectionCostTests
{
    private readonly DataTestHarness _data = new();

    private long CostOf(string query)
    {
        var errors = DocumentValidator.Validate(_data.Schema, MentorGraph.GraphQL.Language.Parser.Parse(query), new GraphQLOptions { MaxQueryCost = 1 });
        var message = Assert.Single(errors).Message;
        const string prefix = "The operation's cost of ";
        return long.Parse(message[prefix.Length..message.IndexOf(" exceeds", StringComparison.Ordinal)], System.Globalization.CultureInfo.InvariantCulture);
    }

    [Fact]
    public void APage_CostsTheFieldsWeight_PlusItsNodesTimesThePageSize()
    {
        // people 10 + nodes (1 + 20 × (id 1 + name 1)) + totalCount 1
        Assert.Equal(52, CostOf("{ people(first: 20) { nodes { id name } totalCount } }"));
    }

    [Fact]
    public void WithoutFirstOrLast_ThePageIsTheDefaultSize()
    {
        // people 10 + nodes (1 + 10 × 1)
        Assert.Equal(21, CostOf("{ people { nodes { id } } }"));
    }

    [Fact]
    public void FirstAsAVariable_CountsAsTheLargestPage()
    {
        // people 10 + edges (1 + 50 × (cursor 1 + node (1 + id 1)))
        Assert.Equal(161, CostOf("query($n: Int) { people(first: $n) { edges { cursor node { id } } } }"));
    }

    [Fact]
    public async Task FirstAsAVariable_InARequest_CostsThePageItAsksFor_LikeTheSameLiteral()
    {
        // Worst case 161 (above) is over this limit; a request for 20 costs 10 + edges (1 + 20 × 3) = 71, as first: 20 does.
        var executor = new GraphQLExecutor(_data.Schema, new GraphQLOptions { MaxQueryCost = 100 });
        const string query = "query($n: Int) { people(first: $n) { edges { cursor node { id } } } }";

        var twenty = await executor.ExecuteAsync(new ExecutionRequest { Query = query, Variables = new Dictionary<string, object?> { ["n"] = 20 } });
        var fifty = await executor.ExecuteAsync(new ExecutionRequest { Query = query, Variables = new Dictionary<string, object?> { ["n"] = 50 } });
        var literal = await executor.ExecuteAsync(new ExecutionRequest { Query = "{ people(first: 20) { edges { cursor node { id } } } }" });

        Assert.Empty(twenty.Errors);
        Assert.Empty(literal.Errors);
        Assert.Equal("The operation's cost of 161 exceeds the maximum cost of 100 (MaxQueryCost).", Assert.Single(fifty.Errors).Message);
    }

    [Fact]
    public async Task FirstAsAVariable_OverTheMaximumPageSize_IsStillRefusedByThePagingRules()
    {
        var response = await _data.Run("query($n: Int) { people(first: $n) { nodes { id } } }", new Dictionary<string, object?> { ["n"] = 51 });

        Assert.Equal("PAGE_SIZE_EXCEEDED", DataTestHarness.ErrorCode(response));
    }

    [Fact]
    public void WhereAndOrder_AddTheirWeights_AndLiteralOperationsTheirs()
    {
        var plain = CostOf("{ people(first: 1) { nodes { id } } }");

        Assert.Equal(plain + 10 + 20, CostOf("{ people(first: 1, where: { name: { contains: \"a\" } }) { nodes { id } } }"));
        Assert.Equal(plain + 10, CostOf("query($w: PersonFilterInput) { people(first: 1, where: $w) { nodes { id } } }"));
        Assert.Equal(plain + 10, CostOf("{ people(first: 1, order: [{ name: ASC }]) { nodes { id } } }"));
    }

    [Fact]
    public void TheDefaultLimit_AllowsAFullPageWithNestedSelections() =>
        Assert.Empty(DocumentValidator.Validate(
            _data.Schema,
            MentorGraph.GraphQL.Language.Parser.Parse("{ people(first: 50, where: { name: { contains: \"a\" } }) { totalCount edges { cursor node { id name email band } } pageInfo { hasNextPage endCursor } } }"),
            new GraphQLOptions()));
}
