using System.Globalization;
using CsvHelper;

namespace MentorGraph.Api.Exports;

/// <summary>
/// RFC 4180 CSV through CsvHelper's UTF-8 writer (quoting, CRLF line ends; never hand-rolled): a header row of the
/// column names, then one record per row. Numbers and dates are formatted by CsvHelper into its byte buffer in the
/// invariant culture (no string per field); a null is an empty field (a suppressed count, an unknown share). No byte
/// order mark. CsvHelper's buffer goes to the output asynchronously when a record ends and it is mostly full.
/// </summary>
public sealed class CsvExportWriter : IExportRowWriter
{
    private readonly CsvWriter _csv;

    public CsvExportWriter(Stream output, IReadOnlyList<ExportColumn> columns)
    {
        _csv = CsvWriter.Create(
            output,
            new CsvWriterOptions { NewLine = "\r\n", FormatProvider = CultureInfo.InvariantCulture, WriteByteOrderMark = false },
            true);
        _csv.WriteHeader([.. columns.Select(c => c.Name)]);
    }

    public string ContentType => "text/csv; charset=utf-8";

    public void WriteText(string? value) => _csv.WriteField(value ?? string.Empty);

    public void WriteDate(DateOnly value) => _csv.WriteField(value, "yyyy-MM-dd");

    public void WriteInteger(int? value) => _csv.WriteField(value, default);

    public void WriteFraction(double? value) => _csv.WriteField(value, default);

    public void WriteBoolean(bool value) => _csv.WriteField(value ? "true" : "false");

    public ValueTask EndRowAsync(CancellationToken cancellationToken) => _csv.EndRecordAsync(cancellationToken);

    public ValueTask FlushAsync(CancellationToken cancellationToken) => _csv.FlushAsync(cancellationToken);

    public ValueTask DisposeAsync() => _csv.DisposeAsync();
}
