using System.Buffers.Binary;

namespace MentorGraph.Api.Pipeline;

/// <summary>A sentence embedding as stored in <c>note_embeddings.vector</c>: little-endian float32s.</summary>
public static class EmbeddingBytes
{
    public static byte[] ToBytes(float[] vector)
    {
        var bytes = new byte[vector.Length * 4];
        for (var i = 0; i < vector.Length; i++)
        {
            BinaryPrimitives.WriteSingleLittleEndian(bytes.AsSpan(i * 4), vector[i]);
        }

        return bytes;
    }

    public static float[] ToVector(byte[] bytes)
    {
        var vector = new float[bytes.Length / 4];
        for (var i = 0; i < vector.Length; i++)
        {
            vector[i] = BinaryPrimitives.ReadSingleLittleEndian(bytes.AsSpan(i * 4));
        }

        return vector;
    }
}
