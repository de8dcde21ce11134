using System.Collections.Concurrent;
using System.Diagnostics;
using MentorGraph.GraphQL.Execution;
using MentorGraph.GraphQL.Types;

namespace MentorGraph.GraphQL.Tests.Execution;

/// <summary>One span per request, named after its operation, when something listens to the engine's source.</summary>
public sealed class GraphQLTelemetryTests : IDisposable
{
    private static readonly Schema Schema = new SchemaBuilder()
        .AddTypeDefinitions("type Query { hello: String } type Mutation { touch: Int }")
        .Resolve("Query.hello", _ => "world")
        .Resolve("Mutation.touch", _ => 1)
        .Build();

    /// <summary>Each test runs under a parent span of its own, so spans of other tests running at the same time are told apart.</summary>
    private static readonly ActivitySource TestSource = new("MentorGraph.GraphQL.Tests");

    private readonly ConcurrentQueue<Activity> _stopped = new();
    private readonly ActivityListener _listener;

    public GraphQLTelemetryTests()
    {
        // The test source must exist before the listener is added, or the listener never hears of it.
        ArgumentNullException.ThrowIfNull(TestSource);
        _listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == GraphQLTelemetry.SourceName || source == TestSource,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = _stopped.Enqueue,
        };
        ActivitySource.AddActivityListener(_listener);
    }

    public void Dispose() => _listener.Dispose();

    /// <summary>Runs the request under a parent span and returns the engine's one span beneath it.</summary>
    private async Task<Activity> RunAsync(ExecutionRequest request)
    {
        string parentId;
        using (var parent = TestSource.StartActivity("test")!)
        {
            parentId = parent.Id!;
            await new GraphQLExecutor(Schema).ExecuteAsync(request);
        }

        return Assert.Single(_stopped, span => span.Source.Name == GraphQLTelemetry.SourceName && span.ParentId == parentId);
    }

    [Theory]
    [InlineData("query Greeting { hello }", null, "query Greeting", "query", "Greeting")]
    [InlineData("{ hello }", null, "query", "query", null)]
    [InlineData("query A { hello } mutation B { touch }", "B", "mutation B", "mutation", "B")]
    public async Task Execute_WithAListener_OneSpanNamedAfterTheOperation(string query, string? operationName, string spanName, string type, string? name)
    {
        var span = await RunAsync(new ExecutionRequest { Query = query, OperationName = operationName });

        Assert.Equal(spanName, span.DisplayName);
        Assert.Equal(type, span.GetTagItem("graphql.operation.type"));
        Assert.Equal(name, span.GetTagItem("graphql.operation.name"));
    }

    [Fact]
    public async Task Execute_RequestError_SpanCountsTheErrors()
    {
        var span = await RunAsync(new ExecutionRequest { Query = "{ nope }" });

        Assert.Equal(1, span.GetTagItem("graphql.errors"));
    }
}
