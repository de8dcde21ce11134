using System.Globalization;
using System.Text.Json.Nodes;
using MentorGraph.Api.Exports;
using MentorGraph.Api.Schema.Nodes;
using MentorGraph.Api.Tests.Insights;
using MentorGraph.Tests.Support;
using Npgsql;

namespace MentorGraph.Api.Tests.Exports;

/// <summary>
/// What the exports hold on the labelled demo seed, read back with CsvHelper's reader: the trend table's rows and a
/// direct count of the lessons where shown, the GraphQL series, the same rows in both formats, and the privacy rule
/// (small rows suppressed with empty numbers, never alone on a line, so no total recovers them).
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class ExportContentTests(InsightsApiFixture api) : IClassFixture<InsightsApiFixture>
{
    private const int K = 5;
    private const string Range = "from=2025-06-18&to=2026-06-17";

    [Fact]
    public async Task TopicTrendsCsv_HasTheDocumentedColumns_AndEveryTrendRowOfTheRange_EqualWhereShown()
    {
        var rows = (await api.GetAsync($"/exports/topic-trends.csv?{Range}", api.Token("ANALYST"))).CsvRows();
        var table = await QueryAsync("""
            SELECT granularity, period_start::text, topic_id, notes, share, upward, downward, mutual, lessons, people
            FROM insights.topic_trends WHERE period_start BETWEEN '2025-06-18' AND '2026-06-17'
            """);

        Assert.Equal(TopicTrendsExport.Columns.Select(c => c.Name), rows[0].Keys);
        Assert.Equal(table.Count, rows.Count);
        Assert.Contains(rows, r => r["suppressed"] == "false");
        var byKey = table.ToDictionary(t => ((string)t[0]!, (string)t[1]!, (string)t[2]!));
        foreach (var row in rows)
        {
            var source = byKey[(row["granularity"], row["period_start"], row["topic"])];
            if (row["suppressed"] == "true")
            {
                Assert.All(new[] { "notes", "share", "upward", "downward", "mutual", "lessons", "people" }, c => Assert.Equal(string.Empty, row[c]));
                continue;
            }

            Assert.Equal(source[3]!.ToString(), row["notes"]);
            Assert.Equal(source[4] is double share ? share.ToString("R", CultureInfo.InvariantCulture) : string.Empty, row["share"]);
            // lessons: the table's number, or empty where the lessons rule hides the topic's lessons (TopicTrendLessonsTests).
            Assert.Equal((source[5], source[6], source[7], source[9]).ToString(), (int.Parse(row["upward"]), int.Parse(row["downward"]), int.Parse(row["mutual"]), int.Parse(row["people"])).ToString());
            Assert.True(row["lessons"].Length == 0 || row["lessons"] == source[8]!.ToString(), $"lessons {row["lessons"]} is not the table's {source[8]}.");
            Assert.True((int)source[9]! >= K && ((int)source[3]! > 0 ? (int)source[3]! >= K : (int)source[8]! >= K), $"A small row is shown: {string.Join(',', row.Values)}");
        }
    }

    [Fact]
    public async Task TopicTrends_NoPeriodHoldsExactlyOneSuppressedRow_SoThePeriodTotalRecoversNone()
    {
        var rows = (await api.GetAsync($"/exports/topic-trends.csv?{Range}", api.Token("ANALYST"))).CsvRows();

        var suppressedPerPeriod = rows.GroupBy(r => (r["granularity"], r["period_start"])).Select(g => g.Count(r => r["suppressed"] == "true")).ToList();
        Assert.DoesNotContain(1, suppressedPerPeriod);
        Assert.Contains(suppressedPerPeriod, n => n >= 2);
    }

    [Fact]
    public async Task TopicTrendsWeeks_EqualTrendingTopicsSeries_WhereBothShowThem()
    {
        var rows = (await api.GetAsync("/exports/topic-trends.csv?from=2026-03-30&to=2026-06-16", api.Token("ANALYST"))).CsvRows();
        var graphQL = (await api.RunAsync(
            "query($period: PeriodInput!) { trendingTopics(period: $period) { topic { id } series { start notes } } }",
            api.Token("ANALYST"),
            new { period = new { from = "2026-03-30", to = "2026-06-16" } })).Ok()["trendingTopics"]!.AsArray();

        var compared = 0;
        foreach (var topic in graphQL)
        {
            foreach (var point in topic!["series"]!.AsArray())
            {
                var notes = (int?)point!["notes"];
                var row = rows.SingleOrDefault(r => r["granularity"] == "WEEK" && r["topic"] == (string)topic["topic"]!["id"]! && r["period_start"] == (string)point["start"]!);
                if (notes is null || row is null || row["suppressed"] == "true")
                {
                    continue;
                }

                Assert.Equal(notes.Value.ToString(CultureInfo.InvariantCulture), row["notes"]);
                compared++;
            }
        }

        Assert.True(compared >= 60, $"Only {compared} points compared.");
    }

    [Theory]
    [InlineData("topic-trends")]
    [InlineData("lessons")]
    public async Task JsonLines_HoldTheSameRowsAsCsv_WithNullsForEmptyFields(string export)
    {
        var csv = (await api.GetAsync($"/exports/{export}.csv?{Range}", api.Token("ADMIN"))).CsvRows();
        var json = (await api.GetAsync($"/exports/{export}.jsonl?{Range}", api.Token("ADMIN"))).JsonLines();

        Assert.Equal(csv.Count, json.Count);
        for (var i = 0; i < csv.Count; i++)
        {
            Assert.Equal(csv[i].Keys, json[i].Select(p => p.Key));
            foreach (var (name, text) in csv[i])
            {
                var value = json[i][name];
                Assert.Equal(text, value is null ? string.Empty : value.GetValueKind() == System.Text.Json.JsonValueKind.String ? (string)value! : value.ToJsonString());
            }
        }
    }

    [Fact]
    public async Task LessonsCsv_EqualsADirectCountWhereShown_AndShowsNoSmallRow()
    {
        var response = await api.GetAsync($"/exports/lessons.csv?{Range}", api.Token("ANALYST"));
        var rows = response.CsvRows();
        var direct = await QueryAsync("""
            SELECT date_trunc('week', l.created_at AT TIME ZONE 'UTC')::date::text, l.topic_id, l.direction, t.department_id,
                   count(*)::integer, (SELECT count(DISTINCT p)::integer FROM unnest(array_agg(l.teacher_id) || array_agg(l.learner_id)) p)
            FROM lessons l JOIN people t ON t.id = l.teacher_id
            WHERE l.topic_id IS NOT NULL AND l.created_at >= '2025-06-16T00:00:00Z' AND l.created_at < '2026-06-22T00:00:00Z'
            GROUP BY 1, 2, 3, 4
            """);

        Assert.Equal(LessonsExport.Columns.Select(c => c.Name), rows[0].Keys);
        Assert.Equal(direct.Count, rows.Count);
        Assert.Contains(rows, r => r["suppressed"] == "true");
        var byKey = direct.ToDictionary(d => ((string)d[0]!, (string)d[1]!, (string)d[2]!, d[3] is long id ? GlobalId.Encode(NodeTypes.Department, id) : string.Empty));
        foreach (var row in rows)
        {
            var source = byKey[(row["week_start"], row["topic"], row["direction"], row["department_id"])];
            if (row["suppressed"] == "true")
            {
                Assert.Equal((string.Empty, string.Empty), (row["lessons"], row["people"]));
            }
            else
            {
                Assert.Equal((source[4]!.ToString(), source[5]!.ToString()), (row["lessons"], row["people"]));
                Assert.True((int)source[4]! >= K && (int)source[5]! >= K);
            }
        }
    }

    [Fact]
    public async Task LessonsInAWeekWithOneLargeGroup_AreShown_AndEqualADirectCount()
    {
        // The seed's lessons are too few per week, topic, direction and department for any row to reach k, so six are
        // copied from six pairings with one topic, direction and teacher department into an otherwise empty week.
        await QueryAsync("""
            WITH pick AS (
                SELECT l.topic_id, l.direction, t.department_id
                FROM lessons l JOIN people t ON t.id = l.teacher_id
                WHERE l.topic_id IS NOT NULL AND t.department_id IS NOT NULL
                GROUP BY 1, 2, 3 HAVING count(DISTINCT l.pairing_id) >= 6 AND count(DISTINCT l.learner_id) >= 6
                ORDER BY count(*) DESC LIMIT 1
            ), sources AS (
                SELECT DISTINCT ON (l.learner_id) l.*
                FROM lessons l JOIN people t ON t.id = l.teacher_id JOIN pick ON (pick.topic_id, pick.direction, pick.department_id) = (l.topic_id, l.direction, t.department_id)
                ORDER BY l.learner_id, l.id
                LIMIT 6
            )
            INSERT INTO lessons (pairing_id, teacher_id, learner_id, title, topic_id, topic_source, direction, visibility, created_at, updated_at)
            SELECT pairing_id, teacher_id, learner_id, 'Copied for the export test', topic_id, topic_source, direction, visibility,
                   timestamptz '2024-01-03 12:00:00+00', timestamptz '2024-01-03 12:00:00+00'
            FROM sources
            RETURNING id
            """);
        var direct = await QueryAsync("""
            SELECT count(*)::integer, (SELECT count(DISTINCT p)::integer FROM unnest(array_agg(teacher_id) || array_agg(learner_id)) p)
            FROM lessons WHERE created_at >= '2024-01-01T00:00:00Z' AND created_at < '2024-01-08T00:00:00Z'
            """);

        var rows = (await api.GetAsync("/exports/lessons.csv?from=2024-01-01&to=2024-01-07", api.Token("ANALYST"))).CsvRows();

        var row = Assert.Single(rows);
        Assert.Equal(("2024-01-01", "false", "6", direct[0][1]!.ToString()), (row["week_start"], row["suppressed"], row["lessons"], row["people"]));
    }

    [Fact]
    public async Task Lessons_NoLineOfAWeekHoldsExactlyOneSuppressedRow_SoNoTotalRecoversIt()
    {
        var rows = (await api.GetAsync($"/exports/lessons.csv?{Range}", api.Token("ANALYST"))).CsvRows();
        var lines = new Func<Dictionary<string, string>, string>[]
        {
            r => r["week_start"],
            r => r["week_start"] + r["topic"],
            r => r["week_start"] + r["direction"],
            r => r["week_start"] + r["department_id"],
            r => r["week_start"] + r["topic"] + r["direction"],
            r => r["week_start"] + r["topic"] + r["department_id"],
            r => r["week_start"] + r["direction"] + r["department_id"],
        };

        foreach (var line in lines)
        {
            // A line whose every row is suppressed gives nothing away by subtraction; one suppressed row beside shown ones would.
            Assert.All(rows.GroupBy(line), g => Assert.False(g.Count(r => r["suppressed"] == "true") == 1 && g.Count() > 1, $"Line {g.Key}"));
        }
    }

    [Fact]
    public async Task LessonsByDepartment_HoldOnlyThatDepartmentsTeachers()
    {
        var department = (long)(await QueryAsync("SELECT department_id FROM people WHERE department_id IS NOT NULL GROUP BY 1 ORDER BY count(*) DESC LIMIT 1"))[0][0]!;
        var id = GlobalId.Encode(NodeTypes.Department, department);

        var rows = (await api.GetAsync($"/exports/lessons.csv?{Range}&departmentId={Uri.EscapeDataString(id)}", api.Token("ANALYST"))).CsvRows();

        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Equal(id, r["department_id"]));
    }

    [Fact]
    public async Task LessonsExport_HoldsNoTitleOrPersonName()
    {
        var body = System.Text.Encoding.UTF8.GetString((await api.GetAsync($"/exports/lessons.jsonl?{Range}", api.Token("ANALYST"))).Body);
        var texts = await QueryAsync("""
            (SELECT title FROM lessons WHERE length(title) > 12 LIMIT 50) UNION ALL (SELECT name FROM people LIMIT 50)
            """);

        Assert.NotEmpty(texts);
        Assert.All(texts, t => Assert.DoesNotContain((string)t[0]!, body, StringComparison.Ordinal));
    }

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
