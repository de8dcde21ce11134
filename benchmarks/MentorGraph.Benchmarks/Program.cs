using BenchmarkDotNet.Running;

namespace MentorGraph.Benchmarks;

/// <summary>
/// Runs the benchmarks: <c>dotnet run -c Release --project benchmarks/MentorGraph.Benchmarks -- --filter '*Classif*'</c>.
/// <c>-- memory</c> prints the retained memory of a loaded classifier instead.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (args is ["memory", ..])
        {
            return Analytics.ModelMemory.Report(Console.Out);
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }
}
