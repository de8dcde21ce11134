using MentorGraph.Api.Seed;
using MentorGraph.Api.Tests.Seed;
using MentorGraph.Persistence.Insights;
using MentorGraph.Tests.Support;
using Npgsql;

namespace MentorGraph.Api.Tests.Insights;

/// <summary>
/// The trend tables on PostgreSQL with the labelled demo seed: the incremental refresh (only the periods the triggers
/// recorded) gives exactly the numbers of a rebuild, through inserts, relabels, deletes and lessons; the numbers equal
/// a direct count; a refresh touches only the affected periods; a change of time zone rebuilds.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class TopicTrendTablesTests(PostgresServerFixture server)
{
    private static readonly SeedOptions LabelledSeed = SeedOptions.Default(GeneratedSeed.Today) with { Labels = true };

    [Fact]
    public async Task IncrementalRefresh_AfterSeedAndEdits_EqualsRebuild()
    {
        await using var db = await SeedDatabase.CreateMigratedAsync(server);
        await using var dataSource = NpgsqlDataSource.Create(db.ConnectionString);
        var trends = new TopicTrendTables(dataSource);
        Assert.Equal(0, await trends.RebuildAsync("UTC", default));

        await SeedRunner.RunAsync(db.ConnectionString, LabelledSeed, SeedMode.Refuse);
        Assert.True(await trends.RefreshAsync("UTC", default) > 60);
        var refreshed = await TableTextAsync(dataSource);
        await trends.RebuildAsync("UTC", default);
        Assert.Equal(await TableTextAsync(dataSource), refreshed);

        await ExecuteAsync(dataSource, """
            UPDATE session_notes SET topic_id = 'LEADERSHIP', direction = 'MUTUAL', label_source = 'PERSON', model_version = NULL WHERE id % 37 = 0;
            UPDATE session_notes SET topic_id = NULL, direction = NULL, label_source = NULL, model_version = NULL, classified_at = NULL WHERE id % 53 = 0;
            DELETE FROM note_reads WHERE note_id IN (SELECT id FROM session_notes WHERE id % 61 = 0);
            DELETE FROM session_notes WHERE id % 61 = 0;
            UPDATE session_notes SET text = text || ' (edited)' WHERE id % 71 = 0;
            INSERT INTO lessons (pairing_id, teacher_id, learner_id, title, topic_id, topic_source, direction, visibility, created_at, updated_at)
                SELECT pairing_id, teacher_id, learner_id, 'Again: ' || title, 'DATA_ANALYTICS', 'PERSON', direction, visibility, created_at - interval '40 days', updated_at
                FROM lessons WHERE id % 9 = 0;
            UPDATE lessons SET topic_id = 'COMMUNICATION', topic_source = 'PERSON' WHERE id % 11 = 0;
            DELETE FROM lessons WHERE id % 13 = 0;
            """);
        Assert.InRange(await trends.RefreshAsync("UTC", default), 1, 200);
        var afterEdits = await TableTextAsync(dataSource);
        Assert.NotEqual(refreshed, afterEdits);
        await trends.RebuildAsync("UTC", default);
        Assert.Equal(await TableTextAsync(dataSource), afterEdits);
    }

    [Fact]
    public async Task OneRelabelledNote_RefreshesItsWeekAndMonthOnly()
    {
        await using var db = await SeedDatabase.CreateMigratedAsync(server);
        await using var dataSource = NpgsqlDataSource.Create(db.ConnectionString);
        var trends = new TopicTrendTables(dataSource);
        await SeedRunner.RunAsync(db.ConnectionString, LabelledSeed, SeedMode.Refuse);
        await trends.RefreshAsync("UTC", default);
        Assert.Equal(0, await trends.RefreshAsync("UTC", default));

        await ExecuteAsync(dataSource, "UPDATE session_notes SET topic_id = 'WORKPLACE_CULTURE', label_source = 'PERSON', model_version = NULL WHERE id = (SELECT min(id) FROM session_notes WHERE topic_id <> 'WORKPLACE_CULTURE' AND created_at::time BETWEEN '01:00' AND '23:00')");

        Assert.Equal(2, await trends.RefreshAsync("UTC", default));
    }

    [Fact]
    public async Task WeeklyCounts_EqualADirectCount_InTheConfiguredTimeZone_AndAnotherZoneRebuilds()
    {
        await using var db = await SeedDatabase.CreateMigratedAsync(server);
        await using var dataSource = NpgsqlDataSource.Create(db.ConnectionString);
        var trends = new TopicTrendTables(dataSource);
        await SeedRunner.RunAsync(db.ConnectionString, LabelledSeed, SeedMode.Refuse);
        var utcPeriods = await trends.RefreshAsync("UTC", default);

        var aucklandPeriods = await trends.RefreshAsync("Pacific/Auckland", default);

        Assert.InRange(aucklandPeriods, utcPeriods - 4, utcPeriods + 4);
        const string Direct = """
            SELECT 'WEEK ' || week || ' ' || topic_id || ' ' || notes || ' ' || upward || ' ' || downward || ' ' || mutual
            FROM (
                SELECT date_trunc('week', created_at AT TIME ZONE 'Pacific/Auckland')::date AS week, topic_id, count(*) AS notes,
                       count(*) FILTER (WHERE direction = 'UPWARD') AS upward, count(*) FILTER (WHERE direction = 'DOWNWARD') AS downward,
                       count(*) FILTER (WHERE direction = 'MUTUAL') AS mutual
                FROM session_notes WHERE topic_id IS NOT NULL GROUP BY 1, 2
            ) counted
            ORDER BY 1
            """;
        const string FromTable = """
            SELECT granularity || ' ' || period_start || ' ' || topic_id || ' ' || notes || ' ' || upward || ' ' || downward || ' ' || mutual
            FROM insights.topic_trends WHERE granularity = 'WEEK' AND notes > 0 ORDER BY 1
            """;
        Assert.Equal(await LinesAsync(dataSource, Direct), await LinesAsync(dataSource, FromTable));
    }

    [Fact]
    public async Task SeedForce_Truncates_ThenTheNextRefreshRebuilds()
    {
        await using var db = await SeedDatabase.CreateMigratedAsync(server);
        await using var dataSource = NpgsqlDataSource.Create(db.ConnectionString);
        var trends = new TopicTrendTables(dataSource);
        await SeedRunner.RunAsync(db.ConnectionString, LabelledSeed with { Sessions = 400 }, SeedMode.Refuse);
        await trends.RefreshAsync("UTC", default);

        await SeedRunner.RunAsync(db.ConnectionString, LabelledSeed with { Sessions = 400, Seed = 2 }, SeedMode.Force);
        Assert.Equal(0L, await SeedDatabase.CountAsync(db.ConnectionString, "SELECT count(*) FROM insights.topic_trends"));
        await trends.RefreshAsync("UTC", default);
        var refreshed = await TableTextAsync(dataSource);
        await trends.RebuildAsync("UTC", default);

        Assert.Equal(await TableTextAsync(dataSource), refreshed);
    }

    private static Task<List<string>> TableTextAsync(NpgsqlDataSource dataSource) =>
        LinesAsync(dataSource, "SELECT t::text FROM insights.topic_trends t ORDER BY granularity, period_start, topic_id");

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

    private static async Task ExecuteAsync(NpgsqlDataSource dataSource, string sql)
    {
        await using var command = dataSource.CreateCommand(sql);
        await command.ExecuteNonQueryAsync();
    }
}
