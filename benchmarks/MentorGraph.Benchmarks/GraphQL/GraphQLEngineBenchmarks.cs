using BenchmarkDotNet.Attributes;
using MentorGraph.GraphQL;
using MentorGraph.GraphQL.Execution;
using MentorGraph.GraphQL.Language;
using MentorGraph.GraphQL.Language.Ast;
using MentorGraph.GraphQL.Types;
using MentorGraph.GraphQL.Validation;

namespace MentorGraph.Benchmarks.GraphQL;

/// <summary>
/// One typical nested query (<see cref="BenchmarkSchema.Query"/>) through the engine: the pipeline
/// without the document cache (parse + validate + execute every time), with a cache hit (execute only),
/// and the parse and validate steps alone. Response JSON writing (HTTP) is not included.
/// </summary>
[MemoryDiagnoser]
public class GraphQLEngineBenchmarks
{
    private Schema _schema = null!;
    private GraphQLExecutor _uncached = null!;
    private GraphQLExecutor _cached = null!;
    private DocumentNode _document = null!;
    private ExecutionRequest _request = null!;

    [GlobalSetup]
    public void Setup()
    {
        _schema = BenchmarkSchema.Build();
        _uncached = new GraphQLExecutor(_schema, new GraphQLOptions { DocumentCacheSize = 0 });
        _cached = new GraphQLExecutor(_schema, new GraphQLOptions());
        _document = Parser.Parse(BenchmarkSchema.Query);
        _request = new ExecutionRequest { Query = BenchmarkSchema.Query, Variables = BenchmarkSchema.Variables };

        var result = _cached.ExecuteAsync(_request).GetAwaiter().GetResult();
        var pairings = ((IReadOnlyDictionary<string, object?>)result.Data!["program"]!)["pairings"] as System.Collections.ICollection;
        if (result.Errors.Count > 0 || pairings?.Count != BenchmarkSchema.PairingCount)
        {
            throw new InvalidOperationException(
                $"The benchmark query does not run as intended: {string.Join("; ", result.Errors.Select(e => e.Message))}");
        }
    }

    [Benchmark(Description = "parse")]
    public DocumentNode Parse() => Parser.Parse(BenchmarkSchema.Query);

    [Benchmark(Description = "validate")]
    public IReadOnlyList<GraphQLError> Validate() =>
        DocumentValidator.Validate(_schema, _document, null, null, Introspection.GetFieldDefinition);

    [Benchmark(Description = "parse+validate+execute, uncached")]
    public Task<ExecutionResult> Uncached() => _uncached.ExecuteAsync(_request);

    [Benchmark(Baseline = true, Description = "execute, document cache hit")]
    public Task<ExecutionResult> Cached() => _cached.ExecuteAsync(_request);
}
