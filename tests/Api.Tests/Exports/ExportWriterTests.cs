using System.Text;
using CsvHelper;
using MentorGraph.Api.Exports;

namespace MentorGraph.Api.Tests.Exports;

/// <summary>
/// The two row writers on their own: RFC 4180 quoting read back by a CSV reader, JSON Lines, and that writing many
/// rows allocates (almost) nothing per row and holds only a bounded buffer — the streaming property the exports
/// rely on (the throughput is measured by benchmarks/exports, not here). In a collection that runs alone: what the
/// heap retains is the process's, and tests running beside it (hosts, fixtures) would be counted with the writer.
/// </summary>
[Collection(MemoryMeasurementCollection.Name)]
public sealed class ExportWriterTests
{
    private static readonly IReadOnlyList<ExportColumn> Columns =
    [
        new("name", ExportColumnType.Text, "a"),
        new("day", ExportColumnType.Date, "b"),
        new("count", ExportColumnType.Integer, "c"),
        new("share", ExportColumnType.Fraction, "d"),
        new("flag", ExportColumnType.Boolean, "e"),
    ];

    private static async Task WriteRowAsync(IExportRowWriter writer, string? name, int? count, double? share)
    {
        writer.WriteText(name);
        writer.WriteDate(new DateOnly(2026, 6, 8));
        writer.WriteInteger(count);
        writer.WriteFraction(share);
        writer.WriteBoolean(count is null);
        await writer.EndRowAsync(default);
    }

    [Fact]
    public async Task Csv_QuotesCommasQuotesAndLineBreaks_AndWritesNullsAsEmptyFields()
    {
        var output = new MemoryStream();
        await using (var writer = new CsvExportWriter(output, Columns))
        {
            await WriteRowAsync(writer, "Sales, \"East\"\r\nand more", 12, 0.125);
            await WriteRowAsync(writer, null, null, null);
            await writer.FlushAsync(default);
        }

        var text = Encoding.UTF8.GetString(output.ToArray());
        Assert.StartsWith("name,day,count,share,flag\r\n\"Sales, \"\"East\"\"\r\nand more\",2026-06-08,12,0.125,false\r\n", text);
        using var reader = CsvReader.Create(output.ToArray());
        Assert.True(reader.Read());
        Assert.Equal(("Sales, \"East\"\r\nand more", "2026-06-08", "12", "0.125", "false"), (reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4)));
        Assert.True(reader.Read());
        Assert.Equal((string.Empty, string.Empty, string.Empty, "true"), (reader.GetString(0), reader.GetString(2), reader.GetString(3), reader.GetString(4)));
        Assert.False(reader.Read());
    }

    [Fact]
    public async Task JsonLines_OneObjectPerLine_NullsAsNull()
    {
        var output = new MemoryStream();
        await using (var writer = new JsonLinesExportWriter(output, Columns))
        {
            await WriteRowAsync(writer, "Sales \"East\"", 12, 0.125);
            await WriteRowAsync(writer, null, null, null);
            await writer.FlushAsync(default);
        }

        Assert.Equal(
            "{\"name\":\"Sales \\u0022East\\u0022\",\"day\":\"2026-06-08\",\"count\":12,\"share\":0.125,\"flag\":false}\n"
            + "{\"name\":null,\"day\":\"2026-06-08\",\"count\":null,\"share\":null,\"flag\":true}\n",
            Encoding.UTF8.GetString(output.ToArray()));
    }

    [Theory]
    [InlineData("csv")]
    [InlineData("jsonl")]
    public async Task HundredThousandRows_AllocateAFewBytesARow_RetainNothing_AndReachTheOutputAsTheyAreWritten(string format)
    {
        var output = new CountingStream();
        await using var writer = format == "csv" ? (IExportRowWriter)new CsvExportWriter(output, Columns) : new JsonLinesExportWriter(output, Columns);
        await WriteRowAsync(writer, "Engineering", 10, 0.5); // warm-up: first-call allocations are not per row

        const int rows = 100_000;
        var retainedBefore = GC.GetTotalMemory(forceFullCollection: true);
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < rows; i++)
        {
            await WriteRowAsync(writer, "Engineering", i, i / (double)rows);
        }

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        var retained = GC.GetTotalMemory(forceFullCollection: true) - retainedBefore;
        Assert.True(allocated < rows * 128L, $"{allocated:N0} bytes allocated for {rows:N0} rows.");
        Assert.True(retained < 1024 * 1024, $"{retained:N0} bytes retained after {rows:N0} rows.");
        // Before the final flush, all but a bounded tail is already written out.
        Assert.True(output.Written > rows * 30, $"Only {output.Written:N0} bytes reached the output.");
        Assert.True(output.LargestWrite <= 128 * 1024, $"A write of {output.LargestWrite:N0} bytes.");
    }

    /// <summary>A stream that keeps nothing: counts what is written and the largest single write.</summary>
    private sealed class CountingStream : Stream
    {
        public long Written { get; private set; }

        public int LargestWrite { get; private set; }

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => Written;

        public override long Position { get => Written; set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => Count(count);

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            Count(buffer.Length);
            return ValueTask.CompletedTask;
        }

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        {
            Count(count);
            return Task.CompletedTask;
        }

        private void Count(int count)
        {
            Written += count;
            LargestWrite = Math.Max(LargestWrite, count);
        }
    }
}
