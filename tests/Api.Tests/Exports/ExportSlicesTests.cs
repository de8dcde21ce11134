using System.Globalization;
using MentorGraph.Api.Exports;
using MentorGraph.Api.Jobs;
using MentorGraph.Api.Schema.Nodes;
using MentorGraph.Persistence.Insights;
using MentorGraph.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace MentorGraph.Api.Tests.Exports;

/// <summary>
/// Filtered exports are slices of the unfiltered one's lattice, and the analytics views are the unfiltered export's rows
/// (published by <see cref="AnalyticsPublication"/> with the exports' rule): a filtered export cannot be subtracted from
/// the unfiltered one to recover a suppressed group, the views follow k and new data, on real PostgreSQL.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class ExportSlicesTests(ExportSlicesFixture api) : IClassFixture<ExportSlicesFixture>
{
    private const int K = 5;
    private const string Range = "from=2022-12-01&to=2026-12-31";
    private static readonly DateOnly From = new(2022, 12, 1);
    private static readonly DateOnly To = new(2026, 12, 31);

    [Fact]
    public async Task LessonsByDepartment_EqualTheUnfilteredRowsOfThatDepartment_SuppressionIncluded()
    {
        var all = await LessonsAsync(null);
        var departments = all.Select(r => r["department_id"]).Where(d => d.Length > 0).Distinct().ToList();
        var mixed = all.Where(r => r["week_start"] == ExportSlicesFixture.MixedWeek.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).ToList();

        Assert.True(departments.Count >= 3, $"Only {departments.Count} departments.");
        Assert.Contains(mixed, r => r["suppressed"] == "false");
        Assert.Contains(mixed, r => r["suppressed"] == "true");
        foreach (var department in departments)
        {
            var sliced = await LessonsAsync($"departmentId={Uri.EscapeDataString(department)}");
            Assert.Equal(all.Where(r => r["department_id"] == department).Select(Line), sliced.Select(Line));
        }
    }

    [Fact]
    public async Task LessonsByProgram_AddUpToTheUnfilteredRows_AndNoUnfilteredRowLessOneProgramsRowsGivesAHiddenOneBack()
    {
        var all = (await LessonsAsync(null)).ToDictionary(Key);
        var programs = await ProgramIdsAsync();
        var byProgram = new List<Dictionary<string, Dictionary<string, string>>>();
        foreach (var program in programs)
        {
            byProgram.Add((await LessonsAsync($"programId={Uri.EscapeDataString(GlobalId.Encode(NodeTypes.Program, program))}")).ToDictionary(Key));
        }

        var compared = 0;
        var protectedRows = 0;
        foreach (var (key, row) in all)
        {
            var parts = byProgram.Where(p => p.ContainsKey(key)).Select(p => p[key]).ToList();
            Assert.NotEmpty(parts);
            var hidden = parts.Count(p => p["suppressed"] == "true");
            if (row["suppressed"] == "false")
            {
                // The unfiltered row less the shown programs' rows is the hidden programs' sum: never one hidden row alone.
                Assert.False(hidden == 1, $"Row {key}: one program's row is hidden and the others are shown; subtraction recovers it.");
                protectedRows += hidden >= 2 ? 1 : 0;
                if (hidden == 0)
                {
                    Assert.Equal(int.Parse(row["lessons"], CultureInfo.InvariantCulture), parts.Sum(p => int.Parse(p["lessons"], CultureInfo.InvariantCulture)));
                    compared++;
                }
            }
        }

        Assert.True(programs.Count >= 2, $"Only {programs.Count} programs.");
        Assert.True(compared + protectedRows > 0, "No shown unfiltered row had its programs' parts checked.");
    }

    [Fact]
    public async Task LessonsByProgramAndDepartment_AreThatDepartmentsRowsOfTheProgramsExport()
    {
        var program = $"programId={Uri.EscapeDataString(GlobalId.Encode(NodeTypes.Program, api.BigProgramId))}";
        var byProgram = await LessonsAsync(program);
        var departments = byProgram.Select(r => r["department_id"]).Where(d => d.Length > 0).Distinct().ToList();

        Assert.NotEmpty(departments);
        foreach (var department in departments)
        {
            var both = await LessonsAsync($"{program}&departmentId={Uri.EscapeDataString(department)}");
            Assert.Equal(byProgram.Where(r => r["department_id"] == department).Select(Line), both.Select(Line));
        }
    }

    [Fact]
    public async Task SubtractingTheBigProgramsRowFromTheUnfilteredRow_DoesNotRecoverTheSmallProgramsTwoLessons()
    {
        var week = ExportSlicesFixture.AttackWeek.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var query = $"from={week}&to={ExportSlicesFixture.AttackWeek.AddDays(6):yyyy-MM-dd}";
        var all = await LessonsAsync(null, query);
        var big = await LessonsAsync($"programId={Uri.EscapeDataString(GlobalId.Encode(NodeTypes.Program, api.BigProgramId))}", query);
        var small = await LessonsAsync($"programId={Uri.EscapeDataString(GlobalId.Encode(NodeTypes.Program, api.SmallProgramId))}", query);

        // The unfiltered row is large and shown: the big program's lessons and 2 of the small one.
        var total = Assert.Single(all);
        Assert.Equal(("false", api.AttackLessons.ToString(CultureInfo.InvariantCulture)), (total["suppressed"], total["lessons"]));

        // The attack: the unfiltered row less the big program's row would be the small program's 2 lessons. The small
        // program's row is small, and so the big program's is hidden as its complement: nothing to subtract.
        var bigRow = Assert.Single(big);
        var smallRow = Assert.Single(small);
        Assert.Equal("true", smallRow["suppressed"]);
        Assert.Equal(("true", string.Empty), (bigRow["suppressed"], bigRow["lessons"]));
        int? recovered = bigRow["lessons"].Length == 0 ? null : int.Parse(total["lessons"], CultureInfo.InvariantCulture) - int.Parse(bigRow["lessons"], CultureInfo.InvariantCulture);
        Assert.Null(recovered);
    }

    [Fact]
    public async Task LessonsFromMidweekToMidweek_AreTheWholeWeeksRows_SoNoTwoRangesDifferByAFewDays()
    {
        var partial = await LessonsAsync(null, "from=2023-01-04&to=2023-01-10");
        var whole = await LessonsAsync(null, "from=2023-01-02&to=2023-01-15");

        Assert.Equal(["2023-01-02", "2023-01-09"], partial.Select(r => r["week_start"]).Distinct());
        Assert.Equal(whole.Select(Line), partial.Select(Line));
    }

    [Fact]
    public async Task LessonsView_EqualsTheUnfilteredExportRows()
    {
        var export = (await LessonsAsync(null)).Select(Line).Order(StringComparer.Ordinal).ToList();
        var view = await ViewLinesAsync();

        Assert.True(export.Count > 100, $"Only {export.Count} rows.");
        Assert.Equal(export, view);
    }

    /// <summary>
    /// The view's rows split each week's department × topic groups by direction; that grid is decided as
    /// <c>knowledgeFlow(groupBy: [DEPARTMENT, TOPIC])</c> over the week decides it, so a group the answer hides never has
    /// every direction row shown (their sum would be it), and a shown group's rows, when all shown, add up to its total.
    /// </summary>
    [Fact]
    public async Task KnowledgeFlowView_NeverShowsWholeAGroupThatKnowledgeFlowHidesForTheWeek()
    {
        var weeks = (await QueryAsync("SELECT DISTINCT week_start FROM analytics.knowledge_flow WHERE suppressed ORDER BY 1 LIMIT 4"))
            .Select(r => (DateOnly)r[0]!).ToList();
        var hiddenChecked = 0;
        foreach (var week in weeks)
        {
            var view = (await QueryAsync($"SELECT department_id, topic, suppressed, notes FROM analytics.knowledge_flow WHERE week_start = '{week:yyyy-MM-dd}'"))
                .GroupBy(r => (r[0] is long id ? GlobalId.Encode(NodeTypes.Department, id) : "NONE") + "|" + (string)r[1]!)
                .ToDictionary(g => g.Key, g => g.ToList());
            var response = await Insights.GraphQLPost.RunAsync(api.Host, """
                query($p: PeriodInput!) { knowledgeFlow(period: $p, groupBy: [DEPARTMENT, TOPIC]) { key suppressed total } }
                """, api.Token("ANALYST"), new { p = new { from = week.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), to = week.AddDays(6).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) } });
            foreach (var group in response.Ok()["knowledgeFlow"]!.AsArray())
            {
                var rows = view[(string)group!["key"]!];
                if ((bool)group["suppressed"]!)
                {
                    Assert.Contains(rows, r => (bool)r[2]!);
                    hiddenChecked++;
                }
                else if (rows.All(r => !(bool)r[2]!))
                {
                    Assert.Equal((int)group["total"]!, rows.Sum(r => (int)r[3]!));
                }
            }
        }

        Assert.True(hiddenChecked > 0, "some group is hidden in the weeks checked");
    }

    [Fact]
    public async Task KnowledgeFlowView_ShowsDirectCountsOfAtLeastK_AndEveryOtherRowSuppressedWithoutNumbers()
    {
        var rows = await QueryAsync("""
            SELECT v.suppressed, v.notes, v.authors, d.notes, d.authors, v.minimum_group_size
            FROM analytics.knowledge_flow v
            FULL JOIN (
                SELECT date_trunc('week', n.created_at AT TIME ZONE 'UTC')::date AS week_start, n.topic_id, n.direction, a.department_id,
                       count(*)::integer AS notes, count(DISTINCT n.author_id)::integer AS authors
                FROM session_notes n JOIN people a ON a.id = n.author_id
                WHERE n.topic_id IS NOT NULL
                GROUP BY 1, 2, 3, 4
            ) d ON (d.week_start, d.topic_id, d.direction) = (v.week_start, v.topic, v.direction) AND d.department_id IS NOT DISTINCT FROM v.department_id
            """);

        Assert.All(rows, r => Assert.NotNull(r[0]));
        Assert.All(rows, r => Assert.Equal(K, r[5]));
        Assert.Contains(rows, r => (bool)r[0]! == false);
        Assert.Contains(rows, r => (bool)r[0]!);
        foreach (var r in rows)
        {
            if ((bool)r[0]!)
            {
                Assert.Equal((null, null), (r[1], r[2]));
            }
            else
            {
                Assert.Equal((r[3], r[4]), (r[1], r[2]));
                Assert.True((int)r[3]! >= K && (int)r[4]! >= K);
            }
        }
    }

    [Fact]
    public async Task ChangingK_RepublishesEverything_AndTheViewsFollow()
    {
        await using var dataSource = NpgsqlDataSource.Create(api.ConnectionString);
        var publication = new AnalyticsPublication(dataSource);
        try
        {
            var result = await publication.PublishAsync("UTC", 3, full: false, default);
            var expected = await ExportLinesAsync(dataSource, 3);

            Assert.True(result.Full);
            Assert.Equal(3, (int)(await QueryAsync("SELECT analytics.minimum_group_size()"))[0][0]!);
            Assert.Equal([3], (await QueryAsync("SELECT DISTINCT minimum_group_size FROM analytics.lessons UNION SELECT DISTINCT minimum_group_size FROM analytics.topic_trends UNION SELECT DISTINCT minimum_group_size FROM analytics.knowledge_flow")).Select(r => (int)r[0]!));
            Assert.Equal(expected, await ViewLinesAsync());
            Assert.NotEqual(await ExportLinesAsync(dataSource, K), expected);
        }
        finally
        {
            var back = await publication.PublishAsync("UTC", K, full: false, default);
            Assert.True(back.Full);
        }

        Assert.Equal(K, (int)(await QueryAsync("SELECT analytics.minimum_group_size()"))[0][0]!);
        Assert.Equal(await ExportLinesAsync(dataSource, K), await ViewLinesAsync());
    }

    [Fact]
    public async Task ALessonAddedThenDeleted_RepublishesOnlyItsWeek_AndTheTrendRefreshOnlyItsPeriods()
    {
        await using var dataSource = NpgsqlDataSource.Create(api.ConnectionString);
        var publication = new AnalyticsPublication(dataSource);
        await publication.PublishAsync("UTC", K, full: false, default);

        var id = (long)(await QueryAsync("""
            INSERT INTO lessons (pairing_id, teacher_id, learner_id, title, topic_id, topic_source, direction, visibility, created_at, updated_at)
            SELECT pairing_id, teacher_id, learner_id, 'Added for the publication test', topic_id, topic_source, direction, visibility,
                   timestamptz '2023-03-15 12:00:00+00', timestamptz '2023-03-15 12:00:00+00'
            FROM lessons WHERE topic_id IS NOT NULL ORDER BY id LIMIT 1
            RETURNING id
            """))[0][0]!;
        var added = await api.Host.App.Services.GetRequiredService<PublishAnalyticsJob>().RunAsync(default);
        var shown = await QueryAsync("SELECT suppressed, lessons FROM analytics.lessons WHERE week_start = '2023-03-13'");
        await new TopicTrendTables(dataSource).RefreshAsync("UTC", default);
        var refreshed = await publication.PublishAsync("UTC", K, full: false, default);
        var trendRows = await QueryAsync("SELECT granularity, suppressed FROM analytics.topic_trends WHERE period_start IN ('2023-03-13', '2023-03-01') ORDER BY 1");

        await QueryAsync($"DELETE FROM lessons WHERE id = {id}");
        await new TopicTrendTables(dataSource).RefreshAsync("UTC", default);
        var deleted = await publication.PublishAsync("UTC", K, full: false, default);
        var after = await QueryAsync("SELECT count(*) FROM analytics.lessons WHERE week_start = '2023-03-13'");

        // The lesson's week, and the trend rows of its week and month (their lessons column is decided by those lessons).
        Assert.Equal((false, 1, 2), (added.Full, added.Weeks, added.Periods));
        var single = Assert.Single(shown);
        Assert.Equal(true, single[0]);
        Assert.Null(single[1]);
        Assert.Equal((0, 2), (refreshed.Weeks, refreshed.Periods));
        Assert.Equal(["MONTH", "WEEK"], trendRows.Select(r => (string)r[0]!));
        Assert.Equal((false, 1, 2), (deleted.Full, deleted.Weeks, deleted.Periods));
        Assert.Equal(0L, after[0][0]);
        Assert.Equal(await ExportLinesAsync(dataSource, K), await ViewLinesAsync());
    }

    [Fact]
    public async Task APersonMovingDepartment_RepublishesEverything_AndTheViewFollows()
    {
        await using var dataSource = NpgsqlDataSource.Create(api.ConnectionString);
        var publication = new AnalyticsPublication(dataSource);
        await publication.PublishAsync("UTC", K, full: false, default);
        var picked = (await QueryAsync("""
            SELECT p.id, p.department_id FROM lessons l JOIN people p ON p.id = l.teacher_id
            WHERE l.topic_id IS NOT NULL AND p.department_id IS NOT NULL ORDER BY l.id LIMIT 1
            """))[0];
        var (teacher, department) = ((long)picked[0]!, (long)picked[1]!);
        var other = (long)(await QueryAsync($"SELECT id FROM departments WHERE id <> {department} ORDER BY id LIMIT 1"))[0][0]!;

        await QueryAsync($"UPDATE people SET department_id = {other} WHERE id = {teacher}");
        var moved = await publication.PublishAsync("UTC", K, full: false, default);
        var viewAfterMove = await ViewLinesAsync();
        var exportAfterMove = await ExportLinesAsync(dataSource, K);
        await QueryAsync($"UPDATE people SET department_id = {department} WHERE id = {teacher}");
        var back = await publication.PublishAsync("UTC", K, full: false, default);

        Assert.True(moved.Full);
        Assert.Equal(exportAfterMove, viewAfterMove);
        Assert.True(back.Full);
        Assert.Equal(await ExportLinesAsync(dataSource, K), await ViewLinesAsync());
    }

    private async Task<List<Dictionary<string, string>>> LessonsAsync(string? filter, string range = Range) =>
        (await api.Host.GetAsync($"/exports/lessons.csv?{range}{(filter is null ? string.Empty : "&" + filter)}", api.Token("ANALYST"))).CsvRows();

    private static string Key(Dictionary<string, string> row) => $"{row["week_start"]}|{row["topic"]}|{row["direction"]}|{row["department_id"]}";

    private static string Line(Dictionary<string, string> row) => string.Join('|', row.Values);

    /// <summary>The unfiltered lessons export's rows with k (<see cref="LessonsExport.ReadWeeksAsync"/>), as CSV-like lines, sorted.</summary>
    private static async Task<List<string>> ExportLinesAsync(NpgsqlDataSource dataSource, int k)
    {
        var lines = new List<string>();
        await using var connection = await dataSource.OpenConnectionAsync();
        await LessonsExport.ReadWeeksAsync(connection, From, To, "UTC", k, byProgram: false, (block, _) =>
        {
            lines.AddRange(block.Select(r => string.Join('|',
                r.WeekStart.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), r.Topic, r.Direction,
                r.DepartmentId is { } d ? GlobalId.Encode(NodeTypes.Department, d) : string.Empty, r.Department ?? string.Empty,
                r.Suppressed ? "true" : "false", r.Suppressed ? string.Empty : r.Lessons.ToString(CultureInfo.InvariantCulture),
                r.Suppressed ? string.Empty : r.People.ToString(CultureInfo.InvariantCulture))));
            return ValueTask.CompletedTask;
        }, default);
        return [.. lines.Order(StringComparer.Ordinal)];
    }

    /// <summary>analytics.lessons as the export's CSV lines (department as a node id), sorted.</summary>
    private async Task<List<string>> ViewLinesAsync()
    {
        var rows = await QueryAsync("""
            SELECT week_start::text, topic, direction, department_id, coalesce(department, ''), suppressed::text,
                   coalesce(lessons::text, ''), coalesce(people::text, '')
            FROM analytics.lessons
            """);
        return [.. rows.Select(r => string.Join('|', r[0], r[1], r[2], r[3] is long d ? GlobalId.Encode(NodeTypes.Department, d) : string.Empty, r[4], r[5], r[6], r[7]))
            .Order(StringComparer.Ordinal)];
    }

    private async Task<List<long>> ProgramIdsAsync() =>
        [.. (await QueryAsync("SELECT DISTINCT pr.program_id FROM lessons l JOIN pairings pr ON pr.id = l.pairing_id WHERE l.topic_id IS NOT NULL ORDER BY 1")).Select(r => (long)r[0]!)];

    private async Task<List<object?[]>> QueryAsync(string sql)
    {
        await using var dataSource = NpgsqlDataSource.Create(api.ConnectionString);
        await using var command = dataSource.CreateCommand(sql);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<object?[]>();
        while (await reader.ReadAsync())
        {
            var row = new object?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            }

            rows.Add(row);
        }

        return rows;
    }
}
