using System.IO.Pipelines;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using GraphQLParser.AST;
using MentorGraph.Benchmarks.GraphQL.Peer;
using MentorGraph.GraphQL;
using MentorGraph.GraphQL.Execution;
using GraphQLDotNet = global::GraphQL;

namespace MentorGraph.Benchmarks.GraphQL;

/// <summary>
/// Our engine beside the peer, graphql-dotnet, on the same schema and data (<see cref="BenchmarkSchema"/>,
/// <see cref="PeerSchema"/>): the nested query without and with a document-cache hit, the full introspection
/// query, a small query, and writing the nested response as JSON. Each category's baseline is the peer, so
/// the ratio columns read "ours ÷ graphql-dotnet". Before anything is timed, <see cref="Setup"/> checks that
/// both engines answer every case with the same JSON bytes, and fails the run otherwise (introspection: the
/// benchmark schema's types byte for byte; the engines' own introspection types, built-in descriptions and
/// list order are normalised by <see cref="IntrospectionNormalizer"/>).
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class PeerComparisonBenchmarks
{
    private GraphQLExecutor _uncached = null!;
    private GraphQLExecutor _cached = null!;
    private ExecutionRequest _nested = null!;
    private ExecutionRequest _introspection = null!;
    private ExecutionRequest _small = null!;
    private ExecutionResult _nestedResult = null!;
    private readonly Dictionary<Stream, PipeWriter> _pipes = new(ReferenceEqualityComparer.Instance);

    private PeerRequests _peer = null!;
    private GraphQLDotNet.Inputs _peerVariables = null!;
    private GraphQLDocument _peerNestedDocument = null!;
    private GraphQLDotNet.ExecutionResult _peerNestedResult = null!;

    [GlobalSetup]
    public void Setup()
    {
        var schema = BenchmarkSchema.Build();
        _uncached = new GraphQLExecutor(schema, new GraphQLOptions { DocumentCacheSize = 0 });
        _cached = new GraphQLExecutor(schema, new GraphQLOptions());
        _nested = new ExecutionRequest { Query = BenchmarkSchema.Query, Variables = BenchmarkSchema.Variables };
        _introspection = new ExecutionRequest { Query = BenchmarkSchema.IntrospectionQuery };
        _small = new ExecutionRequest { Query = BenchmarkSchema.SmallQuery };

        _peer = new PeerRequests();
        _peerVariables = PeerRequests.Variables(BenchmarkSchema.Variables);
        _peerNestedDocument = PeerRequests.Parse(BenchmarkSchema.Query);

        _nestedResult = _cached.ExecuteAsync(_nested).GetAwaiter().GetResult();
        _peerNestedResult = _peer.ExecuteAsync(BenchmarkSchema.Query, _peerVariables).GetAwaiter().GetResult();
        SameResponse.Check("nested query", ResponseJsonWriter.ToJson(_nestedResult), _peer.ToJson(_peerNestedResult));
        SameResponse.Check(
            "nested query, document cache hit",
            ResponseJsonWriter.ToJson(_cached.ExecuteAsync(_nested).GetAwaiter().GetResult()),
            _peer.ToJson(_peer.ExecuteAsync(_peerNestedDocument, BenchmarkSchema.Query, _peerVariables).GetAwaiter().GetResult()));
        SameResponse.Check(
            "introspection (engine-owned parts normalised, see IntrospectionNormalizer)",
            IntrospectionNormalizer.Normalize(ResponseJsonWriter.ToJson(_uncached.ExecuteAsync(_introspection).GetAwaiter().GetResult())),
            IntrospectionNormalizer.Normalize(_peer.ToJson(_peer.ExecuteAsync(BenchmarkSchema.IntrospectionQuery).GetAwaiter().GetResult())));
        SameResponse.Check(
            "small query",
            ResponseJsonWriter.ToJson(_uncached.ExecuteAsync(_small).GetAwaiter().GetResult()),
            _peer.ToJson(_peer.ExecuteAsync(BenchmarkSchema.SmallQuery).GetAwaiter().GetResult()));
        SameResponse.Check("JSON writing", WrittenBy(OursWriteJson), WrittenBy(PeerWriteJson));
        if (BenchmarkSchema.PairingCount != ((object?[])((IReadOnlyDictionary<string, object?>)_nestedResult.Data!["program"]!)["pairings"]!).Length)
        {
            throw new InvalidOperationException("The nested query does not return every pairing.");
        }
    }

    [BenchmarkCategory("nested, uncached"), Benchmark(Description = "ours")]
    public Task<ExecutionResult> NestedUncached() => _uncached.ExecuteAsync(_nested);

    [BenchmarkCategory("nested, uncached"), Benchmark(Baseline = true, Description = "graphql-dotnet")]
    public Task<GraphQLDotNet.ExecutionResult> PeerNestedUncached() => _peer.ExecuteAsync(BenchmarkSchema.Query, _peerVariables);

    [BenchmarkCategory("nested, cache hit"), Benchmark(Description = "ours")]
    public Task<ExecutionResult> NestedCached() => _cached.ExecuteAsync(_nested);

    [BenchmarkCategory("nested, cache hit"), Benchmark(Baseline = true, Description = "graphql-dotnet")]
    public Task<GraphQLDotNet.ExecutionResult> PeerNestedCached() =>
        _peer.ExecuteAsync(_peerNestedDocument, BenchmarkSchema.Query, _peerVariables);

    [BenchmarkCategory("introspection"), Benchmark(Description = "ours")]
    public Task<ExecutionResult> Introspection() => _uncached.ExecuteAsync(_introspection);

    [BenchmarkCategory("introspection"), Benchmark(Baseline = true, Description = "graphql-dotnet")]
    public Task<GraphQLDotNet.ExecutionResult> PeerIntrospection() => _peer.ExecuteAsync(BenchmarkSchema.IntrospectionQuery);

    [BenchmarkCategory("small query"), Benchmark(Description = "ours")]
    public Task<ExecutionResult> Small() => _uncached.ExecuteAsync(_small);

    [BenchmarkCategory("small query"), Benchmark(Baseline = true, Description = "graphql-dotnet")]
    public Task<GraphQLDotNet.ExecutionResult> PeerSmall() => _peer.ExecuteAsync(BenchmarkSchema.SmallQuery);

    [BenchmarkCategory("JSON writing"), Benchmark(Description = "ours")]
    public Task WriteJson() => OursWriteJson(Stream.Null);

    [BenchmarkCategory("JSON writing"), Benchmark(Baseline = true, Description = "graphql-dotnet")]
    public Task PeerWriteJson() => PeerWriteJson(Stream.Null);

    /// <summary>What our HTTP handler does with a response: the JSON streamed to the body's pipe (a pipe
    /// over <paramref name="body"/>, made once per stream as a server has one per connection).</summary>
    private Task OursWriteJson(Stream body)
    {
        if (!_pipes.TryGetValue(body, out var pipe))
        {
            pipe = PipeWriter.Create(body, new StreamPipeWriterOptions(leaveOpen: true));
            _pipes.Add(body, pipe);
        }

        return ResponseJsonWriter.WriteAsync(pipe, _nestedResult);
    }

    /// <summary>What the peer's HTTP server does with a response: its serializer writes to the body stream.</summary>
    private Task PeerWriteJson(Stream body) => _peer.Serializer.WriteAsync(body, _peerNestedResult);

    private static string WrittenBy(Func<Stream, Task> write)
    {
        using var stream = new MemoryStream();
        write(stream).GetAwaiter().GetResult();
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }
}
