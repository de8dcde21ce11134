using System.Data;
using System.Runtime.CompilerServices;
using MentorGraph.Api.Schema.Insights;
using Npgsql;
using NpgsqlTypes;

namespace MentorGraph.Api.Exports;

/// <summary>
/// <c>/exports/topic-trends</c>: the rows of the trend tables (<c>insights.topic_trends</c>, migration 0011) whose
/// period starts from <c>from</c> to <c>to</c>, weeks then months, by period then topic — the numbers trendingTopics
/// reads. Read from one query whose rows arrive as the reader walks them; one period's rows (at most one per topic)
/// are held at a time for the privacy rule, so memory does not grow with the range. The lessons column follows the lessons
/// export's rule (<see cref="TopicTrendLessons"/>: a second cursor over the lessons, in step with the periods).
/// With <c>programId</c> / <c>departmentId</c> the rows are the filter's slice, decided with every program's / department's
/// (<see cref="TopicTrendSlices"/>).
/// </summary>
public static class TopicTrendsExport
{
    public static IReadOnlyList<ExportColumn> Columns { get; } =
    [
        new("granularity", ExportColumnType.Text, "WEEK (ISO week from Monday) or MONTH, in Insights:TimeZone."),
        new("period_start", ExportColumnType.Date, "The local date the period starts: a Monday or the 1st."),
        new("topic", ExportColumnType.Text, "The topic's name (the GraphQL enum value, e.g. LEADERSHIP)."),
        new("suppressed", ExportColumnType.Boolean, "true: fewer than k people or notes (a row without notes: lessons), or the complement of such a row; every number is empty."),
        new("notes", ExportColumnType.Integer, "Classified session notes written in the period with this topic (person labels win; PRIVATE notes count)."),
        new("share", ExportColumnType.Fraction, "notes / all classified notes of the period (with programId/departmentId: of the period within the filter); empty when the period had no classified note, or, filtered, when the privacy rule hides the filter's total of the period."),
        new("upward", ExportColumnType.Integer, "Of notes: direction UPWARD (the junior taught the senior)."),
        new("downward", ExportColumnType.Integer, "Of notes: direction DOWNWARD."),
        new("mutual", ExportColumnType.Integer, "Of notes: direction MUTUAL."),
        new("lessons", ExportColumnType.Integer, "Lessons recorded in the period with this topic. Empty on a row that is not suppressed when the lessons rule hides the topic's lessons of the period: for a WEEK, exactly when /exports/lessons hides that topic's week total (fewer than k lessons or people, or the complement of such a topic), so its rows cannot be subtracted from this number; for a MONTH, when the topic's lessons of the month are fewer than k or by fewer than k people, or the complement of such a topic against the month's lessons. With programId/departmentId: a WEEK's lessons are hidden when /exports/lessons hides the filter's lessons of the topic (its program × topic or topic × department grid), a MONTH's by the same rule over the filter's slices and the topics."),
        new("people", ExportColumnType.Integer, "Distinct people who wrote such a note or taught or learned such a lesson. With programId (departmentId): only the notes and lessons of the program's pairings (by the department's authors, taught by its teachers); the rows are the filter's slice of every program's (department's) rows decided together."),
    ];

    public static async Task WriteAsync(
        NpgsqlDataSource dataSource, ExportRequest request, string timeZone, int k, IExportRowWriter writer, CancellationToken cancellationToken)
    {
        if (request.ProgramId is not null || request.DepartmentId is not null)
        {
            await TopicTrendSlices.WriteAsync(dataSource, request, timeZone, k, writer, cancellationToken);
            return;
        }

        await using var lessons = await TopicTrendLessons.OpenAsync(dataSource, request.From, request.To, timeZone, k, cancellationToken);
        await using var command = dataSource.CreateCommand(RangeSql);
        AddRange(command, request.From, request.To);
        await ReadPeriodsAsync(command, k, lessons, (block, token) => WriteRowsAsync(block, writer, token), cancellationToken);
    }

    /// <summary>The columns of insights.topic_trends a <see cref="Row"/> is read from, in order.</summary>
    internal const string RowColumns = "granularity, period_start, topic_id, notes, share, upward, downward, mutual, lessons, people";

    /// <summary>The trend rows of the periods starting from <c>@from</c> to <c>@to</c>, weeks then months (<see cref="AddRange"/>).</summary>
    internal const string RangeSql = $"""
        SELECT {RowColumns}
        FROM insights.topic_trends
        WHERE period_start BETWEEN @from AND @to
        ORDER BY granularity DESC, period_start, topic_id
        """;

    internal static void AddRange(NpgsqlCommand command, DateOnly from, DateOnly to)
    {
        command.Parameters.Add(new NpgsqlParameter("from", NpgsqlDbType.Date) { Value = from });
        command.Parameters.Add(new NpgsqlParameter("to", NpgsqlDbType.Date) { Value = to });
    }

    /// <summary>
    /// Reads the rows <paramref name="command"/> selects (<see cref="RowColumns"/>, ordered by granularity, period and
    /// topic), decides each period's block with the privacy rule — its lessons by <paramref name="lessons"/>, the lessons
    /// rule — and hands it to <paramref name="block"/>, one period held at a time. Also what the analytics publication
    /// reads, so <c>analytics.topic_trends</c> holds the export's rows.
    /// </summary>
    internal static async Task ReadPeriodsAsync(
        NpgsqlCommand command, int k, TopicTrendLessons lessons, Func<List<Row>, CancellationToken, ValueTask> block, CancellationToken cancellationToken)
    {
        await foreach (var rows in PeriodsAsync(command, k, cancellationToken))
        {
            await lessons.DecideAsync(rows, cancellationToken);
            await block(rows, cancellationToken);
        }
    }

    /// <summary>
    /// The rows <paramref name="command"/> selects, one period at a time, each decided by the privacy rule (<see cref="Suppress"/>;
    /// their lessons not yet: that is the lessons rule's, <see cref="TopicTrendLessons"/>).
    /// </summary>
    internal static async IAsyncEnumerable<List<Row>> PeriodsAsync(NpgsqlCommand command, int k, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(CommandBehavior.SequentialAccess, cancellationToken);
        var rows = new List<Row>();
        while (await reader.ReadAsync(cancellationToken))
        {
            var row = new Row(
                reader.GetString(0),
                reader.GetFieldValue<DateOnly>(1),
                reader.GetString(2),
                reader.GetInt32(3),
                await reader.IsDBNullAsync(4, cancellationToken) ? null : reader.GetDouble(4),
                reader.GetInt32(5),
                reader.GetInt32(6),
                reader.GetInt32(7),
                reader.GetInt32(8),
                reader.GetInt32(9));
            if (rows.Count > 0 && (rows[0].Granularity != row.Granularity || rows[0].PeriodStart != row.PeriodStart))
            {
                Suppress(rows, k);
                yield return rows;
                rows = [];
            }

            rows.Add(row);
        }

        if (rows.Count > 0)
        {
            Suppress(rows, k);
            yield return rows;
        }
    }

    /// <summary>
    /// The rows of one WEEK, after the privacy rule (the period's total over all topics is the line), their lessons decided by
    /// the lessons export's rows of the same week (what the benchmark drives).
    /// </summary>
    internal static ValueTask WriteBlockAsync(List<Row> block, List<LessonsExport.Row> weekLessons, int k, IExportRowWriter writer, CancellationToken cancellationToken)
    {
        Suppress(block, k);
        var hidden = LessonsExport.HiddenTopics(weekLessons, k);
        foreach (var row in block)
        {
            row.LessonsHidden = hidden.Contains(row.Topic);
        }

        return WriteRowsAsync(block, writer, cancellationToken);
    }

    internal static async ValueTask WriteRowsAsync(List<Row> block, IExportRowWriter writer, CancellationToken cancellationToken)
    {
        foreach (var row in block)
        {
            writer.WriteText(row.Granularity);
            writer.WriteDate(row.PeriodStart);
            writer.WriteText(row.Topic);
            writer.WriteBoolean(row.Suppressed);
            var hide = row.Suppressed;
            writer.WriteInteger(hide ? null : row.Notes);
            writer.WriteFraction(hide ? null : row.Share);
            writer.WriteInteger(hide ? null : row.Upward);
            writer.WriteInteger(hide ? null : row.Downward);
            writer.WriteInteger(hide ? null : row.Mutual);
            writer.WriteInteger(hide || row.LessonsHidden ? null : row.Lessons);
            writer.WriteInteger(hide ? null : row.People);
            await writer.EndRowAsync(cancellationToken);
        }
    }

    /// <summary>
    /// The privacy rule on one period's rows (one granularity, one period start, every topic): the lattice over [topic] —
    /// the period's total over all topics, then the topics. The total is public anyway (every visible row's notes / share
    /// gives it): when it is small, every row is too (a row has no more notes, lessons or people than its period), so all
    /// are suppressed; otherwise a line of one suppressed topic gets its smallest visible topic suppressed too. Also what
    /// the GraphQL <c>topicTrends</c> and <c>analytics.topic_trends</c> apply, so the three show the same rows.
    /// </summary>
    internal static void Suppress(IReadOnlyList<Row> block, int k)
    {
        if (!block.Any(r => r.IsSmall(k)))
        {
            foreach (var row in block)
            {
                row.Suppressed = false;
            }

            return;
        }

        var cells = block.Select(r => new LatticeCell([r.Topic])).ToList();
        var suppressed = LatticeSuppression.Suppressed(cells, 1, members => Measure(block, members, k));
        for (var i = 0; i < block.Count; i++)
        {
            block[i].Suppressed = suppressed.Contains(i);
        }
    }

    /// <summary>
    /// A topic's row, or the period's total. The trend tables keep no people ids, so the total's distinct people are known
    /// only to be at least the largest row's: when that is below k every row is small and suppressed already, and whether
    /// the total counts as one more unknown changes nothing — so it is taken as small then.
    /// </summary>
    internal static GroupMeasure Measure(IReadOnlyList<Row> block, IReadOnlyList<int> members, int k)
    {
        if (members.Count == 1)
        {
            var row = block[members[0]];
            return new GroupMeasure(row.IsSmall(k), row.Size);
        }

        var notes = members.Sum(i => block[i].Notes);
        var lessons = members.Sum(i => block[i].Lessons);
        var people = members.Max(i => block[i].People);
        return new GroupMeasure(people < k || (notes > 0 ? notes < k : lessons < k), notes);
    }

    internal sealed record Row(
        string Granularity, DateOnly PeriodStart, string Topic, int Notes, double? Share, int Upward, int Downward, int Mutual, int Lessons, int People)
    {
        /// <summary>As trendingTopics: rows with notes are the complement first, the fewest notes first; rows of lessons only after them.</summary>
        public int Size => Notes > 0 ? Notes : (1 << 30) + Lessons;

        public bool Suppressed { get; set; }

        /// <summary>The lessons rule hides the topic's lessons of the period (<see cref="TopicTrendLessons"/>): lessons are not shown even when the row is.</summary>
        public bool LessonsHidden { get; set; }

        /// <summary>As trendingTopics: fewer than k notes (but some) or people; a row of lessons only: fewer than k lessons or people.</summary>
        public bool IsSmall(int k) => People < k || (Notes > 0 ? Notes < k : Lessons < k);
    }
}
