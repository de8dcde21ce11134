using System.IO.Compression;
using MentorGraph.Analytics.Artifacts;
using MentorGraph.Analytics.Classification;
using MentorGraph.Analytics.Embeddings;

namespace MentorGraph.Analytics.Tests.Artifacts;

public class ModelPackageTests
{
    private static byte[] Bytes(NoteClassifier classifier)
    {
        using var stream = new MemoryStream();
        ModelPackage.Write(classifier, stream);
        return stream.ToArray();
    }

    private static NoteClassifier Read(byte[] bytes, NoteEmbedder? embedder = null) => ModelPackage.Read(new MemoryStream(bytes), embedder);

    private static byte[] WithEntry(byte[] bytes, string name, Func<string, string?> change)
    {
        using var copy = new MemoryStream();
        copy.Write(bytes);
        using (var zip = new ZipArchive(copy, ZipArchiveMode.Update, leaveOpen: true))
        {
            var entry = zip.GetEntry(name)!;
            string text;
            using (var reader = new StreamReader(entry.Open()))
            {
                text = reader.ReadToEnd();
            }

            entry.Delete();
            if (change(text) is { } changed)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open());
                writer.Write(changed);
            }
        }

        return copy.ToArray();
    }

    [Fact]
    public void WriteAndRead_RoundTrip_GivesTheSameParametersAndPredictions()
    {
        var original = SharedClassifier.Tiny;
        var loaded = Read(Bytes(original));

        Assert.Equal(SharedClassifier.Parameters(original), SharedClassifier.Parameters(loaded));
        Assert.Equal(original.Metadata.TrainingSetHash, loaded.Metadata.TrainingSetHash);
        Assert.Equal(original.Metadata.Options, loaded.Metadata.Options);
        foreach (var note in TestNotes.Tiny())
        {
            var a = original.Classify(note.Note);
            var b = loaded.Classify(note.Note);
            Assert.Equal(a.TopicProbabilities, b.TopicProbabilities);
            Assert.Equal(a.DirectionProbabilities, b.DirectionProbabilities);
            Assert.Equal(a.Evidence, b.Evidence);
        }
    }

    [Fact]
    public void Write_HoldsAnMlNetModelFilePerModelAndOurMetadata()
    {
        using var zip = new ZipArchive(new MemoryStream(Bytes(SharedClassifier.TinyWithEmbeddings)));

        Assert.Equal(
            ["direction.mlnet", "features.bin", "metadata.json", "topic-embedding.mlnet", "topic.mlnet"],
            zip.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal));
        using var topic = new MemoryStream();
        zip.GetEntry("topic.mlnet")!.Open().CopyTo(topic);
        topic.Position = 0;
        var transformer = new Microsoft.ML.MLContext().Model.Load(topic, out var schema);
        Assert.NotNull(transformer);
        Assert.NotNull(schema.GetColumnOrNull("Features"));
    }

    [Fact]
    public void WriteAndRead_WithEmbeddingModel_GivesTheSamePredictions()
    {
        var original = SharedClassifier.TinyWithEmbeddings;
        var loaded = Read(Bytes(original), original.Embedder);

        Assert.True(loaded.UsesEmbeddings);
        Assert.Equal("test-encoder", loaded.Metadata.EmbeddingModel);
        foreach (var note in TestNotes.Tiny())
        {
            Assert.Equal(original.Classify(note.Note).TopicProbabilities, loaded.Classify(note.Note).TopicProbabilities);
        }
    }

    [Fact]
    public void Read_EmbeddingModelWithoutItsEncoder_IsRejected()
    {
        var bytes = Bytes(SharedClassifier.TinyWithEmbeddings);

        var error = Assert.Throws<ModelFormatException>(() => Read(bytes));

        Assert.Contains("test-encoder", error.Message);
    }

    [Fact]
    public void SaveAndLoad_ThroughAFile()
    {
        var path = Path.Combine(Path.GetTempPath(), $"mg-model-{Guid.NewGuid():N}.zip");
        try
        {
            ModelPackage.Save(SharedClassifier.Tiny, path);
            Assert.Equal(SharedClassifier.Parameters(SharedClassifier.Tiny), SharedClassifier.Parameters(ModelPackage.Load(path, null)));
            Assert.Equal(SharedClassifier.Tiny.Metadata.TrainingSetHash, ModelPackage.ReadMetadata(path).TrainingSetHash);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Read_NotAModel_IsRejected()
    {
        Assert.Throws<ModelFormatException>(() => Read("{\"hello\":1}"u8.ToArray()));
        Assert.Throws<ModelFormatException>(() => Read([]));
    }

    [Fact]
    public void Read_Truncated_IsRejected()
    {
        var bytes = Bytes(SharedClassifier.Tiny);
        Assert.Throws<ModelFormatException>(() => Read(bytes[..(bytes.Length - 100)]));
    }

    [Fact]
    public void Read_MissingPart_IsRejected()
    {
        var bytes = WithEntry(Bytes(SharedClassifier.Tiny), "direction.mlnet", _ => null);

        var error = Assert.Throws<ModelFormatException>(() => Read(bytes));

        Assert.Contains("direction.mlnet", error.Message);
    }

    [Fact]
    public void Read_OtherModelVersion_IsRejected()
    {
        var bytes = WithEntry(Bytes(SharedClassifier.Tiny), "metadata.json",
            json => json.Replace(ModelMetadata.CurrentModelVersion, "mentorgraph-note-classifier/3", StringComparison.Ordinal));

        var error = Assert.Throws<ModelFormatException>(() => Read(bytes));

        Assert.Contains("Retrain", error.Message);
    }
}
