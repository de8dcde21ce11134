using BenchmarkDotNet.Running;

namespace MentorGraph.Benchmarks;

/// <summary>
/// Runs the benchmarks: <c>dotnet run -c Release --project benchmarks/MentorGraph.Benchmarks -- --filter '*Classif*'</c>.
/// <c>-- memory</c> prints the retained memory of a loaded classifier instead; <c>-- cpu-throughput [rounds] [probabilities|classify]</c>
/// the classification throughput per CPU-second; <c>-- profile [trainNotes]</c> the time of each
/// classification stage (and of one training); <c>-- peer-check</c> only checks that our GraphQL engine and
/// graphql-dotnet answer the peer comparison's cases with the same JSON; <c>-- graphql-cost [operations] [rounds]</c>
/// the CPU time and bytes each of those cases costs per operation, the engines alternating.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (args is ["cpu-throughput", ..])
        {
            return Analytics.CpuThroughput.Report(Console.Out, args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 5, args.Length > 2 ? args[2] : null);
        }

        if (args is ["profile", ..])
        {
            return Analytics.StageProfile.Report(Console.Out, args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 0);
        }

        if (args is ["graphql-cost", ..])
        {
            return GraphQL.PeerCostReport.Report(
                Console.Out,
                args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 200,
                args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 7);
        }

        if (args is ["peer-check"])
        {
            new GraphQL.PeerComparisonBenchmarks().Setup();
            Console.WriteLine("Both engines answer every peer-comparison case with the same JSON.");
            return 0;
        }

        if (args is ["memory", ..])
        {
            return Analytics.ModelMemory.Report(Console.Out);
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }
}
