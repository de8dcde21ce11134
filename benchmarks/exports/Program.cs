using System.Diagnostics;
using System.Globalization;
using MentorGraph.Api.Exports;

// The exports' streaming writer carrying N rows from a benchmark-only in-memory source (no database): the same block
// writers the endpoints use (the privacy rule per week or period, then CsvHelper or Utf8JsonWriter) into a stream that
// keeps nothing. Prints rows/s and the process's peak RSS (VmHWM), sampled as the rows go, so flat memory shows.
// Usage: dotnet run -c Release -- <lessons|topic-trends> <csv|jsonl> [rows]
var kind = args.ElementAtOrDefault(0) ?? "lessons";
var format = args.ElementAtOrDefault(1) ?? "csv";
var total = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 1_000_000;
const int K = 5;

var columns = kind == "lessons" ? LessonsExport.Columns : TopicTrendsExport.Columns;
var output = new CountingStream();
await using IExportRowWriter writer = format == "csv" ? new CsvExportWriter(output, columns) : new JsonLinesExportWriter(output, columns);
string[] topics = ["BUSINESS_FUNDAMENTALS", "CAREER_GROWTH", "COMMUNICATION", "CUSTOMER_INSIGHT", "DIGITAL_MARKETING", "EMERGING_TECH", "LEADERSHIP", "PRODUCTIVITY_TOOLS", "SOCIAL_MEDIA", "STRATEGY", "WELLBEING", "WORKPLACE_CULTURE"];
string[] departments = ["Engineering", "Product", "Design", "Sales", "Marketing", "Finance", "People, Culture & \"Talent\"", "Customer Success", "Legal", "Operations"];
var random = new Random(42);
var samples = new List<(int Rows, double PeakMiB)>();
var written = 0;
var week = new DateOnly(2000, 1, 3);
var stopwatch = Stopwatch.StartNew();
var nextSample = total / 10;
while (written < total)
{
    if (kind == "lessons")
    {
        var block = LessonsWeek(week, total - written);
        await LessonsExport.WriteBlockAsync(block, K, writer, default);
        written += block.Count;
        week = week.AddDays(7);
    }
    else
    {
        // The week's topic rows, and the lessons export's rows of the same week that decide their lessons column (the
        // topic's lessons are those rows' sum, as in the tables). A topic in four is thin — one row of its 20 — so some
        // weeks hold a small topic and go through the lattice (the others take its shortcut: no small topic).
        var thin = topics.Where(_ => random.Next(4) == 0).ToHashSet(StringComparer.Ordinal);
        var lessonsWeek = LessonsWeek(week, int.MaxValue).Where(r => !thin.Contains(r.Topic) || (r.Direction == "DOWNWARD" && r.DepartmentId == 1)).ToList();
        var lessonsByTopic = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in lessonsWeek)
        {
            lessonsByTopic[row.Topic] = lessonsByTopic.GetValueOrDefault(row.Topic) + row.Lessons;
        }

        var block = new List<TopicTrendsExport.Row>(12);
        foreach (var topic in topics.Take(Math.Min(12, total - written)))
        {
            var notes = random.Next(0, 200);
            var up = random.Next(0, notes + 1);
            var down = random.Next(0, notes - up + 1);
            var lessons = lessonsByTopic.GetValueOrDefault(topic);
            block.Add(new TopicTrendsExport.Row("WEEK", week, topic, notes, notes / 1200.0, up, down, notes - up - down, lessons, Math.Max(1, random.Next(notes / 2, notes + 2))));
        }

        await TopicTrendsExport.WriteBlockAsync(block, lessonsWeek, K, writer, default);
        written += block.Count;
        week = week.AddDays(7);
    }

    if (written >= nextSample)
    {
        samples.Add((written, PeakRssMiB()));
        nextSample += total / 10;
    }
}

await writer.FlushAsync(default);
stopwatch.Stop();
Console.WriteLine($"export={kind} format={format} rows={written:N0} bytes={output.Written:N0} seconds={stopwatch.Elapsed.TotalSeconds:F2} rows_per_s={written / stopwatch.Elapsed.TotalSeconds:N0} peak_rss_mib={PeakRssMiB():F1} gc0={GC.CollectionCount(0)} gc2={GC.CollectionCount(2)}");
Console.WriteLine("peak RSS (MiB) after rows: " + string.Join(", ", samples.Select(s => $"{s.Rows:N0}:{s.PeakMiB:F1}")));

// One week of the lessons export: topics × directions × departments (240 rows, fewer when only `room` are left), counts
// from 1 to 40 so some rows are small.
List<LessonsExport.Row> LessonsWeek(DateOnly start, int room)
{
    var block = new List<LessonsExport.Row>(240);
    foreach (var topic in topics)
    {
        foreach (var direction in new[] { "DOWNWARD", "UPWARD" })
        {
            for (var d = 0; d < departments.Length && block.Count < room; d++)
            {
                var lessons = random.Next(1, 40);
                var people = Math.Min(lessons + 1, random.Next(2, 60));

                // Below k, a row carries its people's ids (as the query gives them) so groups of rows are measured exactly.
                long[]? ids = people < K ? [.. Enumerable.Range(0, people).Select(_ => (long)random.Next(1, 400)).Distinct()] : null;
                block.Add(new LessonsExport.Row(start, topic, direction, d + 1, departments[d], lessons, ids?.Length ?? people, ids));
            }
        }
    }

    return block;
}

// VmHWM: the most resident memory the process has had.
static double PeakRssMiB()
{
    foreach (var line in File.ReadLines("/proc/self/status"))
    {
        if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
        {
            return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024.0;
        }
    }

    return double.NaN;
}

/// <summary>Keeps nothing: counts the bytes, as a response body that the network drains.</summary>
internal sealed class CountingStream : Stream
{
    public long Written { get; private set; }

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

    public override void Write(byte[] buffer, int offset, int count) => Written += count;

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        Written += buffer.Length;
        return ValueTask.CompletedTask;
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
    {
        Written += count;
        return Task.CompletedTask;
    }
}
