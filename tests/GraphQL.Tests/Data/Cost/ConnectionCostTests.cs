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
