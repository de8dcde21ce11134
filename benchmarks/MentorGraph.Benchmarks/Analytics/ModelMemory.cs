using MentorGraph.Analytics.Artifacts;
using MentorGraph.Analytics.DefaultModel;
using MentorGraph.Analytics.Training;

namespace MentorGraph.Benchmarks.Analytics;

/// <summary>
/// The memory a loaded classifier keeps alive: managed heap after a full collection with the model
/// loaded minus the same before loading (the file's bytes are alive during both measurements, so
/// they cancel out).
/// </summary>
internal static class ModelMemory
{
    public static int Report(TextWriter output)
    {
        var bytes = ModelArtifact.ToBytes(ClassifierTrainer.Train(BenchmarkNotes.Corpus(), DefaultClassifierOptions.Value));
        var before = Retained();
        var classifier = ModelArtifact.FromBytes(bytes);
        var after = Retained();
        output.WriteLine($"model file: {bytes.Length / 1024.0 / 1024.0:F1} MiB");
        output.WriteLine($"retained by the loaded model: {(after - before) / 1024.0 / 1024.0:F1} MiB");
        output.WriteLine($"feature rows (shared by both models): {classifier.Features.Rows}");
        GC.KeepAlive(classifier);
        GC.KeepAlive(bytes);
        return 0;
    }

    private static long Retained()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        return GC.GetTotalMemory(forceFullCollection: true);
    }
}
