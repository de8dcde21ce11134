using System.Diagnostics;
using MentorGraph.Analytics.DefaultModel;
using MentorGraph.Analytics.Embeddings;
using MentorGraph.Analytics.Evaluation;

namespace MentorGraph.Benchmarks.Analytics;

/// <summary>
/// Writes the sentence embeddings of the corpus and the development set that are compiled into
/// Analytics (<c>src/Analytics/Corpus/embeddings/MODEL.mgem</c>), so that training and scoring encode
/// none of their notes. Run after the corpus, the development set or the embedding text changes (a test
/// fails until then): <c>dotnet run -c Release --project benchmarks/MentorGraph.Benchmarks -- embed-corpus [MODEL] [FILE]</c>.
/// Also prints how long encoding took per note (batched, sorted by length, one thread).
/// </summary>
internal static class EmbedCorpus
{
    public static int Run(TextWriter output, string model, string? path)
    {
        path ??= Path.Combine(RepositoryRoot(), "src", "Analytics", "Corpus", "embeddings", EmbeddedEmbeddings.FileName(model));
        using var encoder = OnnxSentenceEncoder.Create(model);
        var embedder = new NoteEmbedder(encoder);
        var notes = EmbeddedCorpus.Read().Concat(DevelopmentSet.Read()).Select(n => n.Note).ToArray();
        var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var wall = Stopwatch.StartNew();
        var vectors = embedder.EmbedMany(notes);
        wall.Stop();
        process.Refresh();
        output.WriteLine($"{model}: {notes.Length} notes in {wall.Elapsed.TotalSeconds:F1} s wall, " +
                         $"{(process.TotalProcessorTime - cpu).TotalMilliseconds / notes.Length:F1} ms CPU per note");

        var entries = new List<(string Key, float[] Vector)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < notes.Length; i++)
        {
            var key = embedder.KeyOf(notes[i]);
            if (seen.Add(key))
            {
                entries.Add((key, vectors[i]));
            }
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using (var file = File.Create(path))
        {
            EmbeddingStore.Write(file, model, encoder.Dimensions, entries);
        }

        output.WriteLine($"wrote {entries.Count} embeddings to {path}");
        return 0;
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "MentorGraph.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("MentorGraph.sln not found above the program's directory.");
    }
}
