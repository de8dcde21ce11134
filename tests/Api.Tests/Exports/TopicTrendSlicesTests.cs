using System.Globalization;
using MentorGraph.Api.Schema.Nodes;
using MentorGraph.Tests.Support;
using Npgsql;

namespace MentorGraph.Api.Tests.Exports;

/// <summary>
/// <c>/exports/topic-trends</c> filtered by <c>departmentId</c> / <c>programId</c> on real PostgreSQL: the shown numbers are
/// direct SQL counts of the slice, and the rows are slices of one lattice over every department (program) and topic, so
/// the unfiltered row less the other departments' shown rows never gives one hidden department's row back.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class TopicTrendSlicesTests(ExportSlicesFixture api) : IClassFixture<ExportSlicesFixture>
{
    private const string Range = "from=2022-12-01&to=2026-12-31";

    [Fact]
    public async Task ByDepartment_ShownNotesLessonsAndPeople_EqualDirectSqlCountsOfThatDepartment()
    {
        var departments = await IdsAsync("SELECT DISTINCT department_id FROM people WHERE department_id IS NOT NULL ORDER BY 1");
        var shown = 0;
        var lessonsShown = 0;
        foreach (var department in departments)
        {
            var rows = await TrendsAsync($"departmentId={Uri.EscapeDataString(GlobalId.Encode(NodeTypes.Department, department))}");
            var counts = await CountsAsync("a.department_id = @id", "t.department_id = @id", department);
            (shown, lessonsShown) = AssertShownRowsEqual(rows, counts, shown, lessonsShown);
        }

        Assert.True(shown > 0, "No filtered row was shown.");
        Assert.True(lessonsShown > 0, "No filtered row showed its lessons.");
    }

    [Fact]
    public async Task ByProgram_ShownNotesLessonsAndPeople_EqualDirectSqlCountsOfThatProgram()
    {
        var programs = await IdsAsync("SELECT id FROM programs ORDER BY 1");
        var shown = 0;
        var lessonsShown = 0;
        foreach (var program in programs)
        {
            var rows = await TrendsAsync($"programId={Uri.EscapeDataString(GlobalId.Encode(NodeTypes.Program, program))}");
            var counts = await CountsAsync("pr.program_id = @id", "pr.program_id = @id", program);
            (shown, lessonsShown) = AssertShownRowsEqual(rows, counts, shown, lessonsShown);
        }

        Assert.True(shown > 0, "No filtered row was shown.");
        Assert.True(lessonsShown > 0, "No filtered row showed its lessons.");
    }

    [Fact]
    public async Task ByProgramAndDepartment_ShownNumbersEqualDirectSqlCounts_AndNoProgramRowLessItsDepartmentsGivesOneBack()
    {
        var program = api.BigProgramId;
        var byProgram = (await TrendsAsync($"programId={Uri.EscapeDataString(GlobalId.Encode(NodeTypes.Program, program))}")).ToDictionary(Key);
        var departments = await IdsAsync("SELECT DISTINCT department_id FROM people WHERE department_id IS NOT NULL ORDER BY 1");
        var shown = 0;
        var lessonsShown = 0;
        var slices = new List<Dictionary<string, Dictionary<string, string>>>();
        foreach (var department in departments)
        {
            var rows = await TrendsAsync(
                $"programId={Uri.EscapeDataString(GlobalId.Encode(NodeTypes.Program, program))}&departmentId={Uri.EscapeDataString(GlobalId.Encode(NodeTypes.Department, department))}");
            var counts = await CountsAsync(
                $"pr.program_id = {program} AND a.department_id = @id", $"pr.program_id = {program} AND t.department_id = @id", department);
            (shown, lessonsShown) = AssertShownRowsEqual(rows, counts, shown, lessonsShown);
            slices.Add(rows.ToDictionary(Key));
        }

        foreach (var (key, _) in byProgram.Where(r => r.Value["suppressed"] == "false"))
        {
            var parts = slices.Where(s => s.ContainsKey(key)).Select(s => s[key]).ToList();
            Assert.False(parts.Count(p => p["suppressed"] == "true") == 1, $"Row {key}: one department's row of the program is hidden and the others are shown.");
        }

        Assert.True(shown > 0, "No filtered row was shown.");
    }

    [Fact]
    public async Task UnfilteredRowLessTheOtherDepartmentsShownRows_NeverGivesBackOneHiddenDepartmentsRow()
    {
        var all = (await TrendsAsync(null)).ToDictionary(Key);
        var departments = await IdsAsync("SELECT DISTINCT department_id FROM people WHERE department_id IS NOT NULL ORDER BY 1");
        var withoutDepartment = (await IdsAsync("SELECT count(*) FROM people WHERE department_id IS NULL"))[0];
        var slices = new List<Dictionary<string, Dictionary<string, string>>>();
        foreach (var department in departments)
        {
            slices.Add((await TrendsAsync($"departmentId={Uri.EscapeDataString(GlobalId.Encode(NodeTypes.Department, department))}")).ToDictionary(Key));
        }

        var checkedRows = 0;
        var protectedRows = 0;
        foreach (var (key, row) in all.Where(r => r.Value["suppressed"] == "false"))
        {
            var parts = slices.Where(s => s.ContainsKey(key)).Select(s => s[key]).ToList();
            var hidden = parts.Count(p => p["suppressed"] == "true");
            Assert.False(hidden == 1 && withoutDepartment == 0, $"Row {key}: one department's row is hidden and the others are shown; subtraction recovers it.");
            foreach (var part in parts.Where(p => p["suppressed"] == "true"))
            {
                Assert.True(part["notes"].Length == 0 && part["lessons"].Length == 0 && part["people"].Length == 0, $"Row {key}: a suppressed row has numbers.");
            }

            protectedRows += hidden >= 2 ? 1 : 0;
            checkedRows++;
        }

        Assert.Equal(0, withoutDepartment);
        Assert.True(checkedRows > 0, "No shown unfiltered row.");
        Assert.True(protectedRows > 0, "No shown unfiltered row had hidden department rows: the attack was not exercised.");
    }

    [Fact]
    public async Task UnfilteredRowLessTheOtherProgramsShownRows_NeverGivesBackOneHiddenProgramsRow()
    {
        var all = (await TrendsAsync(null)).ToDictionary(Key);
        var slices = new List<Dictionary<string, Dictionary<string, string>>>();
        foreach (var program in await IdsAsync("SELECT id FROM programs ORDER BY 1"))
        {
            slices.Add((await TrendsAsync($"programId={Uri.EscapeDataString(GlobalId.Encode(NodeTypes.Program, program))}")).ToDictionary(Key));
        }

        var checkedRows = 0;
        foreach (var (key, row) in all.Where(r => r.Value["suppressed"] == "false"))
        {
            var parts = slices.Where(s => s.ContainsKey(key)).Select(s => s[key]).ToList();
            Assert.NotEmpty(parts);
            Assert.False(parts.Count(p => p["suppressed"] == "true") == 1, $"Row {key}: one program's row is hidden and the others are shown; subtraction recovers it.");
            if (parts.All(p => p["suppressed"] == "false"))
            {
                Assert.Equal(int.Parse(row["notes"], CultureInfo.InvariantCulture), parts.Sum(p => int.Parse(p["notes"], CultureInfo.InvariantCulture)));
            }

            checkedRows++;
        }

        Assert.True(slices.Count >= 2 && checkedRows > 0, $"{slices.Count} programs, {checkedRows} shown unfiltered rows.");
    }

    [Fact]
    public async Task ByDepartment_AWeeksShownLessons_NeverGiveBackOneHiddenRowOfTheLessonsExportByDepartment()
    {
        var departments = await IdsAsync("SELECT DISTINCT department_id FROM people WHERE department_id IS NOT NULL ORDER BY 1");
        var compared = 0;
        foreach (var department in departments)
        {
            var filter = $"departmentId={Uri.EscapeDataString(GlobalId.Encode(NodeTypes.Department, department))}";
            var trends = await TrendsAsync(filter);
            var lessons = (await api.Host.GetAsync($"/exports/lessons.csv?{Range}&{filter}", api.Token("ANALYST"))).CsvRows();
            foreach (var row in trends.Where(r => r["granularity"] == "WEEK" && r["lessons"].Length > 0))
            {
                // The lessons export's rows of that week, topic and department (one per direction): the trend row's lessons
                // are their sum, so it may be shown only when not exactly one of them is hidden.
                var parts = lessons.Where(l => l["week_start"] == row["period_start"] && l["topic"] == row["topic"]).ToList();
                var hidden = parts.Count(p => p["suppressed"] == "true");
                Assert.False(hidden == 1, $"{row["period_start"]} {row["topic"]} in {department}: the trend row's lessons less the shown lessons rows give the hidden one back.");
                if (hidden == 0 && parts.Count > 0)
                {
                    Assert.Equal(int.Parse(row["lessons"], CultureInfo.InvariantCulture), parts.Sum(p => int.Parse(p["lessons"], CultureInfo.InvariantCulture)));
                }

                compared++;
            }
        }

        Assert.True(compared > 0, "No filtered WEEK row showed its lessons.");
    }

    [Fact]
    public async Task ByDepartment_ShareIsNotesOverTheDepartmentsClassifiedNotesOfThePeriod()
    {
        var department = (await IdsAsync("SELECT department_id FROM session_notes n JOIN people a ON a.id = n.author_id WHERE n.topic_id IS NOT NULL GROUP BY 1 ORDER BY count(*) DESC LIMIT 1"))[0];
        var rows = await TrendsAsync($"departmentId={Uri.EscapeDataString(GlobalId.Encode(NodeTypes.Department, department))}");
        var totals = (await QueryAsync("""
            SELECT g, p::text, count(*) FROM session_notes n JOIN people a ON a.id = n.author_id,
                 LATERAL (VALUES ('WEEK', date_trunc('week', n.created_at AT TIME ZONE 'UTC')::date), ('MONTH', date_trunc('month', n.created_at AT TIME ZONE 'UTC')::date)) AS v (g, p)
            WHERE n.topic_id IS NOT NULL AND a.department_id = @id GROUP BY 1, 2
            """, department)).ToDictionary(r => $"{r[0]}|{r[1]}", r => (long)r[2]!);
        var compared = 0;
        foreach (var row in rows.Where(r => r["share"].Length > 0))
        {
            var expected = double.Parse(row["notes"], CultureInfo.InvariantCulture) / totals[$"{row["granularity"]}|{row["period_start"]}"];
            Assert.Equal(expected, double.Parse(row["share"], CultureInfo.InvariantCulture), 6);
            compared++;
        }

        Assert.True(compared > 0, "No filtered row showed a share.");
    }

    private static (int Shown, int LessonsShown) AssertShownRowsEqual(
        List<Dictionary<string, string>> rows, Dictionary<string, long[]> counts, int shown, int lessonsShown)
    {
        foreach (var row in rows)
        {
            var key = Key(row);
            Assert.True(counts.ContainsKey(key), $"Row {key} has nothing in the slice.");
            if (row["suppressed"] == "true")
            {
                Assert.Equal(string.Empty, row["notes"] + row["lessons"] + row["people"] + row["share"]);
                continue;
            }

            var c = counts[key];
            Assert.Equal(
                (c[0], c[1], c[2], c[3], c[5]),
                (long.Parse(row["notes"], CultureInfo.InvariantCulture), long.Parse(row["upward"], CultureInfo.InvariantCulture),
                 long.Parse(row["downward"], CultureInfo.InvariantCulture), long.Parse(row["mutual"], CultureInfo.InvariantCulture),
                 long.Parse(row["people"], CultureInfo.InvariantCulture)));
            if (row["lessons"].Length > 0)
            {
                Assert.Equal(c[4], long.Parse(row["lessons"], CultureInfo.InvariantCulture));
                lessonsShown++;
            }

            shown++;
        }

        return (shown, lessonsShown);
    }

    /// <summary>Direct SQL: per granularity, period and topic, the slice's notes, upward, downward, mutual, lessons and people.</summary>
    private async Task<Dictionary<string, long[]>> CountsAsync(string noteFilter, string lessonFilter, long id)
    {
        var rows = await QueryAsync($"""
            WITH events AS (
                SELECT n.created_at AT TIME ZONE 'UTC' AS at, n.topic_id, n.direction, 'N' AS kind, n.author_id AS person
                FROM session_notes n JOIN people a ON a.id = n.author_id JOIN sessions s ON s.id = n.session_id JOIN pairings pr ON pr.id = s.pairing_id
                WHERE n.topic_id IS NOT NULL AND {noteFilter}
                UNION ALL
                SELECT l.created_at AT TIME ZONE 'UTC', l.topic_id, NULL, 'T', l.teacher_id
                FROM lessons l JOIN people t ON t.id = l.teacher_id JOIN pairings pr ON pr.id = l.pairing_id
                WHERE l.topic_id IS NOT NULL AND {lessonFilter}
                UNION ALL
                SELECT l.created_at AT TIME ZONE 'UTC', l.topic_id, NULL, 'L', l.learner_id
                FROM lessons l JOIN people t ON t.id = l.teacher_id JOIN pairings pr ON pr.id = l.pairing_id
                WHERE l.topic_id IS NOT NULL AND {lessonFilter}
            )
            SELECT g || '|' || p::text || '|' || topic_id,
                   count(*) FILTER (WHERE kind = 'N'), count(*) FILTER (WHERE direction = 'UPWARD'), count(*) FILTER (WHERE direction = 'DOWNWARD'),
                   count(*) FILTER (WHERE direction = 'MUTUAL'), count(*) FILTER (WHERE kind = 'T'), count(DISTINCT person)
            FROM events, LATERAL (VALUES ('WEEK', date_trunc('week', at)::date), ('MONTH', date_trunc('month', at)::date)) AS v (g, p)
            GROUP BY 1
            """, id);
        return rows.ToDictionary(r => (string)r[0]!, r => r.Skip(1).Select(v => (long)v!).ToArray());
    }

    private async Task<List<Dictionary<string, string>>> TrendsAsync(string? filter) =>
        (await api.Host.GetAsync($"/exports/topic-trends.csv?{Range}{(filter is null ? string.Empty : "&" + filter)}", api.Token("ANALYST"))).CsvRows();

    private static string Key(Dictionary<string, string> row) => $"{row["granularity"]}|{row["period_start"]}|{row["topic"]}";

    private async Task<List<long>> IdsAsync(string sql) => [.. (await QueryAsync(sql, 0)).Select(r => Convert.ToInt64(r[0], CultureInfo.InvariantCulture))];

    private async Task<List<object?[]>> QueryAsync(string sql, long id)
    {
        await using var dataSource = NpgsqlDataSource.Create(api.ConnectionString);
        await using var command = dataSource.CreateCommand(sql);
        command.Parameters.AddWithValue("id", id);
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
