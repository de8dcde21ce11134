using MentorGraph.GraphQL.Types;
using MentorGraph.GraphQL.Validation;
using MentorGraph.GraphQL.Validation.Rules.Custom;
using static MentorGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace MentorGraph.GraphQL.Tests.Validation.Rules.Custom;

public class MaxCostTests
{
    private const string CostSdl = """
        type Query {
          user(id: ID): User
          users(first: Int, last: Int): [User!]!
          search(text: String): [Result]
          expensive: Int
          count: Int
        }

        type User {
          name: String
          friends(first: Int, limit: Int): [User!]
          posts: [Post]
        }

        type Post {
          title: String
        }

        union Result = User | Post
        """;

    private static readonly Func<ValidationRule> Rule = () => new MaxCost();

    private static readonly Schema CostSchema = BuildSchema(CostSdl, builder => builder.SetCost("Query.expensive", 50));

    /// <summary>The cost a document would be reported with when the limit is 1.</summary>
    private static string CostOf(string query, GraphQLOptions? options = null)
    {
        var errors = Validate(query, [Rule], CostSchema, (options ?? new GraphQLOptions()) with { MaxQueryCost = 1 });
        var message = Assert.Single(errors).Message;
        const string prefix = "The operation's cost of ";
        Assert.StartsWith(prefix, message);
        return message[prefix.Length..message.IndexOf(" exceeds", StringComparison.Ordinal)];
    }

    [Fact]
    public void MaxCost_ScalarFields_CostOneEach() => Assert.Equal("2", CostOf("{ expensive: count count }"));

    [Fact]
    public void MaxCost_FieldWithSetCost_UsesIt() => Assert.Equal("51", CostOf("{ expensive count }"));

    [Fact]
    public void MaxCost_ObjectField_AddsItsSelections() => Assert.Equal("3", CostOf("{ user(id: 1) { name nickname: name } }"));

    [Fact]
    public void MaxCost_ListFieldWithoutSizeArgument_MultipliesByDefaultListSize() =>
        // user 1 + posts (1 + 10 × title 1) + name 1
        Assert.Equal("13", CostOf("{ user { name posts { title } } }"));

    [Fact]
    public void MaxCost_ListFieldWithLiteralSize_MultipliesByIt() =>
        // users 1 + 20 × (name 1 + friends (1 + 5 × name 1))
        Assert.Equal("141", CostOf("{ users(first: 20) { name friends(limit: 5) { name } } }"));

    [Fact]
    public void MaxCost_SizeFromVariableDefault_IsUsed() =>
        Assert.Equal("31", CostOf("query q($n: Int = 30) { users(first: $n) { name } }"));

    [Fact]
    public void MaxCost_SizeFromVariableWithoutDefault_FallsBackToDefaultListSize() =>
        Assert.Equal("11", CostOf("query q($n: Int) { users(first: $n) { name } }"));

    [Fact]
    public void MaxCost_DefaultListSize_IsConfigurable() =>
        Assert.Equal("4", CostOf("{ users { name } }", new GraphQLOptions { DefaultListSize = 3 }));

    [Fact]
    public void MaxCost_ListSizeArguments_AreConfigurable() =>
        Assert.Equal("8", CostOf("{ users(last: 7) { name } }", new GraphQLOptions { ListSizeArguments = ["last"] }));

    [Fact]
    public void MaxCost_FragmentsAreCountedWhereSpread() =>
        // users (1 + 2 × 2) twice, through a named fragment and an inline fragment
        Assert.Equal("10", CostOf("""
            { a: users(first: 2) { ...F } b: users(first: 2) { ... on User { name name2: name } } }
            fragment F on User { name name2: name }
            """));

    [Fact]
    public void MaxCost_AbstractTypes_CountEveryBranch() =>
        Assert.Equal("21", CostOf("{ search { ... on User { name } ... on Post { title } } }"));

    [Fact]
    public void MaxCost_Introspection_CostsNothing() =>
        Assert.Equal("2", CostOf("{ count again: count __typename __schema { types { name fields { name } } } }"));

    [Fact]
    public void MaxCost_HugeSizes_SaturateInsteadOfOverflowing()
    {
        var message = Assert.Single(Validate(
            "{ users(first: 2000000000) { friends(first: 2000000000) { friends(first: 2000000000) { friends(first: 2000000000) { name } } } } }",
            [Rule],
            CostSchema)).Message;
        Assert.StartsWith("The operation's cost of ", message);
        Assert.EndsWith(" exceeds the maximum cost of 5000 (MaxQueryCost).", message);
    }

    [Fact]
    public void MaxCost_UnderTheLimit_IsValid() =>
        ExpectValid("{ users(first: 100) { name friends(first: 10) { name } } }", Rule, CostSchema);

    [Fact]
    public void MaxCost_OverTheLimit_IsReportedAtTheOperation() => ExpectErrorsWith(
        CostSchema,
        new GraphQLOptions { MaxQueryCost = 100 },
        """
        query Big {
          users(first: 50) { name friends { name } }
        }
        """,
        Rule,
        ("The operation's cost of 601 exceeds the maximum cost of 100 (MaxQueryCost).", 1, 1));

    [Fact]
    public void MaxCost_EachOperation_IsMeasuredOnItsOwn() => ExpectErrorsWith(
        CostSchema,
        new GraphQLOptions { MaxQueryCost = 20 },
        """
        query Small { users(first: 2) { name } }
        query Large { users(first: 30) { name } }
        """,
        Rule,
        ("The operation's cost of 31 exceeds the maximum cost of 20 (MaxQueryCost).", 2, 1));

    [Fact]
    public void MaxCost_ZeroLimit_TurnsTheRuleOff() => ExpectErrorsWith(
        CostSchema,
        new GraphQLOptions { MaxQueryCost = 0 },
        "{ users(first: 1000000) { friends(first: 1000000) { name } } }",
        Rule);

    [Fact]
    public void MaxCost_FragmentCycles_DoNotLoop() =>
        // users 1 + 1 × A, where A = friends 1 + 10 × (the cyclic spread, not followed again)
        Assert.Equal("2", CostOf("""
            { users(first: 1) { ...A } }
            fragment A on User { friends(first: 10) { ...A } }
            """));
}
