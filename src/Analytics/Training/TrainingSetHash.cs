using System.Security.Cryptography;
using System.Text;

namespace MentorGraph.Analytics.Training;

/// <summary>
/// A SHA-256 fingerprint of a labeled training set: every field of every note, in order, each
/// length-prefixed so no two different sets share an encoding.
/// </summary>
public static class TrainingSetHash
{
    public static string Compute(IEnumerable<LabeledNote> notes)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var note in notes)
        {
            Append(hash, note.Id);
            Append(hash, note.Note.Text);
            Append(hash, note.Note.AuthorRole.ToWire());
            Append(hash, note.Note.SeniorName);
            Append(hash, note.Note.JuniorName);
            Append(hash, note.Topic);
            Append(hash, note.Direction);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private static void Append(IncrementalHash hash, string? value)
    {
        var bytes = value is null ? [] : Encoding.UTF8.GetBytes(value);
        Span<byte> length = stackalloc byte[4];
        System.Buffers.Binary.BinaryPrimitives.WriteInt32LittleEndian(length, value is null ? -1 : bytes.Length);
        hash.AppendData(length);
        hash.AppendData(bytes);
    }
}
