using MentorGraph.Api.Seed;
using MentorGraph.Api.Tests.Seed;
using MentorGraph.Persistence.Insights;
using MentorGraph.Tests.Support;
using Npgsql;

namespace MentorGraph.Api.Tests.Insights;

/// <summary>
/// The knowledge-flow cells of migration 0013 on PostgreSQL with the labelled demo seed: refreshed incrementally they
/// equal a rebuild, through relabels, deletes, a department change and a band change; and the query over them counts
/// what a direct query over the notes counts — the direction split and, for the privacy rule, the distinct authors
/// (exact below k, as the union of the cells' author ids).
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class KnowledgeFlowCellsTests(PostgresServerFixture server)
{
    private static readonly SeedOptions LabelledSeed = SeedOptions.Default(GeneratedSeed.Today) with { Labels = true };

    [Fact]
    public async Task IncrementalRefresh_AfterSeedAndEdits_EqualsRebuild()
    {
        await using var db = await SeedDatabase.CreateMigratedAsync(server);
        await using var dataSource = NpgsqlDataSource.Create(db.ConnectionString);
        var trends = new TopicTrendTables(dataSource);
        await SeedRunner.RunAsync(db.ConnectionString, LabelledSeed, SeedMode.Refuse);
        await trends.RefreshAsync("UTC", default);
        var refreshed = await CellsTextAsync(dataSource);
        Assert.NotEmpty(refreshed);
        await trends.RebuildAsync("UTC", default);
        Assert.Equal(await CellsTextAsync(dataSource), refreshed);

        await ExecuteAsync(dataSource, """
            UPDATE session_notes SET topic_id = 'LEADERSHIP', direction = 'MUTUAL', label_source = 'PERSON', model_version = NULL WHERE id % 37 = 0;
            UPDATE session_notes SET topic_id = NULL, direction = NULL, label_source = NULL, model_version = NULL, classified_at = NULL WHERE id % 53 = 0;
            DELETE FROM note_reads WHERE note_id IN (SELECT id FROM session_notes WHERE id % 61 = 0);
            DELETE FROM session_notes WHERE id % 61 = 0;
            UPDATE people SET department_id = (SELECT max(id) FROM departments) WHERE id IN (SELECT author_id FROM session_notes WHERE id % 97 = 0);
            UPDATE people SET band = 'MID' WHERE band = 'JUNIOR' AND id % 17 = 0 AND id NOT IN (SELECT senior_id FROM pairings);
            """);
        var changedDays = await CountAsync(dataSource, "SELECT count(*) FROM insights.knowledge_flow_changes");
        Assert.True(changedDays > 0);
        await trends.RefreshAsync("UTC", default);
        var afterEdits = await CellsTextAsync(dataSource);
        Assert.NotEqual(refreshed, afterEdits);
        await trends.RebuildAsync("UTC", default);
        Assert.Equal(await CellsTextAsync(dataSource), afterEdits);
    }

    [Fact]
    public async Task ADepartmentChange_MarksOnlyTheDaysOfThePersonsNotes()
    {
        await using var db = await SeedDatabase.CreateMigratedAsync(server);
        await using var dataSource = NpgsqlDataSource.Create(db.ConnectionString);
        await SeedRunner.RunAsync(db.ConnectionString, LabelledSeed, SeedMode.Refuse);
        await new TopicTrendTables(dataSource).RefreshAsync("UTC", default);
        var author = await CountAsync(dataSource, "SELECT min(author_id) FROM session_notes WHERE topic_id IS NOT NULL");

        await ExecuteAsync(dataSource, $"UPDATE people SET name = name || ' Jr' WHERE id = {author}");
        Assert.Equal(0, await CountAsync(dataSource, "SELECT count(*) FROM insights.knowledge_flow_changes"));
        await ExecuteAsync(dataSource, $"UPDATE people SET department_id = (SELECT min(id) FROM departments WHERE id IS DISTINCT FROM people.department_id) WHERE id = {author}");

        Assert.Equal(
            await CountAsync(dataSource, $"SELECT count(DISTINCT (created_at AT TIME ZONE 'UTC')::date) FROM session_notes WHERE topic_id IS NOT NULL AND author_id = {author}"),
            await CountAsync(dataSource, "SELECT count(*) FROM insights.knowledge_flow_changes"));
    }

    [Theory]
    [InlineData("2026-05-25", "2026-06-14")]
    [InlineData("2025-06-17", "2026-06-16")]
    [InlineData("2026-01-29", "2026-03-03")]
    public async Task Query_ByTopicAndDepartment_EqualsADirectCount_AuthorsExactBelowK(string from, string to)
    {
        await using var db = await SeedDatabase.CreateMigratedAsync(server);
        await using var dataSource = NpgsqlDataSource.Create(db.ConnectionString);
        await SeedRunner.RunAsync(db.ConnectionString, LabelledSeed, SeedMode.Refuse);
        await new TopicTrendTables(dataSource).RefreshAsync("UTC", default);
        const int k = 1000; // above every group's authors: every count of people must be exact

        var cells = await new KnowledgeFlowQuery(dataSource).ReadAsync(
            [FlowDimension.Topic, FlowDimension.Department], DateOnly.Parse(from), DateOnly.Parse(to), k, new FlowFilter(), default);

        var direct = await LinesAsync(dataSource, $"""
            SELECT n.topic_id || '|' || coalesce(a.department_id::text, '-') || '|' || count(*) FILTER (WHERE n.direction = 'UPWARD') || '|'
                   || count(*) FILTER (WHERE n.direction = 'DOWNWARD') || '|' || count(*) FILTER (WHERE n.direction = 'MUTUAL') || '|' || count(DISTINCT n.author_id)
            FROM session_notes n JOIN people a ON a.id = n.author_id
            WHERE n.topic_id IS NOT NULL AND n.created_at >= '{from}T00:00:00Z' AND n.created_at < ('{to}'::date + 1)::timestamp AT TIME ZONE 'UTC'
            GROUP BY n.topic_id, a.department_id ORDER BY 1
            """);
        Assert.Equal(direct.Order(StringComparer.Ordinal), [.. cells.Select(c => $"{c.Keys[0]}|{c.Keys[1] ?? "-"}|{c.Upward}|{c.Downward}|{c.Mutual}|{c.People}").Order(StringComparer.Ordinal)]);
    }

    [Fact]
    public void Cover_AddsUpToTheSpanExactly_MonthsOnlyWhenAllowed()
    {
        foreach (var (from, to) in new[] { (new DateOnly(2026, 1, 29), new DateOnly(2026, 3, 3)), (new DateOnly(2025, 6, 17), new DateOnly(2026, 6, 16)), (new DateOnly(2026, 6, 3), new DateOnly(2026, 6, 3)) })
        {
            foreach (var months in new[] { true, false })
            {
                var cover = KnowledgeFlowQuery.Cover(from, to, months);
                var days = cover.Months.SelectMany(m => Days(m, m.AddMonths(1)))
                    .Concat(cover.Weeks.SelectMany(w => Days(w, FragmentEnd(w))))
                    .Concat(cover.Days)
                    .ToList();
                Assert.Equal(Days(from, to.AddDays(1)), days.Order());
                Assert.True(months || cover.Months.Count == 0);
            }
        }

        var year = KnowledgeFlowQuery.Cover(new DateOnly(2025, 6, 17), new DateOnly(2026, 6, 16), months: true);
        Assert.Equal(11, year.Months.Count);
        Assert.True(year.Count <= 11 + 8 + 12, $"a year is {year.Count} periods");
    }

    private static List<DateOnly> Days(DateOnly from, DateOnly toExclusive) =>
        [.. Enumerable.Range(0, toExclusive.DayNumber - from.DayNumber).Select(from.AddDays)];

    private static DateOnly FragmentEnd(DateOnly start)
    {
        var nextMonday = start.AddDays(7 - (((int)start.DayOfWeek + 6) % 7));
        var nextMonth = new DateOnly(start.Year, start.Month, 1).AddMonths(1);
        return nextMonday < nextMonth ? nextMonday : nextMonth;
    }

    private static Task<List<string>> CellsTextAsync(NpgsqlDataSource dataSource) =>
        LinesAsync(dataSource, "SELECT c::text FROM insights.knowledge_flow_cells c ORDER BY grain, period_start, topic_id, department_id, program_id, senior_band, junior_band");

    private static async Task<List<string>> LinesAsync(NpgsqlDataSource dataSource, string sql)
    {
        await using var command = dataSource.CreateCommand(sql);
        await using var reader = await command.ExecuteReaderAsync();
        var lines = new List<string>();
        while (await reader.ReadAsync())
        {
            lines.Add(reader.GetString(0));
        }

        return lines;
    }

    private static async Task<long> CountAsync(NpgsqlDataSource dataSource, string sql)
    {
        await using var command = dataSource.CreateCommand(sql);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task ExecuteAsync(NpgsqlDataSource dataSource, string sql)
    {
        await using var command = dataSource.CreateCommand(sql);
        await command.ExecuteNonQueryAsync();
    }
}
