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

    /// <summary>The most bytes an object written whole by <see cref="TryWriteLeafObject"/> may take.</summary>
    private const int MaxObjectBytes = 4096;

    /// <summary>Where a string's quoted bytes are put together (one per thread: no zeroing, no allocation).</summary>
    [ThreadStatic]
    private static byte[]? Scratch;

    /// <summary>Where a leaf object's bytes are put together (one per thread).</summary>
    [ThreadStatic]
    private static byte[]? ObjectScratch;

    /// <summary>True when strings written to <paramref name="writer"/> may take this path: it escapes with the
    /// response encoder and writes compact JSON (a raw value gets no indentation).</summary>
    public static bool Applies(Utf8JsonWriter writer) =>
        ReferenceEquals(writer.Options.Encoder, Encoder) && !writer.Options.Indented;

    /// <summary>
    /// True when a property and its string value may go out as one raw chunk (<see cref="TryWritePair"/>):
    /// besides <see cref="Applies"/>, the writer must not check token order (it would refuse a value
    /// without a property name), which only our own writer does not.
    /// </summary>
    public static bool PairsApply(Utf8JsonWriter writer) => writer.Options.SkipValidation && Applies(writer);

    /// <summary>
    /// Writes the property <paramref name="name"/> with the string <paramref name="text"/> as one raw chunk
    /// <c>"name":"text"</c> (the writer puts the comma before it) if both are plain; false (nothing written)
    /// otherwise. Only where <see cref="PairsApply"/>.
    /// </summary>
    public static bool TryWritePair(Utf8JsonWriter writer, string name, string text)
    {
        if (name.Length + text.Length > MaxLength || name.AsSpan().ContainsAnyExcept(Plain) || text.AsSpan().ContainsAnyExcept(Plain))
        {
            return false;
        }

        var chunk = Scratch ??= new byte[MaxLength + 5];
        chunk[0] = (byte)'"';
        Ascii.FromUtf16(name, chunk.AsSpan(1), out var written);
        var at = written + 1;
        chunk[at++] = (byte)'"';
        chunk[at++] = (byte)':';
        chunk[at++] = (byte)'"';
        Ascii.FromUtf16(text, chunk.AsSpan(at), out written);
        at += written;
        chunk[at++] = (byte)'"';
        writer.WriteRawValue(chunk.AsSpan(0, at), skipInputValidation: true);
        return true;
    }

    /// <summary>
    /// Writes <paramref name="map"/> as one raw chunk <c>{"name":"text","other":null}</c> if it holds only
    /// plain names and leaves written as fixed bytes (plain strings, nulls, booleans); false (nothing
    /// written) otherwise. Most objects of a response are such leaves (people, sessions), and one raw
    /// value costs the writer far less than a start, a property and a value per field and an end. Only
    /// where <see cref="PairsApply"/>.
    /// </summary>
    public static bool TryWriteLeafObject(Utf8JsonWriter writer, ObjectResult map)
    {
        var chunk = ObjectScratch ??= new byte[MaxObjectBytes];
        var names = map.KeySpan;
        var values = map.ValueSpan;
        var at = 0;
        chunk[at++] = (byte)'{';
        for (var i = 0; i < names.Length; i++)
        {
            var name = names[i];
            if (name.Length > MaxLength || at + name.Length + MaxLength + 8 > MaxObjectBytes || name.AsSpan().ContainsAnyExcept(Plain))
            {
                return false;
            }

            if (i > 0)
            {
                chunk[at++] = (byte)',';
            }

            at = Quote(name, chunk, at);
            chunk[at++] = (byte)':';
            switch (values[i])
            {
                case null:
                    at = Literal("null"u8, chunk, at);
                    break;
                case bool flag:
                    at = Literal(flag ? "true"u8 : "false"u8, chunk, at);
                    break;
                case string text when text.Length <= MaxLength && !text.AsSpan().ContainsAnyExcept(Plain):
                    at = Quote(text, chunk, at);
                    break;
                default:
                    return false;
            }
        }

        chunk[at++] = (byte)'}';
        writer.WriteRawValue(chunk.AsSpan(0, at), skipInputValidation: true);
        return true;
    }

    /// <summary>Puts plain <paramref name="text"/>, quoted, at <paramref name="at"/>; returns the position after it.</summary>
    private static int Quote(string text, byte[] destination, int at)
    {
        destination[at++] = (byte)'"';
        Ascii.FromUtf16(text, destination.AsSpan(at), out var written);
        at += written;
        destination[at++] = (byte)'"';
        return at;
    }

    private static int Literal(ReadOnlySpan<byte> literal, byte[] destination, int at)
    {
        literal.CopyTo(destination.AsSpan(at));
        return at + literal.Length;
    }

    /// <summary>Writes <paramref name="text"/> as a string value if it is plain; false (nothing written) otherwise.</summary>
    public static bool TryWriteValue(Utf8JsonWriter writer, string text)
    {
        if (text.Length > MaxLength || text.AsSpan().ContainsAnyExcept(Plain))
        {
            return false;
        }

        var quoted = Scratch ??= new byte[MaxLength + 5];
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
