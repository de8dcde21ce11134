using System.Diagnostics;
using MentorGraph.Analytics.Classification;
using MentorGraph.Analytics.DefaultModel;
using MentorGraph.Analytics.Training;

namespace MentorGraph.Benchmarks.Analytics;

/// <summary>
/// Where classification time goes, stage by stage (CPU time of this process over every corpus note,
/// a few rounds after a warm-up), and the wall time of one training on <c>trainNotes</c> notes.
/// A profiling aid, printed by <c>-- profile [trainNotes]</c>; the figures of record come from the
/// BenchmarkDotNet runs and the cpu-throughput script.
/// </summary>
internal static class StageProfile
{
    public static int Report(TextWriter output, int trainNotes, int rounds = 5)
    {
        var corpus = BenchmarkNotes.Corpus();
        if (trainNotes > 0)
        {
            var data = trainNotes <= corpus.Count ? corpus.Take(trainNotes).ToArray() : BenchmarkNotes.Synthetic(trainNotes);
            var watch = Stopwatch.StartNew();
            ClassifierTrainer.Train(data, DefaultClassifierOptions.Value);
            output.WriteLine($"training on {data.Count} notes: {watch.Elapsed.TotalSeconds:F2} s wall");
        }

        var classifier = ClassifierTrainer.Train(corpus, DefaultClassifierOptions.Value);
        var notes = corpus.Select(n => n.Note).ToArray();
        var tokens = notes.Select(classifier.Normalize).ToArray();
        var topic = new float[12];
        var direction = new float[3];
        Measure("tokenize", () => { foreach (var note in notes) MentorGraph.Analytics.Text.Tokenizer.Tokenize(note.Text); });
        Measure("participant names", () => { foreach (var note in notes) _ = new MentorGraph.Analytics.Text.ParticipantNames(note.SeniorName, note.JuniorName); });
        Measure("normalize", () => { foreach (var note in notes) classifier.Normalize(note); });
        Measure("topic model alone", () => { foreach (var t in tokens) classifier.Topic.Predict(t, topic); });
        Measure("direction alone", () => { foreach (var t in tokens) classifier.Direction.Predict(t, direction); });
        Measure("probabilities (all)", () => { foreach (var note in notes) classifier.PredictProbabilities(note, topic, direction); });
        Measure("classify (all)", () => { foreach (var note in notes) classifier.Classify(note); });
        return 0;

        void Measure(string name, Action round)
        {
            round();
            var process = Process.GetCurrentProcess();
            var cpuBefore = process.TotalProcessorTime;
            for (var r = 0; r < rounds; r++)
            {
                round();
            }

            process.Refresh();
            var cpu = process.TotalProcessorTime - cpuBefore;
            output.WriteLine($"{name,-20} {cpu.TotalMicroseconds / (notes.Length * rounds),8:F1} µs CPU/note");
        }
    }
}
