using System.Diagnostics;

namespace MentorGraph.Benchmarks.GraphQL;

/// <summary>
/// The cost of each case of <see cref="PeerComparisonBenchmarks"/> per operation, our engine beside the peer:
/// bytes allocated (exact, measured on this thread) and CPU time of the whole process (the garbage
/// collector's work included), the two engines alternating in several rounds and the median kept. CPU time
/// is far less disturbed than wall time by other processes on a shared machine; allocation not at all.
/// </summary>
public static class PeerCostReport
{
    public static int Report(TextWriter output, int operations, int rounds)
    {
        var benchmarks = new PeerComparisonBenchmarks();
        benchmarks.Setup();

        var cases = new (string Name, Func<Task> Ours, Func<Task> Peer)[]
        {
            ("nested, uncached", benchmarks.NestedUncached, benchmarks.PeerNestedUncached),
            ("nested, cache hit", benchmarks.NestedCached, benchmarks.PeerNestedCached),
            ("introspection", benchmarks.Introspection, benchmarks.PeerIntrospection),
            ("small query", benchmarks.Small, benchmarks.PeerSmall),
            ("JSON writing", benchmarks.WriteJson, benchmarks.PeerWriteJson),
        };

        output.WriteLine($"{operations} operations per measurement, median of {rounds} rounds (engines alternating)");
        output.WriteLine($"{"case",-20} {"ours CPU",12} {"peer CPU",12} {"CPU ratio",10} {"ours alloc",14} {"peer alloc",14} {"alloc ratio",12}");
        foreach (var (name, ours, peer) in cases)
        {
            WarmUp(ours);
            WarmUp(peer);
            var oursCpu = new List<double>();
            var peerCpu = new List<double>();
            double oursBytes = 0, peerBytes = 0;
            for (var round = 0; round < rounds; round++)
            {
                (var cpu, oursBytes) = Measure(ours, operations);
                oursCpu.Add(cpu);
                (cpu, peerBytes) = Measure(peer, operations);
                peerCpu.Add(cpu);
            }

            var (oursMedian, peerMedian) = (Median(oursCpu), Median(peerCpu));
            output.WriteLine(
                $"{name,-20} {oursMedian,9:N1} µs {peerMedian,9:N1} µs {oursMedian / peerMedian,10:N2} {oursBytes,12:N0} B {peerBytes,12:N0} B {oursBytes / Math.Max(1, peerBytes),12:N2}");
        }

        output.WriteLine();
        output.WriteLine("our engine's stages alone:");
        var schema = BenchmarkSchema.Build();
        foreach (var (name, query) in new[] { ("nested", BenchmarkSchema.Query), ("introspection", BenchmarkSchema.IntrospectionQuery), ("small", BenchmarkSchema.SmallQuery) })
        {
            var document = MentorGraph.GraphQL.Language.Parser.Parse(query);
            Func<Task> parse = () => Task.FromResult(MentorGraph.GraphQL.Language.Parser.Parse(query));
            Func<Task> validate = () => Task.FromResult(MentorGraph.GraphQL.Validation.DocumentValidator.Validate(
                schema, document, null, null, MentorGraph.GraphQL.Types.Introspection.GetFieldDefinition));
            foreach (var (stage, run) in new[] { ("parse", parse), ("validate", validate) })
            {
                WarmUp(run);
                var (cpu, bytes) = Measure(run, operations);
                output.WriteLine($"{name + ", " + stage,-24} {cpu,9:N1} µs {bytes,12:N0} B");
            }
        }

        return 0;
    }

    /// <summary>Runs a case for two seconds, so the JIT's later tiers are done before anything is measured.</summary>
    private static void WarmUp(Func<Task> run)
    {
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < TimeSpan.FromSeconds(2))
        {
            run().GetAwaiter().GetResult();
        }
    }

    /// <summary>Process CPU microseconds and bytes allocated on this thread, per operation.</summary>
    private static (double CpuMicroseconds, double Bytes) Measure(Func<Task> run, int operations)
    {
        var process = Process.GetCurrentProcess();
        var bytesBefore = GC.GetAllocatedBytesForCurrentThread();
        process.Refresh();
        var cpuBefore = process.TotalProcessorTime;
        for (var i = 0; i < operations; i++)
        {
            run().GetAwaiter().GetResult();
        }

        process.Refresh();
        var cpu = (process.TotalProcessorTime - cpuBefore).TotalMicroseconds / operations;
        return (cpu, (GC.GetAllocatedBytesForCurrentThread() - bytesBefore) / (double)operations);
    }

    private static double Median(List<double> values)
    {
        values.Sort();
        return values[values.Count / 2];
    }
}
