using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace MentorGraph.GraphQL.Execution;

/// <summary>
/// A faster way to write the strings most responses are made of: short, printable ASCII that neither
/// JSON nor the response encoder (<see cref="JavaScriptEncoder.UnsafeRelaxedJsonEscaping"/>) escapes.
/// Such a string is written as its quoted bytes, skipping the writer's character-by-character escaping
/// check (a third of the time of writing a response). Which characters qualify is asked of the encoder
/// itself, so the bytes are exactly those the writer would have produced.
/// </summary>
internal static class PlainJsonStrings
{
    /// <summary>Longer strings take the writer's own (vectorised) path.</summary>
    private const int MaxLength = 128;

    private static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;

    private static readonly SearchValues<char> Plain = SearchValues.Create(PlainCharacters());

    /// <summary>Where a string's quoted bytes are put together (one per thread: no zeroing, no allocation).</summary>
    [ThreadStatic]
    private static byte[]? Scratch;

    /// <summary>True when strings written to <paramref name="writer"/> may take this path: it escapes with the
    /// response encoder and writes compact JSON (a raw value gets no indentation).</summary>
    public static bool Applies(Utf8JsonWriter writer) =>
        ReferenceEquals(writer.Options.Encoder, Encoder) && !writer.Options.Indented;

    /// <summary>Writes <paramref name="text"/> as a string value if it is plain; false (nothing written) otherwise.</summary>
    public static bool TryWriteValue(Utf8JsonWriter writer, string text)
    {
        if (text.Length > MaxLength || text.AsSpan().ContainsAnyExcept(Plain))
        {
            return false;
        }

        var quoted = Scratch ??= new byte[MaxLength + 2];
        quoted[0] = (byte)'"';
        Ascii.FromUtf16(text, quoted.AsSpan(1), out var written);
        quoted[written + 1] = (byte)'"';
        writer.WriteRawValue(quoted.AsSpan(0, written + 2), skipInputValidation: true);
        return true;
    }

    private static string PlainCharacters()
    {
        var plain = new StringBuilder();
        for (var c = (char)0x20; c < 0x7F; c++)
        {
            if (c is not ('"' or '\\') && !Encoder.WillEncode(c))
            {
                plain.Append(c);
            }
        }

        return plain.ToString();
    }
}
