using System.Security.Cryptography;
using MentorGraph.Analytics.Classification;
using MentorGraph.Analytics.Features;
using MentorGraph.Analytics.Learning;

namespace MentorGraph.Analytics.Artifacts;

/// <summary>
/// Saves and loads a <see cref="NoteClassifier"/> as bytes. Layout (little-endian):
/// <code>
/// "MGNC" | format version (int32) | metadata length (int32) | metadata JSON (UTF-8)
/// | feature space | topic model | direction model | SHA-256 of everything before it (32 bytes)
/// feature space: hash bits, rows (int32) | unseen IDF (float32)
///                | bucket of each row (int32 × rows) | IDF (float32 × rows)
/// model: classes (int32) | weights (float32 × rows × classes, row-major) | bias (float32 × classes)
/// </code>
/// No timestamps: the same model always gives the same bytes. Loading checks the magic, the format
/// and model versions and the checksum, and throws <see cref="ModelFormatException"/> on any mismatch.
/// </summary>
public static class ModelArtifact
{
    public const int FormatVersion = 2;
    private static readonly byte[] Magic = "MGNC"u8.ToArray();
    private const int MaxMetadataBytes = 1 << 20;

    public static byte[] ToBytes(NoteClassifier classifier)
    {
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(Magic);
            writer.Write(FormatVersion);
            var metadata = MetadataJson.Serialize(classifier.Metadata);
            writer.Write(metadata.Length);
            writer.Write(metadata);
            WriteSpace(writer, classifier.Features);
            WriteModel(writer, classifier.Topic);
            WriteModel(writer, classifier.Direction);
        }

        var body = stream.ToArray();
        var checksum = SHA256.HashData(body);
        return [.. body, .. checksum];
    }

    public static NoteClassifier FromBytes(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length < Magic.Length + 8 + 32 || !bytes[..Magic.Length].SequenceEqual(Magic))
        {
            throw new ModelFormatException("This is not a MentorGraph note-classifier model file.");
        }

        var body = bytes[..^32];
        if (!SHA256.HashData(body).AsSpan().SequenceEqual(bytes[^32..]))
        {
            throw new ModelFormatException("The model file is damaged (checksum mismatch).");
        }

        using var stream = new MemoryStream(body.ToArray(), writable: false);
        using var reader = new BinaryReader(stream);
        try
        {
            reader.ReadBytes(Magic.Length);
            var format = reader.ReadInt32();
            if (format != FormatVersion)
            {
                throw new ModelFormatException($"The model file has format version {format}; this build reads version {FormatVersion}.");
            }

            var metadataLength = reader.ReadInt32();
            if (metadataLength is <= 0 or > MaxMetadataBytes)
            {
                throw new ModelFormatException("The model metadata length is out of range.");
            }

            var metadata = MetadataJson.Deserialize(reader.ReadBytes(metadataLength));
            if (metadata.ModelVersion != ModelMetadata.CurrentModelVersion)
            {
                throw new ModelFormatException(
                    $"The model is '{metadata.ModelVersion}'; this build needs '{ModelMetadata.CurrentModelVersion}'. Retrain it.");
            }

            var space = ReadSpace(reader, metadata.Options.Features);
            var topic = ReadModel(reader, space, metadata.Topics, metadata.Options.TopicCharShare);
            var direction = ReadModel(reader, space, metadata.Directions, metadata.Options.DirectionCharShare);
            if (stream.Position != stream.Length)
            {
                throw new ModelFormatException("The model file has unexpected trailing bytes.");
            }

            return new NoteClassifier(metadata, topic, direction);
        }
        catch (Exception e) when (e is EndOfStreamException or System.Text.Json.JsonException or ArgumentException or NotSupportedException)
        {
            throw new ModelFormatException($"The model file is malformed: {e.Message}", e);
        }
    }

    /// <summary>Writes the model next to <paramref name="path"/> and renames it there, so a reader never sees a half-written file.</summary>
    public static void Save(NoteClassifier classifier, string path)
    {
        var temporary = $"{path}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp";
        try
        {
            File.WriteAllBytes(temporary, ToBytes(classifier));
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

    public static NoteClassifier Load(string path) => FromBytes(File.ReadAllBytes(path));

    private static void WriteSpace(BinaryWriter writer, FeatureSpace features)
    {
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

    private static void WriteModel(BinaryWriter writer, TextModel model)
    {
        writer.Write(model.Weights.Classes);
        foreach (var weight in model.Weights.Weights)
        {
            writer.Write(weight);
        }

        foreach (var bias in model.Weights.Bias)
        {
            writer.Write(bias);
        }
    }

    private static FeatureSpace ReadSpace(BinaryReader reader, FeatureOptions options)
    {
        var bits = reader.ReadInt32();
        var rows = reader.ReadInt32();
        if (bits != options.HashBits || rows < 0 || rows > 1 << bits)
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

        var idf = ReadFloats(reader, rows);
        return new FeatureSpace(options, rowOfBucket, idf, unseenIdf);
    }

    private static TextModel ReadModel(BinaryReader reader, FeatureSpace space, IReadOnlyList<string> labels, double? charShare)
    {
        var classes = reader.ReadInt32();
        if (classes != labels.Count)
        {
            throw new ModelFormatException("A model block does not match its metadata.");
        }

        var weights = ReadFloats(reader, (long)space.Rows * classes);
        var bias = ReadFloats(reader, classes);
        return new TextModel(labels, space, new SoftmaxWeights(space.Rows, classes, weights, bias), charShare);
    }

    private static float[] ReadFloats(BinaryReader reader, long count)
    {
        var bytes = reader.ReadBytes(checked((int)(count * sizeof(float))));
        if (bytes.Length != count * sizeof(float))
        {
            throw new EndOfStreamException("The model file ends early.");
        }

        var values = new float[count];
        Buffer.BlockCopy(bytes, 0, values, 0, bytes.Length);
        if (!BitConverter.IsLittleEndian)
        {
            throw new NotSupportedException("Model files are little-endian; this machine is not.");
        }

        return values;
    }
}
