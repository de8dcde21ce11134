using System.Text.Json;

namespace MentorGraph.Api.Exports;

/// <summary>
/// JSON Lines (<c>application/x-ndjson</c>) through <see cref="Utf8JsonWriter"/>: one object per line with the columns
/// as properties in their order; a suppressed count or unknown share is <c>null</c>. No header line: the names are in
/// every object.
/// </summary>
public sealed class JsonLinesExportWriter : IExportRowWriter
{
    private readonly ChunkBuffer _chunk;
    private readonly Utf8JsonWriter _json;
    private readonly JsonEncodedText[] _names;
    private int _field;

    public JsonLinesExportWriter(Stream output, IReadOnlyList<ExportColumn> columns)
    {
        _chunk = new ChunkBuffer(output);
        _json = new Utf8JsonWriter(_chunk);
        _names = [.. columns.Select(c => JsonEncodedText.Encode(c.Name))];
    }

    public string ContentType => "application/x-ndjson";

    public void WriteText(string? value)
    {
        var name = Next();
        if (value is null)
        {
            _json.WriteNull(name);
        }
        else
        {
            _json.WriteString(name, value);
        }
    }

    public void WriteDate(DateOnly value)
    {
        Span<char> text = stackalloc char[10];
        value.TryFormat(text, out _, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        _json.WriteString(Next(), text);
    }

    public void WriteInteger(int? value)
    {
        var name = Next();
        if (value is { } number)
        {
            _json.WriteNumber(name, number);
        }
        else
        {
            _json.WriteNull(name);
        }
    }

    public void WriteFraction(double? value)
    {
        var name = Next();
        if (value is { } number)
        {
            _json.WriteNumber(name, number);
        }
        else
        {
            _json.WriteNull(name);
        }
    }

    public void WriteBoolean(bool value) => _json.WriteBoolean(Next(), value);

    public ValueTask EndRowAsync(CancellationToken cancellationToken)
    {
        _json.WriteEndObject();
        _json.Flush();
        _chunk.WriteByte((byte)'\n');
        _json.Reset();
        _field = 0;
        return _chunk.IsFull ? _chunk.DrainAsync(cancellationToken) : ValueTask.CompletedTask;
    }

    public ValueTask FlushAsync(CancellationToken cancellationToken) => _chunk.DrainAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await _json.DisposeAsync();
        await _chunk.DisposeAsync();
    }

    /// <summary>The next column's name; the first field of a row opens its object.</summary>
    private JsonEncodedText Next()
    {
        if (_field == 0)
        {
            _json.WriteStartObject();
        }

        return _names[_field++];
    }
}
