using MentorGraph.GraphQL.Execution;
using MentorGraph.GraphQL.Execution.Values;
using MentorGraph.GraphQL.Language;
using MentorGraph.GraphQL.Language.Ast;
using MentorGraph.GraphQL.Types;
using MentorGraph.GraphQL.Validation;
using static MentorGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace MentorGraph.GraphQL.Tests.Validation.Rules.Custom;

/// <summary>
/// MaxCost with a request's variables: the executor prices an operation with the values the request sends, as the
/// same literals would be priced; the document alone (the <c>validate</c> command) keeps its worst case.
/// </summary>
public class MaxCostVariablesTests
{
    private const string Sdl = """
        directive @cost(weight: String!) on ARGUMENT_DEFINITION | ENUM | FIELD_DEFINITION | INPUT_FIELD_DEFINITION | OBJECT | SCALAR
        directive @listSize(assumedSize: Int, slicingArguments: [String!], slicingArgumentDefaultValue: Int, sizedFields: [String!], requireOneSlicingArgument: Boolean! = true) on FIELD_DEFINITION

        input Filter { approx: Boolean @cost(weight: "-12") text: String @cost(weight: "2.5") and: [Filter!] }
        type Query {
          top(filter: Filter @cost(weight: "15")): [String] @cost(weight: "5") @listSize(assumedSize: 10)
          users(max: Int): [User] @listSize(slicingArguments: ["max"])
          page(first: Int, last: Int): UserPage @listSize(assumedSize: 50, slicingArguments: ["first", "last"], slicingArgumentDefaultValue: 10, sizedFields: ["edges"], requireOneSlicingArgument: false)
          strict(first: Int, last: Int): [User] @listSize(slicingArguments: ["first", "last"])
          plain(first: Int): [User]
          name: String
        }
        type User { name: String friends(first: Int): [User] }
        type UserPage { edges: [UserEdge] count: Int }
        type UserEdge { node: User }
        """;

    private static readonly Schema CostSchema = BuildSchema(Sdl);

    /// <summary>The cost validation reports for the document alone (with a limit of 1, so every cost is reported).</summary>
    private static long DocumentCost(string query)
    {
        var message = DocumentValidator.Validate(CostSchema, Parser.Parse(query), new GraphQLOptions { MaxQueryCost = 1 })
            .Single(e => e.Message.StartsWith("The operation's cost", StringComparison.Ordinal)).Message;
        const string prefix = "The operation's cost of ";
        return long.Parse(message[prefix.Length..message.IndexOf(" exceeds", StringComparison.Ordinal)], System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The cost the executor prices a request at: the operation's plan evaluated with the coerced variables.</summary>
    private static long RequestCost(string query, IReadOnlyDictionary<string, object?>? variables = null)
    {
        var document = Parser.Parse(query);
        var (errors, checks) = DocumentValidator.ValidateForRequests(CostSchema, document, new GraphQLOptions { MaxQueryCost = 1 });
        var operation = (OperationDefinitionNode)document.Definitions[0];
        if (checks is null)
        {
            // No variable affects the cost: validation priced it in full.
            return DocumentCost(query);
        }

        Assert.Empty(errors);
        var coerced = VariableValues.Coerce(CostSchema, operation, variables);
        Assert.True(coerced.IsValid);
        return checks.CostOf(operation, coerced.Values)!.Value;
    }

    private static Task<ExecutionResult> Execute(GraphQLExecutor executor, string query, IReadOnlyDictionary<string, object?>? variables = null) =>
        executor.ExecuteAsync(new ExecutionRequest { Query = query, Variables = variables });

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(20)]
    [InlineData(50)]
    public void ASizeGivenByAVariable_CostsWhatTheSameLiteralCosts(int size)
    {
        var n = new Dictionary<string, object?> { ["n"] = size };

        Assert.Equal(DocumentCost($"{{ page(first: {size}) {{ edges {{ node {{ name }} }} count }} }}"), RequestCost("query($n: Int) { page(first: $n) { edges { node { name } } count } }", n));
        Assert.Equal(DocumentCost($"{{ users(max: {size}) {{ name friends(first: 3) {{ name }} }} }}"), RequestCost("query($n: Int) { users(max: $n) { name friends(first: 3) { name } } }", n));
        Assert.Equal(DocumentCost($"{{ plain(first: {size}) {{ friends(first: {size}) {{ name }} }} }}"), RequestCost("query($n: Int!) { plain(first: $n) { friends(first: $n) { name } } }", n));
    }

    [Fact]
    public void AnInputObjectGivenByAVariable_CostsWhatTheSameLiteralCosts()
    {
        const string literal = "{ top(filter: { text: \"a\", and: [{ text: \"b\" }, { approx: true }] }) }";
        var filter = new Dictionary<string, object?>
        {
            ["text"] = "a",
            ["and"] = new List<object?> { new Dictionary<string, object?> { ["text"] = "b" }, new Dictionary<string, object?> { ["approx"] = true } },
        };

        Assert.Equal(DocumentCost(literal), RequestCost("query($f: Filter) { top(filter: $f) }", new Dictionary<string, object?> { ["f"] = filter }));
        Assert.Equal(DocumentCost("{ top(filter: { text: $t }) }".Replace("$t", "\"x\"", StringComparison.Ordinal)), RequestCost("query($t: String) { top(filter: { text: $t }) }"));
        // Weights below zero never make a field cost less than nothing.
        Assert.Equal(DocumentCost("{ top(filter: { approx: true }) }"), RequestCost("query($f: Filter) { top(filter: $f) }", new Dictionary<string, object?> { ["f"] = new Dictionary<string, object?> { ["approx"] = true } }));
    }

    [Fact]
    public void AVariableWithoutAValue_CountsAsItsDefault_ElseAssumedSize()
    {
        // page 1 + edges (1 + size × (node 1 + name 1))
        Assert.Equal(1 + 1 + (5 * 2), RequestCost("query($n: Int = 5) { page(first: $n) { edges { node { name } } } }"));
        Assert.Equal(1 + 1 + (5 * 2), RequestCost("query($n: Int = 5) { page(first: $n) { edges { node { name } } } }", new Dictionary<string, object?> { ["n"] = null }));
        Assert.Equal(1 + 1 + (50 * 2), RequestCost("query($n: Int) { page(first: $n) { edges { node { name } } } }"));
        // Without @listSize: the default list size (10).
        Assert.Equal(1 + (10 * 1), RequestCost("query($n: Int) { plain(first: $n) { name } }"));
    }

    [Fact]
    public void TheDocumentAlone_KeepsItsWorstCase()
    {
        // The validate command knows no request: a size variable counts as assumedSize, the bound the server enforces.
        Assert.Equal(1 + 1 + (50 * 2), DocumentCost("query($n: Int = 5) { page(first: $n) { edges { node { name } } } }"));
        // ... and an input object given by a variable as its argument's weight only.
        Assert.Equal(5 + 15, DocumentCost("query($f: Filter) { top(filter: $f) }"));
    }

    [Fact]
    public async Task OverTheLimitWithTheRequestsValues_IsRefusedAsValidationRefusesTheSameLiterals()
    {
        var executor = new GraphQLExecutor(CostSchema, new GraphQLOptions { MaxQueryCost = 100 });
        const string query = """
            query Page($n: Int) {
              page(first: $n) { edges { node { name } } }
            }
            """;

        var small = await Execute(executor, query, new Dictionary<string, object?> { ["n"] = 20 });
        var large = await Execute(executor, query, new Dictionary<string, object?> { ["n"] = 50 });
        var literal = await Execute(executor, "query Page {\n  page(first: 50) { edges { node { name } } }\n}");

        Assert.Empty(small.Errors);
        Assert.True(small.HasData);
        foreach (var refused in new[] { large, literal })
        {
            Assert.Equal(RequestErrorKind.Validation, refused.RequestError);
            Assert.False(refused.HasData);
            var error = Assert.Single(refused.Errors);
            Assert.Equal("The operation's cost of 102 exceeds the maximum cost of 100 (MaxQueryCost).", error.Message);
            Assert.Equal(ErrorCodes.ValidationFailed, error.Code);
            Assert.Equal("MaxQueryCost", error.Extensions!["limit"]);
            Assert.Equal([new ErrorLocation(1, 1)], error.Locations);
        }
    }

    [Fact]
    public async Task RequireOneSlicingArgument_CountsTheVariablesTheRequestGivesAValue()
    {
        var executor = new GraphQLExecutor(CostSchema);
        const string query = "query($f: Int, $l: Int) { strict(first: $f, last: $l) { name } }";

        var one = await Execute(executor, query, new Dictionary<string, object?> { ["f"] = 2, ["l"] = null });
        var both = await Execute(executor, query, new Dictionary<string, object?> { ["f"] = 2, ["l"] = 3 });
        var none = await Execute(executor, query);

        Assert.Empty(one.Errors);
        Assert.Equal("Field \"strict\" must be given exactly one of its slicing arguments (\"first\", \"last\"); it has 2.", Assert.Single(both.Errors).Message);
        Assert.Equal(RequestErrorKind.Validation, both.RequestError);
        Assert.Equal("Field \"strict\" must be given exactly one of its slicing arguments (\"first\", \"last\"); it has 0.", Assert.Single(none.Errors).Message);
        Assert.Equal([new ErrorLocation(1, 27)], Assert.Single(none.Errors).Locations);
        // A literal null is no value either; the document alone counts each variable as given.
        Assert.Empty(DocumentValidator.Validate(CostSchema, Parser.Parse("{ strict(first: null, last: 2) { name } }")));
        Assert.Contains(DocumentValidator.Validate(CostSchema, Parser.Parse(query)), e => e.Message.EndsWith("it has 2.", StringComparison.Ordinal));
    }

    [Fact]
    public void AnOperationNoVariableAffects_LeavesNothingToTheRequests()
    {
        var (errors, checks) = DocumentValidator.ValidateForRequests(
            CostSchema, Parser.Parse("query($t: String) { users(max: 3) { name } top(filter: { text: $t }) name }"));

        Assert.Empty(errors);
        Assert.Null(checks);
    }

    [Fact]
    public async Task ACacheHit_IsNotValidatedAgain_AndPricingItsVariablesAllocatesNothing()
    {
        var executor = new GraphQLExecutor(CostSchema, new GraphQLOptions { MaxQueryCost = 100 });
        const string query = "query($n: Int, $m: Int) { page(first: $n) { edges { node { name friends(first: $m) { name } } } } }";

        Assert.Empty((await Execute(executor, query, new Dictionary<string, object?> { ["n"] = 2, ["m"] = 3 })).Errors);
        Assert.NotEmpty((await Execute(executor, query, new Dictionary<string, object?> { ["n"] = 50, ["m"] = 3 })).Errors);
        Assert.True(executor.Cache.TryGet(DocumentCache.KeyOf(query), out var cached));
        Assert.Equal(1, executor.Cache.Count);
        var checks = Assert.IsType<MentorGraph.GraphQL.Validation.Cost.RequestCostChecks>(cached.CostChecks);
        var operation = (OperationDefinitionNode)cached.Document.Definitions[0];
        var variables = VariableValues.Coerce(CostSchema, operation, new Dictionary<string, object?> { ["n"] = 2, ["m"] = 3 }).Values;

        Assert.Null(checks.Check(operation, variables));
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 100; i++)
        {
            checks.Check(operation, variables);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }
}
