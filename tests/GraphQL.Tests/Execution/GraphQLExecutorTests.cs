using MentorGraph.GraphQL.Execution;
using MentorGraph.GraphQL.Language.Ast;
using MentorGraph.GraphQL.Types;
using MentorGraph.GraphQL.Validation;
using static MentorGraph.GraphQL.Tests.Execution.ExecutionTestSupport;
using static MentorGraph.GraphQL.Tests.Execution.TestSchemas;

namespace MentorGraph.GraphQL.Tests.Execution;

public class GraphQLExecutorTests
{
    private static readonly InputObjectType EventInput = new("EventInput")
    {
        Fields = [Input("title", NonNull(TestScalars.String)), Input("when", TestScalars.DateTime)],
    };

    private static readonly Schema Schema = Create(
        Object("Query",
            Field("hello", TestScalars.String, context => "Hello " + (context.Arguments.GetValueOrDefault("name") ?? "world"), Input("name", TestScalars.String)),
            Field("n", TestScalars.Int, _ => 1)),
        Object("Mutation", Field("schedule", TestScalars.String, context => "ok", Input("input", NonNull(EventInput)))));

    private sealed class CountingValidation
    {
        public int Calls;

        public IReadOnlyList<GraphQLError> Validate(Schema schema, DocumentNode document)
        {
            Interlocked.Increment(ref Calls);
            return DocumentValidator.Validate(schema, document, null, null, Introspection.GetFieldDefinition);
        }
    }

    private static (GraphQLExecutor Executor, CountingValidation Validation) CreateExecutor(int cacheSize = 10)
    {
        var validation = new CountingValidation();
        return (new GraphQLExecutor(Schema, new GraphQLOptions { DocumentCacheSize = cacheSize }, null, validation.Validate), validation);
    }

    private static Task<ExecutionResult> Execute(GraphQLExecutor executor, string query, IReadOnlyDictionary<string, object?>? variables = null, string? operationName = null, IReadOnlySet<OperationType>? allowed = null) =>
        executor.ExecuteAsync(new ExecutionRequest { Query = query, Variables = variables, OperationName = operationName, AllowedOperations = allowed });

    [Fact]
    public async Task Execute_ValidQuery_ReturnsData()
    {
        var result = await Execute(new GraphQLExecutor(Schema), """{ hello(name: "you") n __typename }""");

        Assert.Null(result.RequestError);
        Assert.True(result.HasData);
        Assert.Equal("""{"data":{"hello":"Hello you","n":1,"__typename":"Query"}}""", Json(result));
    }

    [Fact]
    public async Task Execute_SyntaxError_IsParseRequestError()
    {
        var result = await Execute(new GraphQLExecutor(Schema), "{ hello ");

        Assert.Equal(RequestErrorKind.Parse, result.RequestError);
        Assert.False(result.HasData);
        var error = Assert.Single(result.Errors);
        Assert.Equal(ErrorCodes.ParseFailed, error.Code);
        Assert.StartsWith("Syntax Error:", error.Message, StringComparison.Ordinal);
        Assert.NotNull(error.Locations);
    }

    [Fact]
    public async Task Execute_OverParserLimit_IsParseRequestError()
    {
        var executor = new GraphQLExecutor(Schema, new GraphQLOptions { MaxDocumentLength = 10 });

        var result = await Execute(executor, "{ hello n n n n }");

        Assert.Equal(RequestErrorKind.Parse, result.RequestError);
    }

    [Theory]
    [InlineData("MaxDocumentLength", "{ hello n n n n }")]
    [InlineData("MaxTokens", "{ n n n n n n n n n n n n }")]
    [InlineData("MaxParserDepth", "{ a { b { c { d } } } }")]
    public async Task Execute_OverParserLimit_IsLimitExceededNamingTheOption(string limit, string query)
    {
        var options = limit switch
        {
            "MaxDocumentLength" => new GraphQLOptions { MaxDocumentLength = 10 },
            "MaxTokens" => new GraphQLOptions { MaxTokens = 10 },
            _ => new GraphQLOptions { MaxParserDepth = 3 },
        };

        var result = await Execute(new GraphQLExecutor(Schema, options), query);

        Assert.Equal(RequestErrorKind.Parse, result.RequestError);
        var error = Assert.Single(result.Errors);
        Assert.Equal(ErrorCodes.LimitExceeded, error.Code);
        Assert.Equal(limit, error.Extensions!["limit"]);
        Assert.Contains($"({limit})", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Syntax Error", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Execute_LoneSurrogateInVariableValue_IsBadUserInputPrintingItAsEscape()
    {
        // Over HTTP the request reader refuses such strings; a host calling the executor directly may pass one.
        var result = await Execute(
            new GraphQLExecutor(Schema),
            "mutation ($w: DateTime) { schedule(input: {title: \"x\", when: $w}) }",
            new Dictionary<string, object?> { ["w"] = "\uD800" });

        Assert.Equal(RequestErrorKind.VariableCoercion, result.RequestError);
        var error = Assert.Single(result.Errors);
        Assert.Equal(ErrorCodes.BadUserInput, error.Code);
        Assert.Contains("got invalid value \"\\uD800\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Execute_LoneSurrogateResolvedIntoData_IsWrittenAsReplacementCharacter()
    {
        var result = await Execute(
            new GraphQLExecutor(Schema),
            "query ($name: String) { hello(name: $name) }",
            new Dictionary<string, object?> { ["name"] = "\uD800" });

        Assert.Equal("""{"data":{"hello":"Hello \uFFFD"}}""", Json(result));
    }

    [Fact]
    public async Task Execute_InvalidDocument_IsValidationRequestError()
    {
        var result = await Execute(new GraphQLExecutor(Schema), "{ hello nope }");

        Assert.Equal(RequestErrorKind.Validation, result.RequestError);
        Assert.False(result.HasData);
        Assert.All(result.Errors, e => Assert.Equal(ErrorCodes.ValidationFailed, e.Code));
    }

    [Theory]
    [InlineData("query A { n } query B { n }", null, "Must provide operation name if query contains multiple operations.")]
    [InlineData("query A { n }", "B", "Unknown operation named \"B\".")]
    public async Task Execute_OperationCannotBeChosen_IsOperationResolutionError(string query, string? operationName, string message)
    {
        var result = await Execute(new GraphQLExecutor(Schema), query, operationName: operationName);

        Assert.Equal(RequestErrorKind.OperationResolution, result.RequestError);
        var error = Assert.Single(result.Errors);
        Assert.Equal(message, error.Message);
        Assert.Equal(ErrorCodes.OperationResolutionFailure, error.Code);
    }

    [Fact]
    public async Task Execute_NamedOperation_RunsThatOne()
    {
        var result = await Execute(new GraphQLExecutor(Schema), "query A { n } query B { hello }", operationName: "B");

        Assert.Equal("""{"data":{"hello":"Hello world"}}""", Json(result));
    }

    [Fact]
    public async Task Execute_MutationWhenOnlyQueriesAllowed_IsOperationNotAllowed()
    {
        var result = await Execute(
            new GraphQLExecutor(Schema),
            """mutation { schedule(input: { title: "x" }) }""",
            allowed: new HashSet<OperationType> { OperationType.Query });

        Assert.Equal(RequestErrorKind.OperationNotAllowed, result.RequestError);
        Assert.Equal("Can only perform a mutation operation from a POST request.", Assert.Single(result.Errors).Message);
        Assert.False(result.HasData);
    }

    [Fact]
    public async Task Execute_QueryWhenOnlyQueriesAllowed_Runs()
    {
        var result = await Execute(new GraphQLExecutor(Schema), "{ n }", allowed: new HashSet<OperationType> { OperationType.Query });

        Assert.Null(result.RequestError);
    }

    [Fact]
    public async Task Execute_BadVariable_IsVariableCoercionErrorWithDefinitionLocation()
    {
        var query = "mutation Schedule($input: EventInput!) {\n  schedule(input: $input)\n}";
        var variables = new Dictionary<string, object?> { ["input"] = new Dictionary<string, object?> { ["title"] = "Demo", ["when"] = 3L } };

        var result = await Execute(new GraphQLExecutor(Schema), query, variables);

        Assert.Equal(RequestErrorKind.VariableCoercion, result.RequestError);
        Assert.False(result.HasData);
        var error = Assert.Single(result.Errors);
        Assert.Equal(
            "Variable \"$input\" got invalid value 3 at \"input.when\"; Expected type \"DateTime\". DateTime cannot represent a non string value: 3",
            error.Message);
        Assert.Equal(ErrorCodes.BadUserInput, error.Code);
        Assert.Equal(new ErrorLocation(1, 19), Assert.Single(error.Locations!));
    }

    [Fact]
    public async Task Execute_Subscription_IsRefusedClearly()
    {
        var result = await Execute(new GraphQLExecutor(Schema, validate: (_, _) => []), "subscription { n }");

        Assert.NotNull(result.RequestError);
        Assert.Contains("Subscription operations are not supported", Assert.Single(result.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cache_SameQueryText_IsParsedAndValidatedOnce()
    {
        var (executor, validation) = CreateExecutor();

        await Execute(executor, "{ n }");
        await Execute(executor, "{ n }");
        var result = await Execute(executor, "{ n }");

        Assert.Equal("""{"data":{"n":1}}""", Json(result));
        Assert.Equal(1, validation.Calls);
        Assert.Equal(1, executor.Cache.Count);
    }

    [Fact]
    public async Task Cache_InvalidDocument_IsCachedWithItsErrors()
    {
        var (executor, validation) = CreateExecutor();

        var first = await Execute(executor, "{ nope }");
        var second = await Execute(executor, "{ nope }");

        Assert.Equal(RequestErrorKind.Validation, second.RequestError);
        Assert.Equal(first.Errors, second.Errors);
        Assert.Equal(1, validation.Calls);
    }

    [Fact]
    public async Task Cache_OverCapacity_EvictsLeastRecentlyUsed()
    {
        var (executor, validation) = CreateExecutor(cacheSize: 2);

        await Execute(executor, "{ n }");          // miss: [n]
        await Execute(executor, "{ hello }");      // miss: [hello, n]
        await Execute(executor, "{ n }");          // hit:  [n, hello]
        await Execute(executor, "{ n hello }");    // miss, evicts hello: [n hello, n]
        Assert.Equal(3, validation.Calls);

        await Execute(executor, "{ n }");          // hit
        Assert.Equal(3, validation.Calls);

        await Execute(executor, "{ hello }");      // evicted earlier: miss
        Assert.Equal(4, validation.Calls);
        Assert.Equal(2, executor.Cache.Count);
    }

    [Fact]
    public async Task Cache_SizeZero_CachesNothing()
    {
        var (executor, validation) = CreateExecutor(cacheSize: 0);

        await Execute(executor, "{ n }");
        await Execute(executor, "{ n }");

        Assert.Equal(2, validation.Calls);
        Assert.Equal(0, executor.Cache.Count);
    }

    [Fact]
    public async Task Cache_ConcurrentRequests_AllSucceed()
    {
        var (executor, _) = CreateExecutor(cacheSize: 3);
        var queries = Enumerable.Range(0, 200).Select(i => $"{{ a{i % 5}: n }}").ToList();

        var results = await Task.WhenAll(queries.Select(q => Task.Run(() => Execute(executor, q))));

        Assert.All(results, r => Assert.Null(r.RequestError));
        Assert.Equal("""{"data":{"a3":1}}""", Json(results[3]));
        Assert.True(executor.Cache.Count <= 3);
    }

    [Fact]
    public void CacheKey_IsTheSha256OfTheText()
    {
        Assert.Equal(64, DocumentCache.KeyOf("{ n }").Length);
        Assert.NotEqual(DocumentCache.KeyOf("{ n }"), DocumentCache.KeyOf("{ n  }"));
    }
}
