using System.Diagnostics;
using MentorGraph.Analytics;
using MentorGraph.Analytics.Classification;
using MentorGraph.Analytics.DefaultModel;
using MentorGraph.Analytics.Records;

namespace MentorGraph.Benchmarks.Analytics;

/// <summary>
/// Measurements BenchmarkDotNet does not give: latency percentiles, throughput per CPU-second (on a shared
/// machine the wall clock also counts the time spent waiting for a core), a loaded classifier's resident
/// memory, and one training's time. Run each pinned to one core (<c>taskset -c 0</c>).
/// </summary>
internal static class ClassifierScripts
{
    /// <summary><c>latency [notes]</c>: one note at a time, never seen before (encoded, then classified): p50, p95, p99, max.</summary>
    public static int Latency(TextWriter output, int count)
    {
        var classifier = ClassifierSetup.NeverCached();
        var notes = BenchmarkNotes.OfCorpusLength(count);
        classifier.Classify(notes[0] with { Text = notes[0].Text + " warm-up" });
        classifier.Classify(notes[1] with { Text = notes[1].Text + " warm-up" });
        var wall = new double[notes.Length];
        var cpu = new double[notes.Length];
        for (var i = 0; i < notes.Length; i++)
        {
            var watch = Stopwatch.StartNew();
            var cpuStart = ThreadCpu.Milliseconds();
            classifier.Classify(notes[i]);
            cpu[i] = ThreadCpu.Milliseconds() - cpuStart;
            wall[i] = watch.Elapsed.TotalMilliseconds;
        }

        Array.Sort(wall);
        Array.Sort(cpu);
        var lengths = notes.Select(n => n.Text.Length).Order().ToArray();
        output.WriteLine($"single note, never seen (encoded + classified with evidence), {notes.Length} notes, median length {lengths[lengths.Length / 2]} characters:");
        output.WriteLine($"  CPU of the classifying thread: p50 {P(cpu, 0.50):F1} ms, p95 {P(cpu, 0.95):F1} ms, p99 {P(cpu, 0.99):F1} ms, max {cpu[^1]:F1} ms");
        output.WriteLine($"  wall:                          p50 {P(wall, 0.50):F1} ms, p95 {P(wall, 0.95):F1} ms, p99 {P(wall, 0.99):F1} ms, max {wall[^1]:F1} ms");
        return 0;
    }

    /// <summary><c>throughput [notes]</c>: a backlog of notes never seen (grouped as <c>classify</c> does), and notes with stored embeddings.</summary>
    public static int Throughput(TextWriter output, int count, int batchSize = 0)
    {
        var corpus = BenchmarkNotes.Corpus();
        var neverCached = ClassifierSetup.NeverCached(batchSize);
        var fresh = BenchmarkNotes.OfCorpusLength(count);
        neverCached.ClassifyMany(fresh.Take(8).Select(n => n with { Text = n.Text + " warm-up" }).ToArray());
        Measure(output, $"backlog of {fresh.Length} notes never seen (encoded in batches{(batchSize > 0 ? $" of {batchSize}" : "")}, then classified with evidence)", fresh.Length, () =>
        {
            foreach (var group in fresh.Chunk(BatchClassification.GroupSize))
            {
                neverCached.ClassifyMany(group);
            }
        });

        var stored = ClassifierSetup.WithStoredEmbeddings(corpus.Select(n => n.Note).ToArray());
        var classifier = ClassifierSetup.Default;
        foreach (var note in stored.Take(200))
        {
            classifier.Classify(note);
        }

        Measure(output, $"{stored.Length} notes with stored embeddings, classified with evidence (3 rounds)", stored.Length * 3, () =>
        {
            for (var round = 0; round < 3; round++)
            {
                foreach (var note in stored)
                {
                    classifier.Classify(note);
                }
            }
        });
        return 0;
    }

    /// <summary>
    /// <c>memory [CACHE_DIR]</c>: resident memory of this process before and after loading the default classifier and
    /// classifying. Run twice with the same directory: the first run trains and caches the model (training's memory
    /// stays with the process), the second loads it from the cache as a restarted service does.
    /// </summary>
    public static int Memory(TextWriter output, string? cacheDirectory)
    {
        ClassifierSetup.CacheDirectory = cacheDirectory;
        var before = Resident();
        var managedBefore = GC.GetTotalMemory(forceFullCollection: true);
        var classifier = ClassifierSetup.Default;
        var corpus = BenchmarkNotes.Corpus();
        foreach (var group in corpus.Take(64).Select(n => n.Note with { Text = n.Note.Text + " (again)" }).Chunk(BatchClassification.GroupSize))
        {
            classifier.ClassifyMany(group);
        }

        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var after = Resident();
        var managedAfter = GC.GetTotalMemory(forceFullCollection: true);
        output.WriteLine($"resident (VmRSS): {before / 1048576.0:F0} MiB before loading, {after / 1048576.0:F0} MiB after loading and classifying 64 new notes " +
                         $"(+{(after - before) / 1048576.0:F0} MiB); managed heap +{(managedAfter - managedBefore) / 1048576.0:F0} MiB");
        output.WriteLine($"feature rows: {classifier.Features.Rows}; embedding model: {classifier.Metadata.EmbeddingModel}; " +
                         string.Join(", ", File.ReadLines("/proc/self/status").Where(l => l.StartsWith("Rss", StringComparison.Ordinal)).Select(l => string.Join(' ', l.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)))));
        GC.KeepAlive(classifier);
        return 0;
    }

    /// <summary><c>train</c>: one training of the default model with the corpus embeddings at hand, wall and CPU time.</summary>
    public static int Train(TextWriter output)
    {
        var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var wall = Stopwatch.StartNew();
        var (classifier, _) = DefaultClassifier.Load(new DefaultClassifierSettings());
        wall.Stop();
        process.Refresh();
        output.WriteLine($"default model (encoder loaded + trained on {classifier.Metadata.TrainingNotes} notes): {wall.Elapsed.TotalSeconds:F1} s wall, " +
                         $"{(process.TotalProcessorTime - cpu).TotalSeconds:F1} s CPU");
        return 0;
    }

    private static void Measure(TextWriter output, string name, int notes, Action work)
    {
        var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var wall = Stopwatch.StartNew();
        work();
        wall.Stop();
        process.Refresh();
        var cpuSeconds = (process.TotalProcessorTime - cpu).TotalSeconds;
        output.WriteLine($"{name}: {notes / cpuSeconds:F0} notes per CPU-second ({cpuSeconds * 1000 / notes:F2} ms CPU/note), {notes / wall.Elapsed.TotalSeconds:F0} notes per wall-second");
    }

    private static double P(double[] sorted, double q) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(q * sorted.Length) - 1)];

    private static long Resident()
    {
        foreach (var line in File.ReadLines("/proc/self/status"))
        {
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
            {
                return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture) * 1024;
            }
        }

        return Environment.WorkingSet;
    }

    /// <summary>CPU time of the calling thread (Linux <c>CLOCK_THREAD_CPUTIME_ID</c>): unaffected by time spent waiting for a core.</summary>
    private static class ThreadCpu
    {
        public static double Milliseconds()
        {
            ClockGetTime(3, out var time);
            return (time.Seconds * 1000.0) + (time.Nanoseconds / 1e6);
        }

        [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "clock_gettime")]
        private static extern int ClockGetTime(int clock, out TimeSpec time);

        private struct TimeSpec
        {
            public long Seconds;
            public long Nanoseconds;
        }
    }
}
