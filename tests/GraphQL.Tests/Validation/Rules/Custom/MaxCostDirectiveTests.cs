using MentorGraph.GraphQL.Types;
using MentorGraph.GraphQL.Validation;
using MentorGraph.GraphQL.Validation.Rules.Custom;
using static MentorGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace MentorGraph.GraphQL.Tests.Validation.Rules.Custom;

/// <summary>MaxCost reading the IBM cost directives of hand-written SDL.</summary>
public class MaxCostDirectiveTests
{
    private const string Directives = """
        directive @cost(weight: String!) on ARGUMENT_DEFINITION | ENUM | FIELD_DEFINITION | INPUT_FIELD_DEFINITION | OBJECT | SCALAR
        directive @listSize(assumedSize: Int, slicingArguments: [String!], slicingArgumentDefaultValue: Int, sizedFields: [String!], requireOneSlicingArgument: Boolean! = true) on FIELD_DEFINITION
        """;

    private const string Sdl = Directives + """

        input Filter { approx: Boolean @cost(weight: "-12") text: String @cost(weight: "2.5") }
        type Report @cost(weight: "7") { title: String }
        type Query {
          age: Int @cost(weight: "2.0")
          report: Report
          top(filter: Filter @cost(weight: "15")): [String] @cost(weight: "5") @listSize(assumedSize: 10)
          users(max: Int): [User] @listSize(slicingArguments: ["max"])
          page(first: Int, last: Int): UserPage @listSize(assumedSize: 50, slicingArguments: ["first", "last"], slicingArgumentDefaultValue: 10, sizedFields: ["edges"], requireOneSlicingArgument: false)
          strict(first: Int, last: Int): [User] @listSize(slicingArguments: ["first", "last"])
          plain(first: Int): [User]
        }
        type User { name: String }
        type UserPage { edges: [UserEdge] count: Int }
        type UserEdge { node: User }
        """;

    private static readonly Func<ValidationRule> Rule = () => new MaxCost();

    private static readonly Schema CostSchema = BuildSchema(Sdl, builder => builder.SetCost("Query.plain", 3));

    private static IReadOnlyList<GraphQLError> Errors(string query) =>
        Validate(query, [Rule], CostSchema, new GraphQLOptions { MaxQueryCost = 1 });

    private static string CostOf(string query)
    {
        var message = Errors(query).Single(e => e.Message.StartsWith("The operation's cost", StringComparison.Ordinal)).Message;
        const string prefix = "The operation's cost of ";
        return message[prefix.Length..message.IndexOf(" exceeds", StringComparison.Ordinal)];
    }

    [Fact]
    public void CostOnAField_IsItsWeight() => Assert.Equal("4", CostOf("{ age a: age }"));

    [Fact]
    public void CostOnAnObjectType_IsTheWeightOfTheFieldsReturningIt() =>
        // report 7 + title 1
        Assert.Equal("8", CostOf("{ report { title } }"));

    [Fact]
    public void ArgumentAndInputFieldWeights_AddToTheFieldsCost_NeverBelowZero()
    {
        // top 5 × (no selection) — a list of scalars: its own cost only.
        Assert.Equal("5", CostOf("{ top }"));
        Assert.Equal("20", CostOf("{ top(filter: {}) }"));
        Assert.Equal("23", CostOf("{ top(filter: { text: \"a\" }) }"));
        Assert.Equal("8", CostOf("{ top(filter: { approx: true }) }"));
    }

    [Fact]
    public void AFilterGivenAsAVariable_CostsItsArgumentWeightOnly() =>
        Assert.Equal("20", CostOf("query($f: Filter) { top(filter: $f) }"));

    [Fact]
    public void SlicingArgument_SizesTheList() =>
        // users 1 + 7 × name 1
        Assert.Equal("8", CostOf("{ users(max: 7) { name } }"));

    [Fact]
    public void SizedFields_MultiplyTheSizedFieldsSelections_NotTheConnectionsOthers()
    {
        // page 1 + edges (1 + 20 × (node 1 + name 1)) + count 1
        Assert.Equal("43", CostOf("{ page(first: 20) { edges { node { name } } count } }"));
        // no slicing argument: slicingArgumentDefaultValue 10
        Assert.Equal("23", CostOf("{ page { edges { node { name } } count } }"));
        // a variable: assumedSize, the bound the server enforces
        Assert.Equal("103", CostOf("query($n: Int) { page(first: $n) { edges { node { name } } count } }"));
        // through a fragment on the connection type
        Assert.Equal("43", CostOf("{ page(last: 20) { ...P } } fragment P on UserPage { edges { node { name } } count }"));
    }

    [Fact]
    public void RequireOneSlicingArgument_RefusesNoneOrBoth()
    {
        Assert.Contains(Errors("{ strict { name } }"), e => e.Message.Contains("exactly one of its slicing arguments", StringComparison.Ordinal));
        Assert.Contains(Errors("{ strict(first: 1, last: 1) { name } }"), e => e.Message.Contains("it has 2", StringComparison.Ordinal));
        Assert.DoesNotContain(Errors("{ strict(first: 1) { name } }"), e => e.Message.Contains("slicing", StringComparison.Ordinal));
    }

    [Fact]
    public void SetCostAndListSizeArguments_StillWork_WithoutDirectives() =>
        // plain 3 + 4 × name 1
        Assert.Equal("7", CostOf("{ plain(first: 4) { name } }"));

    [Fact]
    public void SetCostOnAFieldWithCost_IsABuildError()
    {
        var exception = Assert.Throws<SchemaBuildException>(() => BuildSchema(Sdl, builder => builder.SetCost("Query.age", 3)));

        Assert.Contains("has a cost from SetCost and from @cost", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("type Query { a(first: Int): [Int] @listSize(slicingArguments: [\"size\"]) }", "the slicing argument \"size\"")]
    [InlineData("type Query { a: P @listSize(sizedFields: [\"items\"]) } type P { total: Int }", "the sized field \"items\"")]
    [InlineData("type Query { a: Int @cost(weight: \"lots\") }", "which is not a number")]
    public void MisusedDirectives_AreBuildErrors(string sdl, string expected)
    {
        var exception = Assert.Throws<SchemaBuildException>(() => BuildSchema(Directives + "\n" + sdl));

        Assert.Contains(expected, exception.Message, StringComparison.Ordinal);
    }
}
