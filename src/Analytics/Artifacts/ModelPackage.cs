using System.IO.Compression;
using MentorGraph.Analytics.Classification;
using MentorGraph.Analytics.Embeddings;
using MentorGraph.Analytics.Features;
using MentorGraph.Analytics.Learning;

namespace MentorGraph.Analytics.Artifacts;

/// <summary>
/// Saves and loads a <see cref="NoteClassifier"/>: a zip file holding the ML.NET model files and what
/// ML.NET does not know — our metadata and the feature space our featurization reads:
/// <code>
/// metadata.json              model version, training-set hash, labels, options, scores
/// features.bin               hash bits, rows, unseen IDF | bucket of each row (int32) | IDF (float32); little-endian
/// topic.mlnet                ML.NET model: topic over the n-gram vector
/// direction.mlnet            ML.NET model: direction over the n-gram vector
/// topic-embedding.mlnet      ML.NET model: topic over the sentence embedding (when the classifier has one)
/// </code>
/// Loading checks the model version and that every part is there and agrees with the metadata, and throws
/// <see cref="ModelFormatException"/> otherwise. Files are written to a temporary name and renamed.
/// </summary>
public static class ModelPackage
{
    private const string MetadataEntry = "metadata.json";
    private const string FeaturesEntry = "features.bin";
    private const string TopicEntry = "topic.mlnet";
    private const string DirectionEntry = "direction.mlnet";
    private const string EmbeddingTopicEntry = "topic-embedding.mlnet";

    public static void Write(NoteClassifier classifier, Stream stream)
    {
        using var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true);
        Entry(zip, MetadataEntry, s => s.Write(MetadataJson.Serialize(classifier.Metadata)));
        Entry(zip, FeaturesEntry, s => WriteSpace(s, classifier.Features));
        Entry(zip, TopicEntry, classifier.TopicModel.Save);
        Entry(zip, DirectionEntry, classifier.DirectionModel.Save);
        if (classifier.EmbeddingTopicModel is { } embeddingTopic)
        {
            Entry(zip, EmbeddingTopicEntry, embeddingTopic.Save);
        }
    }

    /// <summary>The package's bytes (what <see cref="Write"/> writes), for a store that keeps models as values.</summary>
    public static byte[] ToBytes(NoteClassifier classifier)
    {
        using var stream = new MemoryStream();
        Write(classifier, stream);
        return stream.ToArray();
    }

    /// <summary>The classifier's metadata as the package's <c>metadata.json</c> holds it (compact JSON).</summary>
    public static string MetadataJsonOf(NoteClassifier classifier) => System.Text.Encoding.UTF8.GetString(MetadataJson.Serialize(classifier.Metadata));

    /// <summary>Reads a classifier; one whose topic model reads sentence embeddings needs <paramref name="embedder"/> of that model.</summary>
    public static NoteClassifier Read(Stream stream, NoteEmbedder? embedder)
    {
        try
        {
            using var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
            var metadata = MetadataJson.Deserialize(ReadAll(zip, MetadataEntry));
            if (metadata.ModelVersion != ModelMetadata.CurrentModelVersion)
            {
                throw new ModelFormatException(
                    $"The model is '{metadata.ModelVersion}'; this build needs '{ModelMetadata.CurrentModelVersion}'. Retrain it.");
            }

            var space = ReadSpace(ReadAll(zip, FeaturesEntry), metadata.Options.Features);
            var topic = ReadModel(zip, TopicEntry, metadata.Topics);
            var direction = ReadModel(zip, DirectionEntry, metadata.Directions);
            MaxEntModel? embeddingTopic = null;
            if (metadata.EmbeddingModel is { } embeddingModel)
            {
                if (embedder is null || embedder.Model != embeddingModel)
                {
                    throw new ModelFormatException($"The model reads '{embeddingModel}' sentence embeddings; no encoder of that model was given.");
                }

                embeddingTopic = ReadModel(zip, EmbeddingTopicEntry, metadata.Topics);
            }

            return new NoteClassifier(metadata, space, topic, direction, embeddingTopic, embedder);
        }
        catch (Exception e) when (e is InvalidDataException or EndOfStreamException or System.Text.Json.JsonException or ArgumentException
                                      or NotSupportedException or InvalidOperationException or FormatException)
        {
            throw new ModelFormatException($"The model file is damaged or not a model (checksum or format check failed): {e.Message}", e);
        }
    }

    /// <summary>Writes the model next to <paramref name="path"/> and renames it there, so a reader never sees a half-written file.</summary>
    public static void Save(NoteClassifier classifier, string path)
    {
        var temporary = $"{path}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp";
        try
        {
            using (var stream = File.Create(temporary))
            {
                Write(classifier, stream);
            }

            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }

    public static NoteClassifier Load(string path, NoteEmbedder? embedder)
    {
        using var stream = File.OpenRead(path);
        return Read(stream, embedder);
    }

    /// <summary>The metadata of a saved model, without loading its models (to decide which encoder it needs).</summary>
    public static ModelMetadata ReadMetadata(string path)
    {
        try
        {
            using var zip = ZipFile.OpenRead(path);
            return MetadataJson.Deserialize(ReadAll(zip, MetadataEntry));
        }
        catch (Exception e) when (e is InvalidDataException or System.Text.Json.JsonException)
        {
            throw new ModelFormatException($"The model file is malformed: {e.Message}", e);
        }
    }

    private static void Entry(ZipArchive zip, string name, Action<Stream> write)
    {
        // A fixed time stamp: the same model gives the same entries.
        var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
        entry.LastWriteTime = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        using var stream = entry.Open();
        write(stream);
    }

    private static byte[] ReadAll(ZipArchive zip, string name)
    {
        var entry = zip.GetEntry(name) ?? throw new ModelFormatException($"The model file has no '{name}'.");
        using var stream = entry.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private static MaxEntModel ReadModel(ZipArchive zip, string name, IReadOnlyList<string> labels)
    {
        using var stream = new MemoryStream(ReadAll(zip, name), writable: false);
        return MaxEntModel.Load(stream, labels);
    }

    private static void WriteSpace(Stream stream, FeatureSpace features)
    {
        using var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        writer.Write(features.Options.HashBits);
        writer.Write(features.Rows);
        writer.Write(features.UnseenIdf);
        var bucketOfRow = new int[features.Rows];
        var rowOfBucket = features.RowOfBucket;
        for (var bucket = 0; bucket < rowOfBucket.Length; bucket++)
        {
            if (rowOfBucket[bucket] >= 0)
            {
                bucketOfRow[rowOfBucket[bucket]] = bucket;
            }
        }

        foreach (var bucket in bucketOfRow)
        {
            writer.Write(bucket);
        }

        foreach (var idf in features.Idf)
        {
            writer.Write(idf);
        }
    }

    private static FeatureSpace ReadSpace(byte[] bytes, FeatureOptions options)
    {
        if (!BitConverter.IsLittleEndian)
        {
            throw new NotSupportedException("Model files are little-endian; this machine is not.");
        }

        using var reader = new BinaryReader(new MemoryStream(bytes, writable: false));
        var bits = reader.ReadInt32();
        var rows = reader.ReadInt32();
        if (bits != options.HashBits || rows < 0 || rows > 1 << bits || bytes.Length != 12 + (8L * rows))
        {
            throw new ModelFormatException("The feature space does not match its metadata.");
        }

        var unseenIdf = reader.ReadSingle();
        var rowOfBucket = new int[1 << bits];
        Array.Fill(rowOfBucket, -1);
        for (var row = 0; row < rows; row++)
        {
            var bucket = reader.ReadInt32();
            if (bucket < 0 || bucket >= rowOfBucket.Length || rowOfBucket[bucket] >= 0)
            {
                throw new ModelFormatException("The feature space has an invalid or repeated feature bucket.");
            }

            rowOfBucket[bucket] = row;
        }

        var idf = new float[rows];
        for (var row = 0; row < rows; row++)
        {
            idf[row] = reader.ReadSingle();
        }

        return new FeatureSpace(options, rowOfBucket, idf, unseenIdf);
    }
}
