using System.Buffers;
using System.Collections;
using System.Globalization;
using System.IO.Pipelines;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace MentorGraph.GraphQL.Execution;

/// <summary>Writes an <see cref="ExecutionResult"/> as the spec's response JSON: errors (first, when any), data, extensions.</summary>
public static class ResponseJsonWriter
{
    /// <summary>
    /// How many bytes <see cref="WriteAsync"/> lets pile up before it hands them to the client: large
    /// responses go out in pieces of about this size instead of being held whole.
    /// </summary>
    public const int FlushThreshold = 16 * 1024;

    /// <summary>An output for writers at rest in <see cref="CachedWriter"/>, so they hold no response's pipe.</summary>
    private static readonly IBufferWriter<byte> NoOutput = new ArrayBufferWriter<byte>(1);

    /// <summary>One writer per thread for <see cref="WriteAsync"/>, reset for each response instead of made anew.</summary>
    [ThreadStatic]
    private static Utf8JsonWriter? CachedWriter;

    /// <summary>
    /// Writer options for responses: JSON's own escaping only (quotes, backslashes, control characters),
    /// so names with accents and apostrophes stay readable. Responses are never embedded in HTML.
    /// </summary>
    public static JsonWriterOptions Options(bool indented = false) => new()
    {
        Indented = indented,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void Write(Utf8JsonWriter writer, ExecutionResult result)
    {
        WriteStart(writer, result);
        if (result.HasData)
        {
            WriteValue(writer, result.Data);
        }

        WriteEnd(writer, result);
    }

    /// <summary>
    /// Writes the response to <paramref name="output"/> (an HTTP response's <c>BodyWriter</c>) as it goes:
    /// every <see cref="FlushThreshold"/> bytes or so are flushed to the client while the rest is written,
    /// so a large response is never held whole in memory. Stops quietly when the reader went away. A value
    /// it cannot write throws <see cref="ResponseWriteException"/>, saying whether any byte was written.
    /// </summary>
    public static async Task WriteAsync(PipeWriter output, ExecutionResult result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(result);
        var writer = RentWriter(output);
        try
        {
            WriteStart(writer, result);
            if (result.HasData)
            {
                var walker = new ResponseWalker(writer, result.Data);
                try
                {
                    while (!walker.Write(writer, FlushThreshold))
                    {
                        writer.Flush();
                        var flushed = await output.FlushAsync(cancellationToken).ConfigureAwait(false);
                        if (flushed.IsCanceled || flushed.IsCompleted)
                        {
                            return;
                        }
                    }
                }
                finally
                {
                    walker.Dispose();
                }
            }

            WriteEnd(writer, result);
            writer.Flush();
            await output.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OperationCanceledException and not ResponseWriteException)
        {
            // Bytes the writer holds but has not committed are dropped with it (ReturnWriter resets it).
            throw new ResponseWriteException(exception, nothingWritten: writer.BytesCommitted == 0);
        }
        finally
        {
            ReturnWriter(writer);
        }
    }

    /// <summary>The response's opening brace, its errors, and the "data" name when data follows.</summary>
    private static void WriteStart(Utf8JsonWriter writer, ExecutionResult result)
    {
        writer.WriteStartObject();
        if (result.Errors.Count > 0)
        {
            writer.WritePropertyName("errors");
            WriteErrors(writer, result.Errors);
        }

        if (result.HasData)
        {
            writer.WritePropertyName("data");
        }
    }

    /// <summary>The extensions, when any, and the closing brace.</summary>
    private static void WriteEnd(Utf8JsonWriter writer, ExecutionResult result)
    {
        if (result.Extensions is { Count: > 0 })
        {
            writer.WritePropertyName("extensions");
            WriteValue(writer, result.Extensions);
        }

        writer.WriteEndObject();
    }

    private static Utf8JsonWriter RentWriter(IBufferWriter<byte> output)
    {
        var writer = CachedWriter;
        if (writer is null)
        {
            // The walker and the error writer only ever write well-formed JSON, so the writer's own
            // checks of each token's place are skipped.
            return new Utf8JsonWriter(output, Options() with { SkipValidation = true });
        }

        CachedWriter = null;
        writer.Reset(output);
        return writer;
    }

    private static void ReturnWriter(Utf8JsonWriter writer)
    {
        writer.Reset(NoOutput);
        CachedWriter = writer;
    }

    /// <summary>The response as a UTF-8 JSON string (for the CLI and tests).</summary>
    public static string ToJson(ExecutionResult result, bool indented = false)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, Options(indented)))
        {
            Write(writer, result);
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    public static void WriteErrors(Utf8JsonWriter writer, IReadOnlyList<GraphQLError> errors)
    {
        writer.WriteStartArray();
        foreach (var error in errors)
        {
            writer.WriteStartObject();
            writer.WriteString("message", error.Message);
            if (error.Locations is { Count: > 0 })
            {
                writer.WriteStartArray("locations");
                foreach (var location in error.Locations)
                {
                    writer.WriteStartObject();
                    writer.WriteNumber("line", location.Line);
                    writer.WriteNumber("column", location.Column);
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
            }

            if (error.Path is { Count: > 0 })
            {
                writer.WritePropertyName("path");
                WriteValue(writer, error.Path);
            }

            if (error.Extensions is { Count: > 0 })
            {
                writer.WritePropertyName("extensions");
                WriteValue(writer, error.Extensions);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    /// <summary>Writes a result value: null, string, bool, a number, a map or a list of those.</summary>
    public static void WriteValue(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case ObjectResult or object?[]:
                // The executor's own result tree: written slot by slot, without enumerators.
                var walker = new ResponseWalker(writer, value);
                try
                {
                    walker.Write(writer, long.MaxValue);
                }
                finally
                {
                    walker.Dispose();
                }

                break;
            case string text:
                if (!PlainJsonStrings.Applies(writer) || !PlainJsonStrings.TryWriteValue(writer, text))
                {
                    writer.WriteStringValue(text);
                }

                break;
            case bool flag:
                writer.WriteBooleanValue(flag);
                break;
            case int number:
                writer.WriteNumberValue(number);
                break;
            case long number:
                writer.WriteNumberValue(number);
                break;
            case short or byte or sbyte or ushort or uint:
                writer.WriteNumberValue(Convert.ToInt64(value, CultureInfo.InvariantCulture));
                break;
            case ulong number:
                writer.WriteNumberValue(number);
                break;
            case double number when !double.IsFinite(number):
            case float single when !float.IsFinite(single):
                // JSON has no NaN or infinities and Utf8JsonWriter throws on them, mid-response: write null,
                // as JSON.stringify does. The Float scalar refuses them, so only a host's extension value or
                // a custom scalar gets here. (Strings need no guard: the encoder writes a lone surrogate as
                // \uFFFD, so every .NET string can be written; ResponseJsonWriterTests holds it to that.)
                writer.WriteNullValue();
                break;
            case double number:
                writer.WriteNumberValue(number);
                break;
            case float number:
                writer.WriteNumberValue(number);
                break;
            case decimal number:
                writer.WriteNumberValue(number);
                break;
            case JsonElement element:
                element.WriteTo(writer);
                break;
            case IEnumerable<KeyValuePair<string, object?>> map:
                writer.WriteStartObject();
                foreach (var (key, item) in map)
                {
                    writer.WritePropertyName(key);
                    WriteValue(writer, item);
                }

                writer.WriteEndObject();
                break;
            case IDictionary dictionary:
                writer.WriteStartObject();
                foreach (DictionaryEntry entry in dictionary)
                {
                    writer.WritePropertyName(Convert.ToString(entry.Key, CultureInfo.InvariantCulture) ?? string.Empty);
                    WriteValue(writer, entry.Value);
                }

                writer.WriteEndObject();
                break;
            case IEnumerable list:
                writer.WriteStartArray();
                foreach (var item in list)
                {
                    WriteValue(writer, item);
                }

                writer.WriteEndArray();
                break;
            default:
                // Completion serializes every leaf through its scalar, so this is a host's own extension value.
                writer.WriteStringValue(Convert.ToString(value, CultureInfo.InvariantCulture));
                break;
        }
    }
}
