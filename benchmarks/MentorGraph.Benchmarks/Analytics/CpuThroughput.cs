using System.Diagnostics;
using MentorGraph.Analytics.Classification;
using MentorGraph.Analytics.DefaultModel;
using MentorGraph.Analytics.Training;

namespace MentorGraph.Benchmarks.Analytics;

/// <summary>
/// Classification throughput measured in CPU time of this (single-threaded) process as well as wall
/// time: on a machine shared by many processes the wall clock counts the time the benchmark waits for
/// a core, CPU time does not. Classifies every corpus note <c>rounds</c> times after one warm-up round.
/// </summary>
internal static class CpuThroughput
{
    public static int Report(TextWriter output, int rounds = 5, string? only = null)
    {
        var corpus = BenchmarkNotes.Corpus();
        var classifier = ClassifierTrainer.Train(corpus, DefaultClassifierOptions.Value);
        var notes = corpus.Select(n => n.Note).ToArray();
        var topic = new float[12];
        var direction = new float[3];
        var options = new ClassifyOptions();

        if (only is null or "probabilities")
        {
            Measure("probabilities", Probabilities);
        }

        if (only is null or "classify")
        {
            Measure("classify with evidence", ClassifyAll);
        }

        return 0;

        void Probabilities()
        {
            foreach (var note in notes)
            {
                classifier.PredictProbabilities(note, topic, direction);
            }
        }

        void ClassifyAll()
        {
            foreach (var note in notes)
            {
                classifier.Classify(note, options);
            }
        }

        void Measure(string name, Action round)
        {
            round();
            var process = Process.GetCurrentProcess();
            var cpuBefore = process.TotalProcessorTime;
            var wall = Stopwatch.StartNew();
            for (var r = 0; r < rounds; r++)
            {
                round();
            }

            wall.Stop();
            process.Refresh();
            var cpu = process.TotalProcessorTime - cpuBefore;
            var count = (double)notes.Length * rounds;
            output.WriteLine(
                $"{name}: {count / cpu.TotalSeconds:F0} notes per CPU-second ({cpu.TotalMicroseconds / count:F1} µs CPU/note), " +
                $"{count / wall.Elapsed.TotalSeconds:F0} notes per wall-second");
        }
    }
}
