using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using MentorGraph.Analytics.Classification;

namespace MentorGraph.Analytics.Records;

/// <summary>The JSON Lines output of <c>classify</c>: one result or one error object per line.</summary>
public static class ClassificationJson
{
    /// <summary>
    /// Written for people reading a terminal or a file as much as for programs: a quote as <c>\"</c>
    /// (not <c>\u0022</c>); apostrophes, <c>&lt; &gt; &amp; +</c> and letters of any script as themselves
    /// (not <c>\u0027</c>, <c>\u00E9</c>). The default encoder escapes those so that JSON can be pasted into
    /// HTML or a script block safely; these lines are never embedded in HTML (they go to files, pipes
    /// and terminals), so the "unsafe" relaxed encoder is safe here, and its output is still valid JSON.
    /// Control characters, U+2028/U+2029, the no-break space and characters outside the Basic
    /// Multilingual Plane (emoji) are still written as <c>\u</c> escapes.
    /// </summary>
    private static readonly JsonWriterOptions WriterOptions = new() { Indented = false, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary><c>{"id","topic","topicConfidence","topics":[{"topic","probability"}],"direction","directionConfidence","needsReview","evidence":[{"ngram","supports","weight"}]}</c></summary>
    public static string Result(string? id, NoteClassification result) => Write(writer =>
    {
        writer.WriteStartObject();
        WriteId(writer, id);
        writer.WriteString("topic", result.Topic);
        writer.WriteNumber("topicConfidence", Round(result.TopicConfidence));
        writer.WriteStartArray("topics");
        foreach (var topic in result.Topics)
        {
            writer.WriteStartObject();
            writer.WriteString("topic", topic.Topic);
            writer.WriteNumber("probability", Round(topic.Probability));
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteString("direction", result.Direction);
        writer.WriteNumber("directionConfidence", Round(result.DirectionConfidence));
        writer.WriteBoolean("needsReview", result.NeedsReview);
        writer.WriteStartArray("evidence");
        foreach (var evidence in result.Evidence)
        {
            writer.WriteStartObject();
            writer.WriteString("ngram", evidence.Ngram);
            writer.WriteString("supports", evidence.Supports);
            writer.WriteNumber("weight", Round(evidence.Weight));
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    });

    /// <summary>
    /// <c>{"id","error":{"code","field","message"}}</c>: the code one of <see cref="ValidationCodes"/>;
    /// id is null when the record had no usable one, field when the whole line is at fault.
    /// </summary>
    public static string Error(string? id, RecordError error) => Write(writer =>
    {
        writer.WriteStartObject();
        WriteId(writer, id);
        writer.WriteStartObject("error");
        writer.WriteString("code", error.Code);
        WriteNullableString(writer, "field", error.Field);
        writer.WriteString("message", error.Message);
        writer.WriteEndObject();
        writer.WriteEndObject();
    });

    private static void WriteId(Utf8JsonWriter writer, string? id) => WriteNullableString(writer, "id", id);

    private static void WriteNullableString(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is null)
        {
            writer.WriteNull(name);
        }
        else
        {
            writer.WriteString(name, value);
        }
    }

    private static double Round(float value) => Math.Round(value, 4);

    private static string Write(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>(512);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
