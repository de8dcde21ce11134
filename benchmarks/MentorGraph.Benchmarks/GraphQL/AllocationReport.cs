using MentorGraph.GraphQL.Execution;
using MentorGraph.GraphQL.Language;
using MentorGraph.GraphQL.Types;
using MentorGraph.GraphQL.Validation;

namespace MentorGraph.Benchmarks.GraphQL;

/// <summary>
/// Bytes allocated per operation by each case of <see cref="PeerComparisonBenchmarks"/> and by our
/// engine's stages alone (parse, validate), measured on this thread after warm-up: a quick, exact
/// check between BenchmarkDotNet runs (allocation does not depend on the machine's load; time does).
/// </summary>
public static class AllocationReport
{
    public static int Report(TextWriter output, int rounds)
    {
        var benchmarks = new PeerComparisonBenchmarks();
        benchmarks.Setup();
        var schema = BenchmarkSchema.Build();
        var document = Parser.Parse(BenchmarkSchema.Query);

        var cases = new (string Name, Func<Task> Run)[]
        {
            ("nested, uncached: ours", benchmarks.NestedUncached),
            ("nested, uncached: graphql-dotnet", benchmarks.PeerNestedUncached),
            ("nested, cache hit: ours", benchmarks.NestedCached),
            ("nested, cache hit: graphql-dotnet", benchmarks.PeerNestedCached),
            ("introspection: ours", benchmarks.Introspection),
            ("introspection: graphql-dotnet", benchmarks.PeerIntrospection),
            ("small query: ours", benchmarks.Small),
            ("small query: graphql-dotnet", benchmarks.PeerSmall),
            ("JSON writing: ours", benchmarks.WriteJson),
            ("JSON writing: graphql-dotnet", benchmarks.PeerWriteJson),
            ("ours, parse only", () => Task.FromResult(Parser.Parse(BenchmarkSchema.Query))),
            ("ours, validate only", () => Task.FromResult(DocumentValidator.Validate(schema, document, null, null, Introspection.GetFieldDefinition))),
        };

        foreach (var (name, run) in cases)
        {
            for (var i = 0; i < 20; i++)
            {
                run().GetAwaiter().GetResult();
            }

            var before = GC.GetAllocatedBytesForCurrentThread();
            for (var i = 0; i < rounds; i++)
            {
                run().GetAwaiter().GetResult();
            }

            var perOperation = (GC.GetAllocatedBytesForCurrentThread() - before) / (double)rounds;
            output.WriteLine($"{name,-36} {perOperation,12:N0} B");
        }

        return 0;
    }
}
