using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;

namespace MentorGraph.Analytics.Embeddings;

/// <summary>
/// Embeddings already computed, by the key of the text they were computed from
/// (<see cref="KeyOf"/>: the encoder's model and the text), so that no text is encoded twice: retraining and
/// re-classifying read them from here. Thread-safe. Entries added after construction are kept up to
/// <see cref="Capacity"/>, the oldest dropped first; the ones read from a file are never dropped.
/// <para>
/// File form (little-endian): <c>"MGEM"</c> | version (int32) | model (length-prefixed UTF-8) | dimensions
/// (int32) | count (int32) | per entry: key (32 bytes, SHA-256) and the vector as IEEE half floats.
/// Halves keep a unit vector's direction to a cosine above 0.99999 and halve the file.
/// </para>
/// </summary>
public sealed class EmbeddingStore
{
    private const int FormatVersion = 1;
    private static readonly byte[] Magic = "MGEM"u8.ToArray();

    private readonly ConcurrentDictionary<string, float[]> _vectors = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _added = new();
    private readonly HashSet<string> _pinned = new(StringComparer.Ordinal);

    public EmbeddingStore(string model, int dimensions, int capacity = 50_000)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(model);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(dimensions);
        ArgumentOutOfRangeException.ThrowIfNegative(capacity);
        Model = model;
        Dimensions = dimensions;
        Capacity = capacity;
    }

    public string Model { get; }

    public int Dimensions { get; }

    /// <summary>How many entries added after construction are kept.</summary>
    public int Capacity { get; }

    public int Count => _vectors.Count;

    /// <summary>The key of a text encoded by <paramref name="model"/>: SHA-256 (hex) of the model's name, a line break and the text.</summary>
    public static string KeyOf(string model, string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{model}\n{text}")));

    public bool TryGet(string key, out float[] vector) => _vectors.TryGetValue(key, out vector!);

    public bool Contains(string key) => _vectors.ContainsKey(key);

    /// <summary>Keeps <paramref name="vector"/> under <paramref name="key"/> (a copy is not made: do not change it afterwards).</summary>
    public void Add(string key, float[] vector)
    {
        if (vector.Length != Dimensions)
        {
            throw new ArgumentException($"Expected a vector of {Dimensions} dimensions, not {vector.Length}.", nameof(vector));
        }

        if (Capacity == 0 || !_vectors.TryAdd(key, vector))
        {
            return;
        }

        _added.Enqueue(key);
        while (_added.Count > Capacity && _added.TryDequeue(out var oldest))
        {
            _vectors.TryRemove(oldest, out _);
        }
    }

    /// <summary>Reads a store written by <see cref="Write"/>; its entries are pinned.</summary>
    public static EmbeddingStore Read(Stream stream, int capacity = 50_000)
    {
        using var reader = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
        if (!reader.ReadBytes(Magic.Length).AsSpan().SequenceEqual(Magic) || reader.ReadInt32() != FormatVersion)
        {
            throw new InvalidDataException("Not an embedding file of this version.");
        }

        var model = reader.ReadString();
        var dimensions = reader.ReadInt32();
        var count = reader.ReadInt32();
        if (dimensions is < 1 or > 16384 || count < 0)
        {
            throw new InvalidDataException("The embedding file's header is out of range.");
        }

        var store = new EmbeddingStore(model, dimensions, capacity);
        var bytes = new byte[dimensions * 2];
        for (var i = 0; i < count; i++)
        {
            var key = Convert.ToHexStringLower(reader.ReadBytes(32));
            if (reader.Read(bytes, 0, bytes.Length) != bytes.Length)
            {
                throw new InvalidDataException("The embedding file ends early.");
            }

            var vector = new float[dimensions];
            for (var d = 0; d < dimensions; d++)
            {
                vector[d] = (float)BitConverter.UInt16BitsToHalf(BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(d * 2)));
            }

            store._vectors[key] = vector;
            store._pinned.Add(key);
        }

        return store;
    }

    /// <summary>Writes the given entries (in that order) in the file form.</summary>
    public static void Write(Stream stream, string model, int dimensions, IEnumerable<(string Key, float[] Vector)> entries)
    {
        var list = entries.ToList();
        using var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        writer.Write(Magic);
        writer.Write(FormatVersion);
        writer.Write(model);
        writer.Write(dimensions);
        writer.Write(list.Count);
        Span<byte> half = stackalloc byte[2];
        foreach (var (key, vector) in list)
        {
            writer.Write(Convert.FromHexString(key));
            foreach (var value in vector)
            {
                BinaryPrimitives.WriteUInt16LittleEndian(half, BitConverter.HalfToUInt16Bits((Half)value));
                writer.Write(half);
            }
        }
    }
}
