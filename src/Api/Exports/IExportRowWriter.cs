namespace MentorGraph.Api.Exports;

/// <summary>
/// Writes an export's rows one field at a time in the columns' order (CSV or JSON Lines), into a buffer of bounded
/// size: ending a row hands the buffer to the output asynchronously once it is mostly full, so memory stays constant
/// however many rows are written and no synchronous I/O reaches the response (Kestrel refuses it).
/// </summary>
public interface IExportRowWriter : IAsyncDisposable
{
    /// <summary>The media type of the response, with its charset where it has one.</summary>
    string ContentType { get; }

    void WriteText(string? value);

    void WriteDate(DateOnly value);

    void WriteInteger(int? value);

    void WriteFraction(double? value);

    void WriteBoolean(bool value);

    /// <summary>Ends the current row; writes the buffered rows to the output when the buffer is mostly full.</summary>
    ValueTask EndRowAsync(CancellationToken cancellationToken);

    /// <summary>Writes everything buffered to the output.</summary>
    ValueTask FlushAsync(CancellationToken cancellationToken);
}
