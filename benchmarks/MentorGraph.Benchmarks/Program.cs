using BenchmarkDotNet.Running;

namespace MentorGraph.Benchmarks;

/// <summary>
/// Runs the benchmarks: <c>dotnet run -c Release --project benchmarks/MentorGraph.Benchmarks -- --filter '*Classif*'</c>.
/// Scripts (see Analytics/ClassifierScripts.cs): <c>-- latency [notes]</c>, <c>-- throughput [notes]</c>, <c>-- memory</c>,
/// <c>-- train</c>; <c>-- embed-corpus [MODEL] [FILE]</c> writes the corpus' and the development set's sentence
/// embeddings compiled into Analytics. <c>-- peer-check</c> only checks that our GraphQL engine and graphql-dotnet
/// answer the peer comparison's cases with the same JSON; <c>-- graphql-cost [operations] [rounds]</c> the CPU
/// time and bytes each of those cases costs per operation, the engines alternating.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        int Count(int fallback) => args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : fallback;
        if (args.Length > 2 && args[0] is "latency" or "throughput")
        {
            Analytics.ClassifierSetup.EncoderModel = args[2];
        }

        switch (args)
        {
            case ["latency", ..]:
                return Analytics.ClassifierScripts.Latency(Console.Out, Count(300));
            case ["throughput", ..]:
                return Analytics.ClassifierScripts.Throughput(Console.Out, Count(300), args.Length > 3 ? int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture) : 0);
            case ["memory", ..]:
                return Analytics.ClassifierScripts.Memory(Console.Out, args.Length > 1 ? args[1] : null);
            case ["train", ..]:
                return Analytics.ClassifierScripts.Train(Console.Out);
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

        if (args is ["embed-corpus", ..])
        {
            return Analytics.EmbedCorpus.Run(Console.Out, args.Length > 1 ? args[1] : MentorGraph.Analytics.DefaultModel.DefaultClassifierOptions.EmbeddingModel, args.Length > 2 ? args[2] : null);
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }
}
