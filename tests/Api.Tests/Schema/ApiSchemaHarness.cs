using System.Text.Json;
using MentorGraph.Analytics.DefaultModel;
using MentorGraph.Api.Schema;
using MentorGraph.Api.Schema.Classification;
using MentorGraph.GraphQL.Execution;
using MentorGraph.GraphQL.Execution.Values;

namespace MentorGraph.Api.Tests.Schema;

/// <summary>The served schema with a small test classifier and a stopped clock, and a way to run queries on it.</summary>
public sealed class ApiSchemaHarness
{
    public static readonly DateTimeOffset Now = new(2025, 3, 14, 9, 26, 53, 589, TimeSpan.Zero);

    public ApiSchemaHarness()
    {
        var time = new StoppedClock(Now);
        Classifier = new ClassifierSource(() => (TestClassifier.Get(), DefaultModelSource.TrainedInMemory), time);
        Executor = new GraphQLExecutor(
            ApiSchema.Build(Classifier, time),
            executionOptions: new ExecutionOptions { UnexpectedErrorLogger = (exception, _) => _unexpected.Add(exception) });
    }

    private readonly List<Exception> _unexpected = [];

    public ClassifierSource Classifier { get; }

    public GraphQLExecutor Executor { get; }

    /// <summary>Runs a query and returns the response as JSON, as a client would see it; throws what a resolver threw unexpectedly.</summary>
    public async Task<JsonElement> RunAsync(string query, string? variablesJson = null)
    {
        IReadOnlyDictionary<string, object?>? variables = null;
        if (variablesJson is not null)
        {
            using var document = JsonDocument.Parse(variablesJson);
            variables = JsonValues.ToMap(document.RootElement);
        }

        var result = await Executor.ExecuteAsync(new ExecutionRequest { Query = query, Variables = variables });
        if (_unexpected.Count > 0)
        {
            throw new AggregateException("A resolver threw.", _unexpected);
        }

        return JsonDocument.Parse(ResponseJsonWriter.ToJson(result)).RootElement;
    }

    private sealed class StoppedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
